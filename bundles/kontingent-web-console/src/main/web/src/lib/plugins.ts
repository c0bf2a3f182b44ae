import { api } from './api';

/** The plugins of /api/v1/plugins, as PluginResource answers. */

export const KINDS = ['connector', 'report', 'extension', 'sign-in'] as const;

export interface PluginView {
  id: string;
  kind: string;
  name: string;
  source: 'feature' | 'deploy' | string;
  installedVersion?: string | null;
  availableVersions: string[];
  bundles: { symbolicName: string; version: string; state: string; location: string }[];
}

export function plugins(): Promise<PluginView[]> {
  return api.get<PluginView[]>('/api/v1/plugins');
}

/** Installs a plugin, or replaces the installed version by another. */
export function install(id: string, version: string | null): Promise<PluginView> {
  return api.post<PluginView>('/api/v1/plugins', version ? { id, version } : { id });
}

export function uninstall(id: string): Promise<void> {
  return api.del<void>(`/api/v1/plugins/${encodeURIComponent(id)}`);
}

/** Compares versions like 1.2.10 and 1.2.9-SNAPSHOT: by their numbers, and a qualified one before the same without. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [numbers, ...qualifier] = v.split(/[-]/);
    return { numbers: numbers.split('.').map((n) => Number.parseInt(n, 10) || 0), qualifier: qualifier.join('-') };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.max(x.numbers.length, y.numbers.length); i++) {
    const d = (x.numbers[i] ?? 0) - (y.numbers[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  if (x.qualifier === y.qualifier) {
    return 0;
  }
  if (!x.qualifier || !y.qualifier) {
    return x.qualifier ? -1 : 1;
  }
  return x.qualifier.localeCompare(y.qualifier);
}

/** The newest version that can be installed; null when none. */
export function newest(plugin: PluginView): string | null {
  return [...plugin.availableVersions].sort(compareVersions).pop() ?? null;
}

/** The version an installed plugin can be upgraded to; null when it is the newest already (or not installed). */
export function upgrade(plugin: PluginView): string | null {
  const latest = newest(plugin);
  return plugin.installedVersion && latest && compareVersions(latest, plugin.installedVersion) > 0 ? latest : null;
}

/** The states of an installed plugin's bundles that are not ACTIVE (empty when all of them run). */
export function notRunning(plugin: PluginView): string[] {
  return plugin.bundles.filter((b) => b.state !== 'ACTIVE').map((b) => `${b.symbolicName}: ${b.state}`);
}

/** The plugins by kind, in the order of KINDS (unknown kinds last), each kind by name. */
export function byKind(list: PluginView[]): { kind: string; plugins: PluginView[] }[] {
  const kinds = [...KINDS, ...new Set(list.map((p) => p.kind).filter((k) => !(KINDS as readonly string[]).includes(k)))];
  return kinds.map((kind) => ({
    kind,
    plugins: list.filter((p) => p.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'ru')),
  })).filter((group) => group.plugins.length > 0);
}
