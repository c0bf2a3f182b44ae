import ru from '../i18n/ru.json';
import en from '../i18n/en.json';

/** The console's languages: Russian first (the default), English to prove the texts are resources. */
export type Language = 'ru' | 'en';
export const LANGUAGES: Language[] = ['ru', 'en'];

type Texts = Record<string, string>;
const BUNDLES: Record<Language, Texts> = { ru, en };
const STORAGE_KEY = 'kontingent.language';

let current: Language = initial();
const listeners = new Set<() => void>();

function initial(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'ru' || saved === 'en') {
      return saved;
    }
  } catch {
    // no storage (a test, a locked-down browser): Russian
  }
  return 'ru';
}

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  if (next === current) {
    return;
  }
  current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // kept for this page only
  }
  if (globalThis.document) {
    document.documentElement.lang = next;
  }
  listeners.forEach((listener) => listener());
}

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The text of a key in the current language, with {name} placeholders filled in; the Russian
 * text when the language lacks the key, and the key itself when no language has it.
 */
export function t(key: string, params?: Record<string, string | number>, lang: Language = current): string {
  const text = BUNDLES[lang][key] ?? BUNDLES.ru[key] ?? key;
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether a key has a text (for codes from the server that may or may not be known). */
export function has(key: string): boolean {
  return key in BUNDLES[current] || key in BUNDLES.ru;
}

/** Every key of one language, for the test that both languages have the same keys. */
export function keys(lang: Language): string[] {
  return Object.keys(BUNDLES[lang]);
}
