import { language, t } from './i18n';

/** An ISO date (2026-11-23, or a timestamp) as dd.MM.yyyy; empty for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** dd.MM.yyyy (also d.M.yyyy) as an ISO date; null when it is no real date. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) {
    return null;
  }
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A local day as ISO. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A date and time (ISO instant) as dd.MM.yyyy HH:mm in the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return `${formatDate(isoDay(date))} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A number with the language's grouping: 1 848 in Russian, 1,848 in English. */
export function formatNumber(value: number | null | undefined, fractionDigits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '';
  }
  return new Intl.NumberFormat(language() === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: fractionDigits ?? 2,
    minimumFractionDigits: fractionDigits ?? 0,
  }).format(value).replace(/\u202f|\u00a0/g, '\u00a0');
}

/** «1 – 10 из 5 659» (or «из более 10 000» when counting stopped); «0 из 0» for nothing. */
export function pagingText(offset: number, shown: number, total: number, capped = false): string {
  if (shown === 0) {
    return t('paging.empty');
  }
  return t(capped ? 'paging.rangeCapped' : 'paging.range', {
    first: formatNumber(offset + 1),
    last: formatNumber(offset + shown),
    total: formatNumber(total),
  });
}

/** A person's full name. */
export function fullName(p: { surname?: string | null; name?: string | null; patronymic?: string | null }): string {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}

/** The academic year a day falls in: 2026-2027 from 1 September 2026 to 31 August 2027. */
export function academicYear(date: Date): string {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

/** The first day of the academic year a day falls in. */
export function academicYearStart(date: Date): string {
  return `${academicYear(date).slice(0, 4)}-09-01`;
}
