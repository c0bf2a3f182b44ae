import { describe, expect, it } from 'vitest';
import { adminScreens, queryOf, screenOf } from './admin';
import { checkPriorities, rowsOf } from './priorities';
import { journalQuery, searchable } from './journal';
import { compareVersions, newest, PluginView, upgrade, byKind } from './plugins';

const SYSTEM = ['READ_REGISTRY', 'READ_PERSONS', 'READ_IDENTIFIERS', 'RUN_REPORTS', 'UPLOAD_DATA', 'READ_LOAD_JOURNAL', 'SUBMIT_PACKAGES',
  'MANAGE_USERS', 'MANAGE_PROVIDERS', 'MANAGE_DICTIONARIES', 'MANAGE_SUBORDINATION', 'MERGE_PERSONS', 'MANAGE_PLUGINS', 'READ_ACTION_JOURNAL',
  'READ_HEALTH'];
const AUTHORITY = ['READ_REGISTRY', 'READ_PERSONS', 'READ_IDENTIFIERS', 'RUN_REPORTS', 'UPLOAD_DATA', 'READ_LOAD_JOURNAL', 'MANAGE_USERS',
  'MANAGE_DICTIONARIES', 'MERGE_PERSONS', 'READ_ACTION_JOURNAL', 'READ_HEALTH'];

describe('the administration screens', () => {
  it('shows each screen only with its permission', () => {
    expect(adminScreens(SYSTEM)).toEqual(['users', 'packages', 'upload', 'providers', 'plugins', 'duplicates', 'subjects', 'subordination', 'journal']);
    expect(adminScreens(AUTHORITY)).toEqual(['users', 'packages', 'upload', 'duplicates', 'subjects', 'journal']);
    expect(adminScreens(['READ_REGISTRY', 'RUN_REPORTS'])).toEqual([]);
  });

  it('knows the screen of an address', () => {
    expect(screenOf('/admin/packages/17')).toBe('packages');
    expect(screenOf('/admin/users')).toBe('users');
    expect(screenOf('/admin')).toBeNull();
    expect(screenOf('/admin/nonsense')).toBeNull();
  });

  it('leaves empty criteria out of a query', () => {
    expect(queryOf({ status: 'rejected', provider: '', offset: null, limit: 25 })).toBe('?status=rejected&limit=25');
    expect(queryOf({ q: ' ' })).toBe('');
  });
});

describe('the action journal', () => {
  const none = { from: '', to: '', login: '', action: '', person: '' };

  it('sends days as ISO and names the fields at fault', () => {
    expect(journalQuery({ ...none, from: '1.9.2026', to: '30.09.2026', login: ' Admin ', action: 'VIEW' })).toEqual({
      query: { from: '2026-09-01', to: '2026-09-30', login: 'admin', action: 'VIEW' }, errors: {} });
    expect(journalQuery({ ...none, from: '31.02.2026', person: '12a' }).errors).toEqual({ from: 'journal.error.date',
      person: 'journal.error.person' });
    expect(journalQuery({ ...none, from: '02.09.2026', to: '01.09.2026' }).errors).toEqual({ to: 'journal.error.period' });
  });

  it('is searched outside the whole region only for a user or a person', () => {
    expect(searchable({}, true)).toBe(true);
    expect(searchable({ action: 'VIEW' }, false)).toBe(false);
    expect(searchable({ person: '17' }, false)).toBe(true);
  });
});

describe('plugins', () => {
  const plugin = (installedVersion: string | null, availableVersions: string[], kind = 'report', name = 'x'): PluginView =>
    ({ id: name, kind, name, source: 'feature', installedVersion, availableVersions, bundles: [] });

  it('orders versions by their numbers, a snapshot before its release', () => {
    expect(compareVersions('1.2.10', '1.2.9')).toBeGreaterThan(0);
    expect(compareVersions('0.1.0-SNAPSHOT', '0.1.0')).toBeLessThan(0);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(newest(plugin(null, ['1.10.0', '1.9.0']))).toBe('1.10.0');
  });

  it('offers an upgrade only to a newer version', () => {
    expect(upgrade(plugin('1.0.0', ['1.0.0', '1.1.0']))).toBe('1.1.0');
    expect(upgrade(plugin('1.1.0', ['1.0.0', '1.1.0']))).toBeNull();
    expect(upgrade(plugin(null, ['1.1.0']))).toBeNull();
  });

  it('groups plugins by kind, known kinds first, each by name', () => {
    const groups = byKind([plugin(null, [], 'report', 'Б'), plugin(null, [], 'other', 'В'), plugin(null, [], 'connector', 'Г'),
      plugin(null, [], 'report', 'А')]);
    expect(groups.map((g) => g.kind)).toEqual(['connector', 'report', 'other']);
    expect(groups[1].plugins.map((p) => p.name)).toEqual(['А', 'Б']);
  });
});

describe('a provider\'s organizations and priorities', () => {
  it('lists the highest priority first and sends numbers', () => {
    const rows = rowsOf([{ organizationId: 1, code: 'a', priority: 1 }, { organizationId: 2, code: 'b', priority: 5 }]);
    expect(rows.map((r) => r.code)).toEqual(['b', 'a']);
    expect(checkPriorities(rows)).toEqual({ organizations: [{ organizationId: 2, code: 'b', priority: 5 },
      { organizationId: 1, code: 'a', priority: 1 }], errors: {} });
  });

  it('refuses a missing or repeated code, a repeated organization and a priority that is no whole number', () => {
    const checked = checkPriorities([{ organizationId: '1', code: 'a', priority: '1' }, { organizationId: '1', code: 'a', priority: '1.5' },
      { organizationId: 'x', code: ' ', priority: '2' }]);
    expect(checked.organizations).toEqual([]);
    expect(checked.errors).toEqual({ '1.code': 'priorities.error.codeTwice', '1.organizationId': 'priorities.error.organizationTwice',
      '1.priority': 'priorities.error.priority', '2.code': 'priorities.error.code', '2.organizationId': 'priorities.error.organization' });
  });
});
