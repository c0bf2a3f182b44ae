import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import { t } from './i18n';
import { Scope } from './users';

/** The names of scopes (an authority's, an organization's, a provider's), read once per page load. */
const cache = new Map<string, Promise<string | null>>();

export function scopeKey(scope: Scope): string {
  return `${scope.kind}:${scope.id ?? ''}`;
}

function read(scope: Scope): Promise<string | null> {
  switch (scope.kind) {
    case 'AUTHORITY':
      return api.get<any>(`/api/v1/authorities/${scope.id}`).then((a) => a?.authority?.shortName || a?.authority?.fullName || null);
    case 'ORGANIZATION':
      return api.get<any>(`/api/v1/organizations/${scope.id}`).then((o) => o?.organization?.shortName || o?.organization?.fullName || null);
    case 'PROVIDER':
      return api.get<any>(`/api/v1/gateway/providers/${scope.id}`).then((p) => p?.name || null);
    default:
      return Promise.resolve(null);
  }
}

export function scopeName(scope: Scope): Promise<string | null> {
  const key = scopeKey(scope);
  let name = cache.get(key);
  if (!name) {
    name = read(scope).catch(() => null);
    cache.set(key, name);
  }
  return name;
}

/** How a scope is written: «Весь регион», or the name of its authority, organization or provider (its number until the name is read). */
export function scopeText(scope: Scope, names: Record<string, string | null>): string {
  if (scope.kind === 'REGION') {
    return t('scope.region');
  }
  return names[scopeKey(scope)] ?? t(`scope.${scope.kind}`, { id: scope.id ?? '' });
}

/** The names of the scopes a component shows, filled in as they are read. */
export function useScopeNames(scopes: Scope[]): Record<string, string | null> {
  const [names, setNames] = useState<Record<string, string | null>>({});
  const keys = [...new Set(scopes.filter((s) => s.kind !== 'REGION').map(scopeKey))].sort().join(',');
  useEffect(() => {
    let live = true;
    scopes.filter((s) => s.kind !== 'REGION').forEach((s) => {
      scopeName(s).then((name) => live && name && setNames((known) => ({ ...known, [scopeKey(s)]: name })));
    });
    return () => {
      live = false;
    };
  }, [keys]);
  return names;
}
