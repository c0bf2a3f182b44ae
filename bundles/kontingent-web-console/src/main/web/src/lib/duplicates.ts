import { api } from './api';
import { parseDate } from './format';
import { Page } from './registry';

/** Duplicate persons of /api/v1/duplicates, /api/v1/persons/{id}/merge and /api/v1/merges/{id}/undo, as DuplicateResource answers (null fields left out). */

export interface DuplicateDocument {
  typeCode: string;
  series?: string | null;
  number?: string | null;
  issuedOn?: string | null;
  issuer?: string | null;
}

export interface DuplicateMembership {
  id: number;
  organizationId: number;
  organizationName: string;
  organizationTypeCode?: string | null;
  settlement?: string | null;
  role: string;
  startsOn?: string | null;
  endsOn?: string | null;
  currentClass?: string | null;
  current: boolean;
}

/** A person's card as the pair gives it: СНИЛС and document numbers masked for a role not entitled to them. */
export interface DuplicatePerson {
  id: number;
  surname: string;
  name: string;
  patronymic?: string | null;
  birthDate?: string | null;
  sex?: string | null;
  snils?: string | null;
  documents: DuplicateDocument[];
  memberships: DuplicateMembership[];
}

export const REASONS = ['SAME_NAME', 'NAME_ONE_TYPO', 'SWAPPED_NAME_PARTS', 'TRANSLITERATED_NAME', 'SAME_BIRTH_DATE',
  'BIRTH_DAY_AND_MONTH_SWAPPED', 'SAME_DOCUMENT_NUMBER'] as const;

export interface DuplicatePair {
  first: DuplicatePerson;
  second: DuplicatePerson;
  score: number;
  reasons: string[];
}

export interface Merge {
  id: number;
  keptId: number;
  mergedId: number;
  mergedAt: string;
  moved: Record<string, number>;
  undoneAt?: string | null;
}

export interface ScanResult {
  bornFrom: string;
  bornBefore: string;
  waiting: number;
}

/** The list's own order: the most alike first. */
export const BEST_FIRST = '-score';

export function pairs(offset: number, limit: number, sort: string, signal?: AbortSignal): Promise<Page<DuplicatePair>> {
  return api.get<Page<DuplicatePair>>('/api/v1/duplicates', { offset, limit, sort: sort === BEST_FIRST ? null : sort }, signal);
}

export function scan(body: { bornFrom: string; bornBefore: string }): Promise<ScanResult> {
  return api.post<ScanResult>('/api/v1/duplicates/scan', body);
}

export function dismiss(pair: DuplicatePair): Promise<void> {
  return api.post<void>('/api/v1/duplicates/dismiss', { firstId: pair.first.id, secondId: pair.second.id });
}

export function merge(keptId: number, mergedId: number): Promise<Merge> {
  return api.post<Merge>(`/api/v1/persons/${keptId}/merge`, { mergedId });
}

export function undo(mergeId: number): Promise<Merge> {
  return api.post<Merge>(`/api/v1/merges/${mergeId}/undo`);
}

/** The parts of two persons that are compared field by field. */
export type Field = 'surname' | 'name' | 'patronymic' | 'birthDate' | 'sex' | 'snils';
const FIELDS: Field[] = ['surname', 'name', 'patronymic', 'birthDate', 'sex', 'snils'];

/** A name as the registry compares it: case, ё/е and spacing do not matter. */
function normalName(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** A document as it is compared: type, series and number without spaces, dashes and case. */
export function documentKey(d: DuplicateDocument): string {
  const compact = (text: string | null | undefined) => (text ?? '').toUpperCase().replace(/[\s-]/g, '');
  return `${d.typeCode}|${compact(d.series)}|${compact(d.number)}`;
}

/**
 * What differs between the two persons of a pair, to highlight it: the fields that are not the
 * same (names as the registry compares them), and on each side the documents and organizations
 * the other person does not have.
 */
export function differences(a: DuplicatePerson, b: DuplicatePerson): {
  fields: Set<Field>;
  documents: [Set<string>, Set<string>];
  organizations: [Set<number>, Set<number>];
} {
  const fields = new Set<Field>();
  FIELDS.forEach((f) => {
    const same = f === 'surname' || f === 'name' || f === 'patronymic' ? normalName(a[f]) === normalName(b[f]) : (a[f] ?? '') === (b[f] ?? '');
    if (!same) {
      fields.add(f);
    }
  });
  const only = <T>(mine: T[], theirs: T[]) => new Set(mine.filter((x) => !theirs.includes(x)));
  const documents = (p: DuplicatePerson) => p.documents.map(documentKey);
  const organizations = (p: DuplicatePerson) => p.memberships.map((m) => m.organizationId);
  return {
    fields,
    documents: [only(documents(a), documents(b)), only(documents(b), documents(a))],
    organizations: [only(organizations(a), organizations(b)), only(organizations(b), organizations(a))],
  };
}

/**
 * The person offered to be kept: the one with a СНИЛС, then the one with more memberships and
 * documents, then the one entered first (the lower id).
 */
export function suggestedKept(pair: DuplicatePair): number {
  const weight = (p: DuplicatePerson) => [p.snils ? 1 : 0, p.memberships.length + p.documents.length];
  const [a, b] = [weight(pair.first), weight(pair.second)];
  if (a[0] !== b[0]) {
    return a[0] > b[0] ? pair.first.id : pair.second.id;
  }
  if (a[1] !== b[1]) {
    return a[1] > b[1] ? pair.first.id : pair.second.id;
  }
  return Math.min(pair.first.id, pair.second.id);
}

/** The kinds of rows a merge moves, in the order they are told. */
export const MOVED = ['membership', 'identity_document', 'representative', 'represented', 'programme_completion', 'snils'] as const;

/** What a merge moved, kind and count, only the kinds it moved any of, in the order of {@link MOVED} (others after). */
export function movedRows(moved: Record<string, number>): [string, number][] {
  const kinds = [...MOVED.filter((k) => k in moved), ...Object.keys(moved).filter((k) => !(MOVED as readonly string[]).includes(k)).sort()];
  return kinds.filter((k) => (moved[k] ?? 0) > 0).map((k) => [k, moved[k]]);
}

/** The day after an ISO day. */
export function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The body of a scan from the form's birth period «с … по …» (both days included, written
 * dd.mm.yyyy): bornFrom and the day after the last as bornBefore; or the fields at fault, as keys
 * of texts.
 */
export function scanBody(form: { from: string; to: string }): { body: { bornFrom: string; bornBefore: string } | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const from = parseDate(form.from);
  const to = parseDate(form.to);
  if (!from) {
    errors.from = form.from.trim() ? 'duplicates.error.date' : 'duplicates.error.required';
  }
  if (!to) {
    errors.to = form.to.trim() ? 'duplicates.error.date' : 'duplicates.error.required';
  }
  if (from && to && to < from) {
    errors.to = 'duplicates.error.period';
  }
  return Object.keys(errors).length > 0 || !from || !to ? { body: null, errors } : { body: { bornFrom: from, bornBefore: nextDay(to) }, errors };
}
