import { describe, expect, it } from 'vitest';
import { checkUser, filterUsers, givableRoles, newUser, scopeKinds, snilsDigits, sortUsers, statusOf, UserForm, UserView } from './users';

const user = (id: number, login: string, displayName: string, extra: Partial<UserView> = {}): UserView => ({
  id, login, displayName, role: 'EMPLOYEE', scope: { kind: 'AUTHORITY', id: 7 }, active: true, passwordChangeRequired: false, locked: false,
  snilsGiven: false,
  ...extra,
});

describe('the list of users', () => {
  const users = [
    user(1, 'petrova', 'Петрова Анна', { role: 'AUTHORITY_ADMINISTRATOR' }),
    user(2, 'admin', 'Администратор', { role: 'SYSTEM_ADMINISTRATOR', scope: { kind: 'REGION', id: null } }),
    user(3, 'ivanov', 'Иванов Иван', { active: false }),
    user(4, 'school.clerk', 'Борисова Вера', { scope: { kind: 'ORGANIZATION', id: 3 }, passwordChangeRequired: true }),
  ];

  it('says what state an account is in', () => {
    expect(users.map(statusOf)).toEqual(['active', 'active', 'suspended', 'password']);
    expect(statusOf(user(5, 'x', 'x', { locked: true, passwordChangeRequired: true }))).toBe('locked');
  });

  it('sorts by any column either way, ties by login', () => {
    expect(sortUsers(users, 'login').map((u) => u.login)).toEqual(['admin', 'ivanov', 'petrova', 'school.clerk']);
    expect(sortUsers(users, '-displayName').map((u) => u.id)).toEqual([1, 3, 4, 2]);
    expect(sortUsers(users, 'role').map((u) => u.id)).toEqual([2, 1, 3, 4]);
    expect(sortUsers(users, 'scope').map((u) => u.id)).toEqual([2, 3, 1, 4]);
    expect(sortUsers(users, '-status')[0].login).toBe('ivanov');
  });

  it('filters by part of the login or the name, in any case', () => {
    expect(filterUsers(users, 'ВЕРА').map((u) => u.id)).toEqual([4]);
    expect(filterUsers(users, 'clerk').map((u) => u.id)).toEqual([4]);
    expect(filterUsers(users, '  ')).toHaveLength(4);
  });
});

describe('a new user', () => {
  const form: UserForm = { login: 'New.Inspector', displayName: ' Инспектор ', role: 'EMPLOYEE', scopeKind: 'AUTHORITY', scopeId: '12',
    snils: '123-456-789 64' };

  it('gets no role above the administrator\'s own', () => {
    expect(givableRoles({ role: 'SYSTEM_ADMINISTRATOR', scope: { kind: 'REGION', id: null } })).toHaveLength(4);
    expect(givableRoles({ role: 'AUTHORITY_ADMINISTRATOR', scope: { kind: 'AUTHORITY', id: 3 } }))
      .toEqual(['AUTHORITY_ADMINISTRATOR', 'EMPLOYEE']);
  });

  it('gets a scope its role allows, within the administrator\'s', () => {
    expect(scopeKinds('SYSTEM_ADMINISTRATOR', 'REGION')).toEqual(['REGION']);
    expect(scopeKinds('PROVIDER_REPRESENTATIVE', 'REGION')).toEqual(['PROVIDER']);
    expect(scopeKinds('EMPLOYEE', 'AUTHORITY')).toEqual(['AUTHORITY', 'ORGANIZATION']);
    expect(scopeKinds('EMPLOYEE', 'ORGANIZATION')).toEqual(['ORGANIZATION']);
  });

  it('is checked as the server checks it, and sent as it takes it', () => {
    expect(checkUser(form)).toEqual({});
    expect(newUser(form)).toEqual({ login: 'new.inspector', displayName: 'Инспектор', role: 'EMPLOYEE', scope: { kind: 'AUTHORITY', id: 12 },
      snils: '12345678964' });
    expect(newUser({ ...form, scopeKind: 'REGION', snils: '' }).scope).toEqual({ kind: 'REGION', id: null });
    expect(checkUser({ login: 'я', displayName: '', role: '', scopeKind: '', scopeId: '', snils: '123' })).toEqual({
      login: 'users.error.login', displayName: 'users.error.displayName', role: 'users.error.role', scopeKind: 'users.error.scope',
      snils: 'users.error.snils' });
    expect(checkUser({ ...form, scopeId: '' })).toEqual({ scopeId: 'users.error.scopeId' });
    expect(snilsDigits('123 456-789 64')).toBe('12345678964');
  });
});
