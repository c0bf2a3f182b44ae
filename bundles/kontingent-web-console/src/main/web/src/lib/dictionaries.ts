import { api } from './api';

export interface DictionaryEntry {
  code: string;
  name: string;
  parentCode: string | null;
}

const cache = new Map<string, Promise<DictionaryEntry[]>>();

/** A dictionary's values, read once per page load; empty when it cannot be read. */
export function dictionary(name: string): Promise<DictionaryEntry[]> {
  let entries = cache.get(name);
  if (!entries) {
    entries = api.get<DictionaryEntry[]>(`/api/v1/dictionaries/${encodeURIComponent(name)}`).catch(() => []);
    cache.set(name, entries);
  }
  return entries;
}

/** A code's name in a dictionary (the code itself when unknown). */
export function nameOf(entries: DictionaryEntry[] | undefined, code: string | null | undefined): string {
  if (!code) {
    return '';
  }
  return entries?.find((e) => e.code === code)?.name ?? code;
}

import { useEffect, useState } from 'preact/hooks';

/** A dictionary for a component: undefined until it is read. */
export function useDictionary(name: string): DictionaryEntry[] | undefined {
  const [entries, setEntries] = useState<DictionaryEntry[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    dictionary(name).then((e) => live && setEntries(e));
    return () => {
      live = false;
    };
  }, [name]);
  return entries;
}
