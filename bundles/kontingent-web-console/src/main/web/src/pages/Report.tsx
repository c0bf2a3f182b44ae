import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../lib/api';
import { useAuthorities } from '../lib/authorities';
import { chartNumbers, ChartNumbers } from '../lib/chart';
import { useDictionary } from '../lib/dictionaries';
import { academicYear, academicYearStart, formatDate, isoDay, parseDate } from '../lib/format';
import { t } from '../lib/i18n';
import { cancel, cell, chartRows, Definition, definition, exportUrl, follow, ParameterDef, Rows, rows, Run, start } from '../lib/reports';
import { Chart } from '../components/Chart';
import { ErrorNote, Link, Loading } from '../components/Common';
import { Pager } from '../components/Pager';
import { NoAccess } from './Notices';

/** The value a parameter's field starts with: its default, dates written dd.MM.yyyy. */
function initialValue(p: ParameterDef): string {
  const now = new Date();
  const d = p.defaultValue;
  if (d === null || d === undefined) {
    return '';
  }
  if (p.type === 'DATE') {
    return formatDate(d === 'today' ? isoDay(now) : d === 'academic-year-start' ? academicYearStart(now) : d);
  }
  if (p.type === 'ACADEMIC_YEAR') {
    return d === 'current' ? academicYear(now) : d;
  }
  return d;
}

/** The arguments to send, or the fields' errors. */
function argumentsOf(parameters: ParameterDef[], values: Record<string, string>): { args: Record<string, string | number>; errors: Record<string, string> } {
  const args: Record<string, string | number> = {};
  const errors: Record<string, string> = {};
  for (const p of parameters) {
    const value = (values[p.name] ?? '').trim();
    if (!value) {
      if (p.required) {
        errors[p.name] = t('report.required');
      }
      continue;
    }
    if (p.type === 'DATE') {
      const iso = parseDate(value);
      if (!iso) {
        errors[p.name] = t('report.dateInvalid');
      } else {
        args[p.name] = iso;
      }
    } else if (p.type === 'INTEGER' || p.type === 'AUTHORITY' || p.type === 'ORGANIZATION') {
      if (!/^-?\d+$/.test(value)) {
        errors[p.name] = t('report.integerInvalid');
      } else {
        args[p.name] = Number(value);
      }
    } else {
      args[p.name] = value;
    }
  }
  return { args, errors };
}

export function ReportPage({ id }: { id: string }) {
  const [def, setDef] = useState<Definition | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    setDef(null);
    setRun(null);
    definition(id).then((d) => {
      setDef(d);
      setValues(Object.fromEntries(d.parameters.map((p) => [p.name, initialValue(p)])));
    }).catch(setLoadError);
    return () => abort.current?.abort();
  }, [id]);

  if (loadError instanceof ApiError && loadError.status === 404) {
    return <NoAccess status={404} what="report" />;
  }
  if (loadError) {
    return <ErrorNote error={loadError} />;
  }
  if (!def) {
    return <Loading />;
  }
  const running = run !== null && (run.status === 'queued' || run.status === 'running');
  const submit = async (e: Event) => {
    e.preventDefault();
    const { args, errors: found } = argumentsOf(def.parameters, values);
    setErrors(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      return;
    }
    abort.current?.abort();
    abort.current = new AbortController();
    try {
      const started = await start(def.id, args);
      await follow(started, setRun, abort.current.signal);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        const named: Record<string, string> = {};
        const other: string[] = [];
        err.violations.forEach((v) => {
          if (v.field && def.parameters.some((p) => p.name === v.field)) {
            named[v.field] = v.rule ?? err.message;
          } else {
            other.push(v.rule ?? '');
          }
        });
        setErrors(named);
        setRefusal(Object.keys(named).length > 0 && other.length === 0 ? null : err.message);
      } else if (!abort.current?.signal.aborted) {
        setRefusal(err instanceof Error ? err.message : String(err));
      }
    }
  };
  const stop = async () => {
    if (run) {
      abort.current?.abort();
      setRun(await cancel(run.id).catch(() => run));
    }
  };
  return (
    <div class="page" data-testid="report">
      <nav class="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link href="/reports">{t('nav.reports')}</Link> <span aria-hidden="true">›</span> <span>{def.categoryTitle}</span>
      </nav>
      <h1 data-testid="report-title">{def.title}</h1>
      {def.description && <p class="lead">{def.description}</p>}
      <form class="card report-form" onSubmit={submit} data-testid="report-parameters" noValidate>
        <h2>{t('report.parameters')}</h2>
        {def.parameters.length === 0 && <p class="muted">{t('report.noParameters')}</p>}
        <div class="grid">
          {def.parameters.map((p) => (
            <ParameterField key={p.name} p={p} value={values[p.name] ?? ''} error={errors[p.name]}
              onChange={(v) => setValues({ ...values, [p.name]: v })} />
          ))}
        </div>
        {refusal && <div class="alert error" role="alert" data-testid="report-refusal">{refusal}</div>}
        <div class="actions">
          <button type="submit" class="button primary" disabled={running} data-testid="report-run">{t('report.run')}</button>
          {running && <button type="button" class="button secondary" onClick={stop} data-testid="report-cancel">{t('report.cancel')}</button>}
        </div>
        {run && <Progress run={run} />}
      </form>
      {run?.status === 'done' && <Result def={def} run={run} />}
    </div>
  );
}

function Progress({ run }: { run: Run }) {
  if (run.status === 'done') {
    return <p class="muted small" data-testid="report-status" data-status="done">{t(run.cached ? 'report.doneCached' : 'report.done', { rows: run.rowCount ?? 0 })}</p>;
  }
  if (run.status === 'failed' || run.status === 'cancelled') {
    return <div class={`alert ${run.status === 'failed' ? 'error' : 'info'}`} data-testid="report-status" data-status={run.status}>
      {t(`report.${run.status}`, { error: run.error ?? '' })}</div>;
  }
  return (
    <div class="progress-wrap" data-testid="report-status" data-status={run.status}>
      <label for="report-progress">{t(run.status === 'queued' ? 'report.queued' : 'report.running', { progress: run.progress })}</label>
      <progress id="report-progress" max={100} value={run.progress} />
    </div>
  );
}

function ParameterField({ p, value, error, onChange }: { p: ParameterDef; value: string; error?: string; onChange: (v: string) => void }) {
  const id = `parameter-${p.name}`;
  const common = { id, 'data-testid': id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined,
    required: p.required };
  let control;
  switch (p.type) {
    case 'LEVEL':
    case 'CHOICE':
      control = (
        <select {...common} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
          {!p.required && <option value="">{t('report.any')}</option>}
          {p.options.map((o) => <option key={o.value} value={o.value}>{o.title}</option>)}
        </select>
      );
      break;
    case 'DICTIONARY':
      control = <DictionarySelect common={common} name={p.dictionary ?? ''} required={p.required} value={value} onChange={onChange} />;
      break;
    case 'AUTHORITY':
      control = <AuthoritySelect common={common} required={p.required} value={value} onChange={onChange} />;
      break;
    case 'ORGANIZATION':
      control = <OrganizationPicker common={common} value={value} onChange={onChange} />;
      break;
    case 'ACADEMIC_YEAR': {
      const now = Number(academicYear(new Date()).slice(0, 4));
      const years = [now + 1, now, now - 1, now - 2, now - 3].map((y) => `${y}-${y + 1}`);
      control = (
        <select {...common} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
          {!p.required && <option value="">{t('report.any')}</option>}
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      );
      break;
    }
    case 'DATE':
      control = <input {...common} type="text" inputMode="numeric" placeholder={t('common.datePlaceholder')} value={value}
        onInput={(e) => onChange((e.target as HTMLInputElement).value)} />;
      break;
    case 'INTEGER':
      control = <input {...common} type="number" value={value} onInput={(e) => onChange((e.target as HTMLInputElement).value)} />;
      break;
    default:
      control = <input {...common} type="text" value={value} onInput={(e) => onChange((e.target as HTMLInputElement).value)} />;
  }
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{p.title}{p.required && <span class="required" aria-hidden="true"> *</span>}</label>
      {control}
      {error && <div class="field-error" id={`${id}-error`} data-testid={`${id}-error`}>{error}</div>}
    </div>
  );
}

function DictionarySelect({ common, name, required, value, onChange }: { common: any; name: string; required: boolean; value: string; onChange: (v: string) => void }) {
  const entries = useDictionary(name);
  return (
    <select {...common} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {!required && <option value="">{t('report.any')}</option>}
      {(entries ?? []).map((e) => <option key={e.code} value={e.code}>{e.name}</option>)}
    </select>
  );
}

function AuthoritySelect({ common, required, value, onChange }: { common: any; required: boolean; value: string; onChange: (v: string) => void }) {
  const authorities = useAuthorities();
  return (
    <select {...common} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {!required && <option value="">{t('report.anyAuthority')}</option>}
      {(authorities ?? []).map(({ authority, depth }) => (
        <option key={authority.id} value={String(authority.id)}>{`${depth ? '\u2003' : ''}${authority.shortName || authority.fullName}`}</option>
      ))}
    </select>
  );
}

/** An organization found by part of its name among those of the user's scope. */
function OrganizationPicker({ common, value, onChange }: { common: any; value: string; onChange: (v: string) => void }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ id: number; fullName: string; shortName: string | null; settlement: string | null }[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      api.get<any>('/api/v1/organizations', { name: text.trim() || undefined, limit: 25 }).then((page) => setFound(page.items ?? []))
        .catch(() => setFound([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="picker">
      <input type="search" aria-label={t('report.organizationSearch')} placeholder={t('report.organizationSearch')} value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <select {...common} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('report.anyOrganization')}</option>
        {found.map((o) => <option key={o.id} value={String(o.id)}>{`${o.shortName || o.fullName}${o.settlement ? ` (${o.settlement})` : ''}`}</option>)}
      </select>
    </div>
  );
}

function Result({ def, run }: { def: Definition; run: Run }) {
  const [page, setPage] = useState<Rows | null>(null);
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(25);
  const [numbers, setNumbers] = useState<ChartNumbers | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    rows(run.id, offset, limit).then(setPage).catch(setError);
  }, [run.id, offset, limit]);
  useEffect(() => {
    setNumbers(null);
    if (def.chart && run.rowCount) {
      chartRows(run.id, run.rowCount).then((all) => setNumbers(chartNumbers(def.chart!, def.columns, all, cell))).catch(setError);
    }
  }, [run.id]);
  return (
    <section class="card result" data-testid="report-result" data-rows={run.rowCount ?? 0}>
      <div class="result-head">
        <h2>{t('report.result')}</h2>
        <div class="downloads" role="group" aria-label={t('report.download')}>
          <a class="button secondary small" href={exportUrl(run.id, 'xlsx')} download data-testid="export-xlsx">Excel</a>
          <a class="button secondary small" href={exportUrl(run.id, 'pdf')} download data-testid="export-pdf">PDF</a>
          <a class="button secondary small" href={exportUrl(run.id, 'csv')} download data-testid="export-csv">CSV</a>
        </div>
      </div>
      {run.scope && <p class="muted small">{t('report.scope', { scope: run.scope })}</p>}
      <ErrorNote error={error} />
      {def.chart && numbers && <Chart type={def.chart.type} numbers={numbers} title={def.title} />}
      {!page ? <Loading /> : (
        <>
          <div class="table-wrap">
            <table class="table report-table" data-testid="report-table">
              <thead><tr>{page.columns.map((c) => <th key={c.key} scope="col" class={c.type === 'TEXT' || c.type === 'DATE' ? '' : 'num'}>{c.title}</th>)}</tr></thead>
              <tbody>
                {page.rows.map((r, i) => (
                  <tr key={i} class={`row-${r.kind.toLowerCase()}`} data-kind={r.kind} data-testid="report-row">
                    {page.columns.map((c, j) => (
                      <td key={c.key} class={c.type === 'TEXT' || c.type === 'DATE' ? '' : 'num'}>
                        {j === 0 && r.kind === 'TOTAL' && (r.values[j] === null || r.values[j] === '') ? t('report.total') : cell(r.values[j], c)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager id="report" offset={offset} limit={limit} shown={page.rows.length} total={page.total}
            onPage={(o, l) => { setOffset(o); setLimit(l); }} />
        </>
      )}
    </section>
  );
}
