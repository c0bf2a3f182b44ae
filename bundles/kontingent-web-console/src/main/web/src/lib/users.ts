import { api } from './api';
import { Role, Session } from './session';

/** The accounts and API keys of /api/v1/admin/users, as UserResource and ApiKeyResource answer. */

export type ScopeKind = 'REGION' | 'AUTHORITY' | 'ORGANIZATION' | 'PROVIDER';

export interface Scope {
  kind: ScopeKind;
  id: number | null;
}

export interface UserView {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  scope: Scope;
  active: boolean;
  passwordChangeRequired: boolean;
  locked: boolean;
  /** Whether the account has a СНИЛС (signing in through ЕСИА); the number is not shown. */
  snilsGiven: boolean;
}

export interface CreatedUser {
  user: UserView;
  oneTimePassword: string;
}

export interface ApiKey {
  keyId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string | null;
}

export interface IssuedKey {
  keyId: string;
  credential: string;
  expiresAt: string;
}

export const ROLES: Role[] = ['SYSTEM_ADMINISTRATOR', 'AUTHORITY_ADMINISTRATOR', 'EMPLOYEE', 'PROVIDER_REPRESENTATIVE'];

/** The API pages accounts by 100 at most and says no total: all of them are read, and sorted and paged here. */
const API_PAGE = 100;
const MAX_ACCOUNTS = 5000;

export async function allUsers(): Promise<UserView[]> {
  const all: UserView[] = [];
  for (let offset = 0; offset < MAX_ACCOUNTS; offset += API_PAGE) {
    const page = await api.get<UserView[]>('/api/v1/admin/users', { offset, limit: API_PAGE });
    all.push(...page);
    if (page.length < API_PAGE) {
      break;
    }
  }
  return all;
}

export type UserStatus = 'active' | 'suspended' | 'locked' | 'password';

/** What the list says of an account: suspended, locked after wrong passwords, waiting for its first password, or active. */
export function statusOf(user: UserView): UserStatus {
  if (!user.active) {
    return 'suspended';
  }
  if (user.locked) {
    return 'locked';
  }
  return user.passwordChangeRequired ? 'password' : 'active';
}

export const USER_SORTS = ['login', 'displayName', 'role', 'scope', 'status'] as const;

const ROLE_ORDER = Object.fromEntries(ROLES.map((r, i) => [r, i]));
const KIND_ORDER: Record<ScopeKind, number> = { REGION: 0, AUTHORITY: 1, ORGANIZATION: 2, PROVIDER: 3 };
const STATUS_ORDER: Record<UserStatus, number> = { active: 0, password: 1, locked: 2, suspended: 3 };

/** The accounts sorted by a column ({@code -column} descending), ties by login. */
export function sortUsers(users: UserView[], sort: string): UserView[] {
  const descending = sort.startsWith('-');
  const column = descending ? sort.slice(1) : sort;
  const key = (u: UserView): string | number => {
    switch (column) {
      case 'displayName':
        return u.displayName.toLocaleLowerCase('ru');
      case 'role':
        return ROLE_ORDER[u.role] ?? 9;
      case 'scope':
        return KIND_ORDER[u.scope.kind] * 1e12 + (u.scope.id ?? 0);
      case 'status':
        return STATUS_ORDER[statusOf(u)];
      default:
        return u.login;
    }
  };
  const sign = descending ? -1 : 1;
  return [...users].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const by = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'ru');
    return by !== 0 ? sign * by : a.login.localeCompare(b.login);
  });
}

/** The accounts whose login or name holds a text (any case). */
export function filterUsers(users: UserView[], text: string): UserView[] {
  const wanted = text.trim().toLocaleLowerCase('ru');
  if (!wanted) {
    return users;
  }
  return users.filter((u) => u.login.includes(wanted) || u.displayName.toLocaleLowerCase('ru').includes(wanted));
}

/** The roles the signed-in administrator may give: no system administrator but by one, no provider's outside the whole region. */
export function givableRoles(caller: Pick<Session, 'role' | 'scope'>): Role[] {
  return ROLES.filter((role) => (role !== 'SYSTEM_ADMINISTRATOR' || caller.role === 'SYSTEM_ADMINISTRATOR')
    && (role !== 'PROVIDER_REPRESENTATIVE' || caller.scope.kind === 'REGION'));
}

/** The kinds of scope a role may have, within the caller's own: a system administrator's is the region, a provider's representative's a provider. */
export function scopeKinds(role: Role, callerScope: ScopeKind): ScopeKind[] {
  if (role === 'SYSTEM_ADMINISTRATOR') {
    return ['REGION'];
  }
  if (role === 'PROVIDER_REPRESENTATIVE') {
    return ['PROVIDER'];
  }
  switch (callerScope) {
    case 'REGION':
      return ['REGION', 'AUTHORITY', 'ORGANIZATION'];
    case 'AUTHORITY':
      return ['AUTHORITY', 'ORGANIZATION'];
    case 'ORGANIZATION':
      return ['ORGANIZATION'];
    default:
      return [];
  }
}

export interface UserForm {
  login: string;
  displayName: string;
  role: Role | '';
  scopeKind: ScopeKind | '';
  scopeId: string;
  snils: string;
}

/** A СНИЛС as the API takes it, its 11 digits («123-456-789 64» → «12345678964»); blank for none. */
export function snilsDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The fields of a new account that the server would refuse, by field, as keys of texts; empty when none. */
export function checkUser(form: UserForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^[a-z0-9._@-]{3,64}$/.test(form.login.trim().toLowerCase())) {
    errors.login = 'users.error.login';
  }
  if (!form.displayName.trim() || form.displayName.trim().length > 200) {
    errors.displayName = 'users.error.displayName';
  }
  if (!form.role) {
    errors.role = 'users.error.role';
  }
  if (!form.scopeKind) {
    errors.scopeKind = 'users.error.scope';
  } else if (form.scopeKind !== 'REGION' && !/^\d+$/.test(form.scopeId)) {
    errors.scopeId = 'users.error.scopeId';
  }
  const snils = snilsDigits(form.snils);
  if (snils && !/^\d{11}$/.test(snils)) {
    errors.snils = 'users.error.snils';
  }
  return errors;
}

/** The body of POST /api/v1/admin/users for a checked form. */
export function newUser(form: UserForm): { login: string; displayName: string; role: Role; scope: Scope; snils: string | null } {
  return {
    login: form.login.trim().toLowerCase(),
    displayName: form.displayName.trim(),
    role: form.role as Role,
    scope: { kind: form.scopeKind as ScopeKind, id: form.scopeKind === 'REGION' ? null : Number(form.scopeId) },
    snils: snilsDigits(form.snils) || null,
  };
}

/** Suspends or resumes an account: PUT takes the whole account; the СНИЛС, left out, stays as it is. */
export function setActive(user: UserView, active: boolean): Promise<UserView> {
  return api.put<UserView>(`/api/v1/admin/users/${user.id}`, {
    displayName: user.displayName,
    role: user.role,
    scope: user.scope,
    active,
  });
}

export function resetPassword(user: UserView): Promise<CreatedUser> {
  return api.post<CreatedUser>(`/api/v1/admin/users/${user.id}/password`);
}

export function keysOf(user: UserView): Promise<ApiKey[]> {
  return api.get<ApiKey[]>(`/api/v1/admin/users/${user.id}/keys`);
}

export function issueKey(user: UserView, validDays: number): Promise<IssuedKey> {
  return api.post<IssuedKey>(`/api/v1/admin/users/${user.id}/keys`, { validDays });
}

export function revokeKey(user: UserView, keyId: string): Promise<void> {
  return api.del<void>(`/api/v1/admin/users/${user.id}/keys/${encodeURIComponent(keyId)}`);
}
