/** The subject dictionary and the mapping of organizations' subject names, as /api/v1/admin/subjects answers. */

export interface MasterSubject {
  code: string;
  name: string;
  sortOrder: number;
  localNames: number;
  organizations: number;
}

export interface LocalSubject {
  localName: string;
  subjectCode: string | null;
  subjectName: string | null;
  organizations: number;
}

/** Which names are listed: a part of the name, and mapped (yes), not mapped (no) or both (''). */
export interface NameFilter {
  text: string;
  mapped: '' | 'yes' | 'no';
}

/** The query of a filter for /api/v1/admin/subjects/names: empty criteria left out. */
export function namesQuery(filter: NameFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.text.trim()) {
    query.text = filter.text.trim();
  }
  if (filter.mapped) {
    query.mapped = String(filter.mapped === 'yes');
  }
  return query;
}

/**
 * A master subject as the form gives it, checked as the server checks it: the message key of
 * each wrong field.
 */
export function checkMasterSubject(code: string, name: string, order: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code.trim()) || code.trim().length > 100) {
    errors.code = 'subjects.code.rule';
  }
  if (!name.trim() || name.trim().length > 300) {
    errors.name = 'subjects.name.rule';
  }
  if (order.trim() && !/^-?\d{1,9}$/.test(order.trim())) {
    errors.order = 'subjects.order.rule';
  }
  return errors;
}
