import { parseDate } from './format';

/** The action journal of /api/v1/admin/journal, as JournalResource answers (null fields left out). */

export const ACTIONS = ['VIEW', 'SEARCH', 'CHANGE', 'EXPORT', 'ADMINISTRATION', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'DENIED'] as const;

export interface JournalEntry {
  seq: number;
  at: string;
  accountId?: number | null;
  login?: string | null;
  address?: string | null;
  action: string;
  target: string;
  personIds: number[];
  details?: string | null;
}

export interface JournalPage {
  entries: JournalEntry[];
  next?: number | null;
}

/** The journal's filters as the form and the address keep them (days written dd.mm.yyyy). */
export const JOURNAL_FIELDS = ['from', 'to', 'login', 'action', 'person'] as const;
export type JournalCriteria = Record<typeof JOURNAL_FIELDS[number], string>;

/**
 * The query of a search: days as ISO, the person as a number; or the fields at fault, as keys of
 * texts, when a day is no date, the period ends before it starts or the person is not a number.
 */
export function journalQuery(c: JournalCriteria): { query: Record<string, string>; errors: Record<string, string> } {
  const query: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const field of ['from', 'to'] as const) {
    const text = c[field].trim();
    if (text) {
      const iso = parseDate(text);
      if (iso) {
        query[field] = iso;
      } else {
        errors[field] = 'journal.error.date';
      }
    }
  }
  if (query.from && query.to && query.from > query.to) {
    errors.to = 'journal.error.period';
  }
  if (c.login.trim()) {
    query.login = c.login.trim().toLowerCase();
  }
  if (c.action) {
    query.action = c.action;
  }
  if (c.person.trim()) {
    if (/^\d+$/.test(c.person.trim())) {
      query.person = c.person.trim();
    } else {
      errors.person = 'journal.error.person';
    }
  }
  return { query, errors };
}

/** Whether a search may be made: outside the whole region the journal is read for a person or a user only. */
export function searchable(query: Record<string, string>, wholeRegion: boolean): boolean {
  return wholeRegion || Boolean(query.login || query.person);
}
