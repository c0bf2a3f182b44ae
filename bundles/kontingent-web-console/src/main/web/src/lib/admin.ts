/** The screens of «Администрирование», in the sub-navigation's order, each with the permission it needs. */
export const ADMIN_SCREENS: { id: AdminScreen; permission: string }[] = [
  { id: 'users', permission: 'MANAGE_USERS' },
  { id: 'packages', permission: 'READ_LOAD_JOURNAL' },
  { id: 'upload', permission: 'UPLOAD_DATA' },
  { id: 'providers', permission: 'MANAGE_PROVIDERS' },
  { id: 'plugins', permission: 'MANAGE_PLUGINS' },
  { id: 'duplicates', permission: 'MERGE_PERSONS' },
  { id: 'subjects', permission: 'MANAGE_DICTIONARIES' },
  { id: 'subordination', permission: 'MANAGE_SUBORDINATION' },
  { id: 'journal', permission: 'READ_ACTION_JOURNAL' },
];

export type AdminScreen = 'users' | 'packages' | 'upload' | 'providers' | 'plugins' | 'duplicates' | 'subjects' | 'subordination'
  | 'journal';

/** The screens a user with these permissions may open. */
export function adminScreens(permissions: string[]): AdminScreen[] {
  return ADMIN_SCREENS.filter((s) => permissions.includes(s.permission)).map((s) => s.id);
}

/** The screen an address under /admin belongs to (/admin/packages/17 → packages); null for /admin itself or an unknown one. */
export function screenOf(path: string): AdminScreen | null {
  const part = path.split('/').filter(Boolean)[1];
  return ADMIN_SCREENS.find((s) => s.id === part)?.id ?? null;
}

/** A query string of the criteria that are given (empty ones left out), with the leading «?» when there are any. */
export function queryOf(params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      query.set(key, String(value).trim());
    }
  });
  const text = query.toString();
  return text ? `?${text}` : '';
}
