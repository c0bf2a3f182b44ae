import { ProviderOrganization } from './gateway';

/** A row of the priorities form: numbers kept as typed until they are checked. */
export interface PriorityRow {
  organizationId: string;
  code: string;
  priority: string;
}

export function rowsOf(organizations: ProviderOrganization[]): PriorityRow[] {
  return [...organizations].sort((a, b) => b.priority - a.priority || a.code.localeCompare(b.code))
    .map((o) => ({ organizationId: String(o.organizationId), code: o.code, priority: String(o.priority) }));
}

/**
 * The organizations to send (PUT /providers/{id}/organizations), or the faults by row and field as
 * keys of texts: a code is required and given once, an organization once, a priority a whole number.
 */
export function checkPriorities(rows: PriorityRow[]): { organizations: ProviderOrganization[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const codes = new Set<string>();
  const ids = new Set<string>();
  rows.forEach((r, i) => {
    const code = r.code.trim();
    if (!code || code.length > 100) {
      errors[`${i}.code`] = 'priorities.error.code';
    } else if (codes.has(code)) {
      errors[`${i}.code`] = 'priorities.error.codeTwice';
    }
    codes.add(code);
    if (!/^\d+$/.test(r.organizationId)) {
      errors[`${i}.organizationId`] = 'priorities.error.organization';
    } else if (ids.has(r.organizationId)) {
      errors[`${i}.organizationId`] = 'priorities.error.organizationTwice';
    }
    ids.add(r.organizationId);
    if (!/^-?\d{1,9}$/.test(r.priority.trim())) {
      errors[`${i}.priority`] = 'priorities.error.priority';
    }
  });
  const organizations = Object.keys(errors).length > 0 ? [] : rows.map((r) => ({
    organizationId: Number(r.organizationId), code: r.code.trim(), priority: Number(r.priority.trim()),
  }));
  return { organizations, errors };
}
