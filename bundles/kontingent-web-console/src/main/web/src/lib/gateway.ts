import { api } from './api';
import { has, t } from './i18n';
import { formatNumber } from './format';
import { Page } from './registry';

/**
 * The load journal, packages, uploads, templates and providers of /api/v1/gateway, as PackageResource and its neighbours answer.
 * The API leaves out fields that are null: such fields are optional here.
 */

export const STATUSES = ['received', 'validating', 'applied', 'partially-applied', 'rejected'] as const;
export type PackageStatus = typeof STATUSES[number];

export interface PackageSummary {
  id: number;
  providerId: number;
  providerName: string;
  fileName?: string | null;
  mediaType: string;
  format?: string | null;
  receivedAt: string;
  receivedBy?: string | null;
  status: PackageStatus;
  received?: number | null;
  applied?: number | null;
  refused?: number | null;
  flagged?: number | null;
  finishedAt?: string | null;
  replayOf?: number | null;
}

export interface ErrorRow {
  number: number;
  code: number;
  /** package (the whole package was not taken), refused (the record was not applied) or flagged (applied, with a note) */
  severity: 'package' | 'refused' | 'flagged' | string;
  record?: string | null;
  field?: string | null;
  value?: string | null;
  message?: string | null;
}

export interface PackageReport {
  summary: PackageSummary;
  errorCount: number;
  errors: ErrorRow[];
  request?: string | null;
  requestHref: string;
}

export interface Receipt {
  id: number;
  status: PackageStatus;
  repeated: boolean;
  href: string;
}

export interface Format {
  id: string;
  mediaTypes: string[];
}

export interface Template {
  format: string;
  id: string;
  title: string;
  fileName: string;
  href: string;
}

export interface ProviderOrganization {
  organizationId: number;
  code: string;
  priority: number;
}

export interface Provider {
  id: number;
  code: string;
  name: string;
  operator?: string | null;
  contacts?: string | null;
  status: 'active' | 'suspended';
  statusReason?: string | null;
  statusChangedAt?: string | null;
  createdAt: string;
  organizations: ProviderOrganization[];
}

export function packages(query: Record<string, string | number>, signal?: AbortSignal): Promise<Page<PackageSummary>> {
  return api.get<Page<PackageSummary>>('/api/v1/gateway/packages', query, signal);
}

export function packageReport(id: number | string): Promise<PackageReport> {
  return api.get<PackageReport>(`/api/v1/gateway/packages/${id}`);
}

export function packageErrors(id: number, offset: number, limit: number): Promise<Page<ErrorRow>> {
  return api.get<Page<ErrorRow>>(`/api/v1/gateway/packages/${id}/errors`, { offset, limit });
}

export function bodyHref(id: number): string {
  return `/api/v1/gateway/packages/${id}/body`;
}

/** Sends a package again as it was received: the new package names the one it replays. */
export function replay(id: number): Promise<Receipt> {
  return api.post<Receipt>(`/api/v1/gateway/packages/${id}/replay`);
}

export function providers(): Promise<Provider[]> {
  return api.get<Provider[]>('/api/v1/gateway/providers');
}

/** Whether a package has findings to show: refused or flagged records, or the whole package refused. */
export function hasErrors(p: PackageSummary): boolean {
  return p.status === 'rejected' || p.status === 'partially-applied' || (p.refused ?? 0) > 0 || (p.flagged ?? 0) > 0;
}

/** Whether the workers are done with a package. */
export function finished(p: PackageSummary): boolean {
  return Boolean(p.finishedAt) && p.status !== 'received' && p.status !== 'validating';
}

/** A package that failed, whole or in part, and may be sent again. */
export function replayable(p: PackageSummary): boolean {
  return p.status === 'rejected' || p.status === 'partially-applied';
}

/** The records of a package in a few words: «получено 2 · загружено 1 · отклонено 1». */
export function countsText(p: PackageSummary): string {
  const parts: string[] = [];
  const add = (key: string, n: number | null | undefined) => n !== null && n !== undefined && parts.push(t(`package.count.${key}`, { n: formatNumber(n) }));
  add('received', p.received);
  add('applied', p.applied);
  if (p.refused) {
    add('refused', p.refused);
  }
  if (p.flagged) {
    add('flagged', p.flagged);
  }
  return parts.join(' · ');
}

/** The load journal's comment on a package: what became of it, and of its records. */
export function comment(p: PackageSummary, errorCount: number, first?: ErrorRow): string {
  if (!finished(p)) {
    return t('package.comment.pending');
  }
  if (p.status === 'rejected' && (p.received ?? 0) === 0 && first && first.severity === 'package') {
    return t('package.comment.unreadable', { message: first.message ?? codeTitle(first.code) });
  }
  const key = p.status === 'applied' ? (errorCount > 0 ? 'appliedWithNotes' : 'applied') : p.status;
  return t(`package.comment.${key}`, {
    received: formatNumber(p.received ?? 0),
    applied: formatNumber(p.applied ?? 0),
    refused: formatNumber(p.refused ?? 0),
    flagged: formatNumber(p.flagged ?? 0),
    errors: formatNumber(errorCount),
  });
}

/** The published meaning of an error code, in the console's language (the code alone when it is not known here). */
export function codeTitle(code: number): string {
  return has(`errorCode.${code}`) ? t(`errorCode.${code}`) : String(code);
}

/** The extension of a file name, lower-case, without the dot («Список.XLSX» → xlsx). */
export function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Which installed formats read which file extensions. */
const EXTENSIONS: Record<string, { format: string; preferred?: string }> = {
  xlsx: { format: 'excel' },
  xml: { format: 'xml', preferred: 'application/xml' },
  json: { format: 'json', preferred: 'application/json' },
};

/**
 * The media type to upload a file as: the one of the installed format its extension names (a
 * browser often gives none for .xlsx), else the browser's when an installed format reads it;
 * null when no installed connector reads the file.
 */
export function mediaTypeFor(fileName: string, browserType: string, formats: Format[]): string | null {
  const known = EXTENSIONS[extension(fileName)];
  const format = known && formats.find((f) => f.id === known.format);
  if (format && format.mediaTypes.length > 0) {
    return known.preferred && format.mediaTypes.includes(known.preferred) ? known.preferred : [...format.mediaTypes].sort()[0];
  }
  const base = browserType.split(';')[0].trim().toLowerCase();
  return base && formats.some((f) => f.mediaTypes.includes(base)) ? base : null;
}

/** The «accept» of the file field: the extensions of the installed formats that officials upload (Excel and XML). */
export function acceptOf(formats: Format[]): string {
  return Object.entries(EXTENSIONS).filter(([ext, { format }]) => ext !== 'json' && formats.some((f) => f.id === format))
    .map(([ext]) => `.${ext}`).join(',');
}
