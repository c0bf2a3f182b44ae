import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, setCsrfToken } from './api';

export type Role = 'SYSTEM_ADMINISTRATOR' | 'AUTHORITY_ADMINISTRATOR' | 'EMPLOYEE' | 'PROVIDER_REPRESENTATIVE';

/** The signed-in user as GET /api/v1/session answers. */
export interface Session {
  login: string;
  displayName: string | null;
  role: Role;
  scope: { kind: 'REGION' | 'AUTHORITY' | 'ORGANIZATION' | 'PROVIDER'; id: number | null };
  permissions: string[];
  csrfToken: string | null;
  passwordChangeRequired: boolean;
}

type State = { status: 'loading' } | { status: 'anonymous'; reason?: string } | { status: 'signed-in'; session: Session };

let state: State = { status: 'loading' };
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  setCsrfToken(next.status === 'signed-in' ? next.session.csrfToken : null);
  listeners.forEach((listener) => listener());
}

export function useSession(): State {
  const [, setTick] = useState(0);
  useEffect(() => {
    const changed = () => setTick((tick) => tick + 1);
    listeners.add(changed);
    return () => listeners.delete(changed);
  }, []);
  return state;
}

export function can(session: Session, permission: string): boolean {
  return session.permissions.includes(permission);
}

/** Who is signed in, asked of the server at start. */
export async function loadSession(): Promise<void> {
  try {
    set({ status: 'signed-in', session: await api.get<Session>('/api/v1/session') });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      set({ status: 'anonymous' });
    } else {
      throw e;
    }
  }
}

export async function signIn(login: string, password: string): Promise<void> {
  set({ status: 'signed-in', session: await api.post<Session>('/api/v1/session', { login, password }) });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  set({ status: 'signed-in', session: await api.post<Session>('/api/v1/session/password', { currentPassword, newPassword }) });
}

export async function signOut(): Promise<void> {
  try {
    await api.del('/api/v1/session');
  } finally {
    set({ status: 'anonymous', reason: 'signed-out' });
  }
}

/** The session ended on the server (idle, expired) or its password must be changed: say so. */
export function sessionLost(code: string): void {
  if (code === 'security.password-change-required' && state.status === 'signed-in') {
    set({ status: 'signed-in', session: { ...state.session, passwordChangeRequired: true } });
  } else {
    set({ status: 'anonymous', reason: 'expired' });
  }
}
