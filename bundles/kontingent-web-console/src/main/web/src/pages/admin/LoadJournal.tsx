import { useEffect, useState } from 'preact/hooks';
import { queryOf } from '../../lib/admin';
import { formatDate, formatDateTime, parseDate } from '../../lib/format';
import { countsText, hasErrors, packages, PackageSummary, Provider, providers, STATUSES } from '../../lib/gateway';
import { t } from '../../lib/i18n';
import { Page } from '../../lib/registry';
import { navigate, useLocation } from '../../lib/router';
import { Session } from '../../lib/session';
import { ErrorNote, Link, Loading } from '../../components/Common';
import { Dialog } from '../../components/Dialog';
import { Pager } from '../../components/Pager';
import { SortHeader } from '../../components/SortHeader';
import { PackageDetails, StatusText } from './PackageDetails';

const FIELDS = ['status', 'provider', 'from', 'to'] as const;
type Criteria = Record<typeof FIELDS[number], string>;
const DEFAULT_SORT = '-receivedAt';

function fromQuery(query: URLSearchParams): Criteria {
  const c = {} as Criteria;
  FIELDS.forEach((f) => (c[f] = f === 'from' || f === 'to' ? formatDate(query.get(f)) : query.get(f) ?? ''));
  return c;
}

/** «Журнал загрузок»: the packages received from providers and by hand, newest first, filtered, sorted and paged. */
export function LoadJournal({ session }: { session: Session }) {
  const { query } = useLocation();
  const [criteria, setCriteria] = useState<Criteria>(() => fromQuery(query));
  const [page, setPage] = useState<Page<PackageSummary> | null>(null);
  const [sources, setSources] = useState<Provider[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<PackageSummary | null>(null);
  const [reload, setReload] = useState(0);
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const sort = query.get('sort') ?? DEFAULT_SORT;
  const queryText = query.toString();

  useEffect(() => {
    providers().then(setSources).catch(() => setSources([]));
  }, []);
  useEffect(() => {
    setCriteria(fromQuery(query));
    const abort = new AbortController();
    const params: Record<string, string | number> = { offset, limit, sort };
    FIELDS.forEach((f) => query.get(f) && (params[f] = query.get(f)!));
    setBusy(true);
    setError(null);
    packages(params, abort.signal).then(setPage)
      .catch((e) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setBusy(false));
    return () => abort.abort();
  }, [queryText, reload]);

  const go = (next: Criteria, nextOffset: number, nextLimit: number, nextSort: string) => {
    navigate(`/admin/packages${queryOf({
      status: next.status, provider: next.provider, from: parseDate(next.from) ?? '', to: parseDate(next.to) ?? '',
      sort: nextSort === DEFAULT_SORT ? null : nextSort, offset: nextOffset || null, limit: nextLimit === 10 ? null : nextLimit,
    })}`);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const wrong = (['from', 'to'] as const).find((f) => criteria[f].trim() && !parseDate(criteria[f]));
    if (wrong) {
      setInvalid(t('packages.dateInvalid'));
      document.getElementById(`packages-${wrong}`)?.focus();
      return;
    }
    setInvalid(null);
    go(criteria, 0, limit, sort);
  };
  const current = fromQuery(query);
  const resort = (s: string) => go(current, 0, limit, s);
  const select = (f: 'status' | 'provider', options: [string, string][]) => (
    <div class="field">
      <label for={`packages-${f}`}>{t(`packages.${f}`)}</label>
      <select id={`packages-${f}`} value={criteria[f]} data-testid={`packages-${f}`}
        onChange={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLSelectElement).value })}>
        <option value="">{t('packages.any')}</option>
        {options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </div>
  );
  const day = (f: 'from' | 'to') => (
    <div class="field">
      <label for={`packages-${f}`}>{t(`packages.${f}`)}</label>
      <input id={`packages-${f}`} type="text" inputMode="numeric" placeholder={t('common.datePlaceholder')} value={criteria[f]}
        data-testid={`packages-${f}`} onInput={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLInputElement).value })} />
    </div>
  );
  return (
    <div class="page" data-testid="packages">
      <h1>{t('admin.packages')}</h1>
      <p class="lead">{t('admin.packages.lead')}</p>
      <form class="search-form" onSubmit={submit} data-testid="packages-form" aria-label={t('packages.filter')}>
        <div class="grid">
          {select('status', STATUSES.map((s) => [s, t(`package.status.${s}`)]))}
          {select('provider', sources.map((p) => [String(p.id), p.name]))}
          {day('from')}
          {day('to')}
        </div>
        {invalid && <div class="alert error" role="alert">{invalid}</div>}
        <div class="actions">
          <button type="submit" class="button primary" data-testid="packages-submit">{t('packages.show')}</button>
          <button type="button" class="button secondary" onClick={() => navigate('/admin/packages')}>{t('search.reset')}</button>
          <button type="button" class="button secondary" data-testid="packages-refresh" onClick={() => setReload((n) => n + 1)}>
            {t('common.refresh')}</button>
        </div>
      </form>
      <ErrorNote error={error} />
      {busy && !page && <Loading />}
      {page && (
        <section class="results" aria-busy={busy} data-testid="package-results">
          <Pager id="packages" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(o, l) => go(current, o, l, sort)} />
          {page.items.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <caption class="sr-only">{t('admin.packages')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('packages.number')}</th>
                    <SortHeader column="receivedAt" sort={sort} onSort={resort}>{t('packages.receivedAt')}</SortHeader>
                    <SortHeader column="provider" sort={sort} onSort={resort}>{t('packages.provider')}</SortHeader>
                    <th scope="col">{t('packages.file')}</th>
                    <SortHeader column="status" sort={sort} onSort={resort}>{t('packages.status')}</SortHeader>
                    <SortHeader column="refused" sort={sort} onSort={resort}>{t('packages.rows')}</SortHeader>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.id} data-testid="package-row" data-id={p.id} data-status={p.status}>
                      <td><Link href={`/admin/packages/${p.id}`} testid="package-link">{p.id}</Link></td>
                      <td class="nowrap">{formatDateTime(p.receivedAt)}</td>
                      <td>{p.providerName}{p.receivedBy && <div class="small muted">{p.receivedBy}</div>}</td>
                      <td>
                        <span data-testid="package-file">{p.fileName ?? <span class="muted">{t('packages.noFile')}</span>}</span>
                        <div class="small muted">{p.format ?? p.mediaType}</div>
                      </td>
                      <td class="nowrap">
                        <StatusText status={p.status} />
                        {hasErrors(p) && (
                          <button type="button" class="icon-button" data-testid="package-errors" aria-haspopup="dialog"
                            aria-label={t('packages.errorsOf', { id: p.id })} title={t('packages.errorsOf', { id: p.id })}
                            onClick={() => setOpened(p)}>
                            <ErrorIcon />
                          </button>
                        )}
                      </td>
                      <td class="small">{countsText(p)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {opened && (
        <Dialog title={t('package.title', { id: opened.id })} onClose={() => setOpened(null)} testid="package-dialog" wide>
          <PackageDetails id={opened.id} session={session} onReplayed={() => setReload((n) => n + 1)} />
        </Dialog>
      )}
    </div>
  );
}

/** A warning sign: the package has errors (the button around it says so in words). */
function ErrorIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 1.5 19 18H1z" fill="currentColor" />
      <rect x="9" y="7" width="2" height="6" fill="#fff" />
      <rect x="9" y="14.5" width="2" height="2" fill="#fff" />
    </svg>
  );
}
