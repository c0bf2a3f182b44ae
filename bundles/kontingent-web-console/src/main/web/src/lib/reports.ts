import { api } from './api';
import { ChartSpec, ColumnSpec, ResultRow } from './chart';
import { formatDate, formatNumber } from './format';

export interface ParameterDef {
  name: string;
  type: 'DATE' | 'ACADEMIC_YEAR' | 'LEVEL' | 'AUTHORITY' | 'ORGANIZATION' | 'DICTIONARY' | 'CHOICE' | 'INTEGER' | 'TEXT';
  title: string;
  required: boolean;
  defaultValue: string | null;
  dictionary: string | null;
  options: { value: string; title: string }[];
}

export interface Definition {
  id: string;
  title: string;
  category: string;
  categoryTitle: string;
  description: string | null;
  parameters: ParameterDef[];
  columns: ColumnSpec[];
  grouping: string[];
  chart: ChartSpec | null;
  bundle: string;
  version: string;
}

export interface Catalogue {
  categories: { id: string; title: string; forms: { id: string; title: string; description: string | null; bundle: string; version: string }[] }[];
  broken: { bundle: string; version: string; error: string }[];
}

export interface Run {
  id: string;
  report: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: number;
  cached: boolean;
  arguments: Record<string, string>;
  scope: string | null;
  rowCount: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface Rows {
  offset: number;
  limit: number;
  total: number;
  columns: ColumnSpec[];
  rows: ResultRow[];
}

export const finished = (run: Run) => run.status === 'done' || run.status === 'failed' || run.status === 'cancelled';

export function definition(id: string): Promise<Definition> {
  return api.get<Definition>(`/api/v1/reports/${encodeURIComponent(id)}`);
}

export function start(id: string, args: Record<string, string | number>): Promise<Run> {
  return api.post<Run>(`/api/v1/reports/${encodeURIComponent(id)}/runs`, args);
}

export function cancel(run: string): Promise<Run> {
  return api.del<Run>(`/api/v1/reports/runs/${encodeURIComponent(run)}`);
}

/** Follows a run until it ends, telling each state; stops early when aborted. */
export async function follow(run: Run, onState: (run: Run) => void, signal?: AbortSignal): Promise<Run> {
  let current = run;
  let wait = 250;
  onState(current);
  while (!finished(current)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (signal?.aborted) {
      return current;
    }
    wait = Math.min(1000, wait * 1.5);
    current = await api.get<Run>(`/api/v1/reports/runs/${encodeURIComponent(current.id)}`, undefined, signal);
    onState(current);
  }
  return current;
}

export function rows(run: string, offset: number, limit: number): Promise<Rows> {
  return api.get<Rows>(`/api/v1/reports/runs/${encodeURIComponent(run)}/rows`, { offset, limit });
}

/** The rows a chart is drawn from: the first few thousand, in pages of a thousand. */
export async function chartRows(run: string, total: number, max = 5000): Promise<ResultRow[]> {
  const all: ResultRow[] = [];
  for (let offset = 0; offset < Math.min(total, max); offset += 1000) {
    all.push(...(await rows(run, offset, 1000)).rows);
  }
  return all;
}

/** A value of a result as shown in the table and on the chart. */
export function cell(value: unknown, column: ColumnSpec): string {
  if (value === null || value === undefined) {
    return '';
  }
  switch (column.type) {
    case 'DATE':
      return formatDate(String(value));
    case 'INTEGER':
      return typeof value === 'number' ? formatNumber(value, 0) : String(value);
    case 'DECIMAL':
      return typeof value === 'number' ? formatNumber(value, 2) : String(value);
    case 'PERCENT':
      return typeof value === 'number' ? `${formatNumber(value * 100, 1)} %` : String(value);
    default:
      return String(value);
  }
}

export function exportUrl(run: string, format: 'xlsx' | 'pdf' | 'csv'): string {
  return `/api/v1/reports/runs/${encodeURIComponent(run)}/export?format=${format}`;
}

/** Runs a form with its defaults and reads every row (for the start page's small statistics). */
export async function runToEnd(id: string, args: Record<string, string | number> = {}, signal?: AbortSignal): Promise<{ run: Run; rows: ResultRow[]; columns: ColumnSpec[] }> {
  const run = await follow(await start(id, args), () => undefined, signal);
  if (run.status !== 'done') {
    throw new Error(run.error ?? run.status);
  }
  const first = await rows(run.id, 0, 1000);
  return { run, rows: first.rows, columns: first.columns };
}
