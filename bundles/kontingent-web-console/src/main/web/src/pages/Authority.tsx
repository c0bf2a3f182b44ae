import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../lib/api';
import { nameOf, useDictionary } from '../lib/dictionaries';
import { formatDate, formatNumber } from '../lib/format';
import { t } from '../lib/i18n';
import { AuthorityPortfolio, AuthoritySummary, OrganizationSummary, Page } from '../lib/registry';
import { navigate, useLocation } from '../lib/router';
import { ErrorNote, Facts, Link, Loading, Tabs } from '../components/Common';
import { Pager } from '../components/Pager';
import { SortHeader } from '../components/SortHeader';
import { levelName } from './Authorities';
import { NoAccess } from './Notices';

const TABS = ['organizations', 'authorities', 'general'] as const;

/** An authority's portfolio: the counters, the organizations and authorities under it, and its details. */
export function AuthorityPage({ id }: { id: string }) {
  const { query } = useLocation();
  const tab = TABS.find((x) => x === query.get('tab')) ?? 'organizations';
  const [card, setCard] = useState<AuthorityPortfolio | null>(null);
  const [parent, setParent] = useState<AuthoritySummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setCard(null);
    setParent(null);
    setError(null);
    if (!/^\d+$/.test(id)) {
      setError(new ApiError(404, 'registry.not-found', ''));
      return;
    }
    const abort = new AbortController();
    api.get<AuthorityPortfolio>(`/api/v1/authorities/${id}`, undefined, abort.signal).then((c) => {
      setCard(c);
      if (c.authority.parentId !== null) {
        // the parent is named when it is one of the top authorities of the user's scope (outside the scope it is not shown)
        api.get<Page<AuthoritySummary>>('/api/v1/authorities', { limit: 100 }, abort.signal)
          .then((tops) => setParent(tops.items.find((top) => top.id === c.authority.parentId) ?? null)).catch(() => undefined);
      }
    }).catch((e) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [id]);
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return <NoAccess status={error.status} what="authority" />;
  }
  if (error) {
    return <ErrorNote error={error} />;
  }
  if (!card) {
    return <Loading />;
  }
  const a = card.authority;
  const open = (next: Record<string, string>) => {
    const params = new URLSearchParams(query);
    Object.entries(next).forEach(([k, v]) => (v ? params.set(k, v) : params.delete(k)));
    navigate(`/authorities/${id}?${params}`, true);
  };
  const counter = (testid: string, value: number, label: string, target: string | null) => (
    <div class="counter" data-testid={testid} data-value={value}>
      <strong>{formatNumber(value)}</strong>
      {target ? <button type="button" class="button link" onClick={() => open({ tab: target, offset: '', sort: '', limit: '' })}>{label}</button>
        : <span>{label}</span>}
    </div>
  );
  return (
    <div class="page" data-testid="authority">
      <nav class="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link href="/authorities">{t('nav.authorities')}</Link> <span aria-hidden="true">›</span> <span>{t('authority.portfolio')}</span>
      </nav>
      <h1 data-testid="authority-title">{a.fullName}</h1>
      <p class="lead">{levelName(a.level)}{parent && <> · {t('authority.under')} <Link href={`/authorities/${parent.id}`}>
        {parent.shortName || parent.fullName}</Link></>}</p>
      <div class="counters" data-testid="authority-counters">
        {counter('counter-learners', card.learners, t('authority.learnersOn', { date: formatDate(card.asOf) }), null)}
        {counter('counter-authorities', card.subordinateAuthorities, t('authority.subordinateAuthorities'), 'authorities')}
        {counter('counter-organizations', card.subordinateOrganizations, t('authority.subordinateOrganizations'), 'organizations')}
      </div>
      <Tabs tabs={TABS.map((x) => ({ id: x, title: t(`authority.tab.${x}`) }))} current={tab}
        onSelect={(next) => open({ tab: next, offset: '', sort: '', limit: '' })} />
      <div class="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
        {tab === 'general' ? <General card={card} parent={parent} />
          : tab === 'authorities' ? <Subordinates id={id} query={query} onPage={open} />
            : <Organizations id={id} query={query} onPage={open} />}
      </div>
    </div>
  );
}

function General({ card, parent }: { card: AuthorityPortfolio; parent: AuthoritySummary | null }) {
  const a = card.authority;
  const r = card.requisites;
  const c = card.contacts;
  return (
    <>
      <section class="card">
        <h2>{t('authority.details')}</h2>
        <Facts testid="authority-details" facts={[
          [t('organization.fullName'), a.fullName],
          [t('organization.shortName'), a.shortName],
          [t('authority.level'), levelName(a.level)],
          [t('authority.parent'), parent ? <Link href={`/authorities/${parent.id}`}>{parent.shortName || parent.fullName}</Link> : null],
        ]} />
      </section>
      <section class="card">
        <h2>{t('organization.tab.requisites')}</h2>
        <Facts facts={[
          [t('requisites.inn'), r.inn ? <span class="mono">{r.inn}</span> : null],
          [t('requisites.kpp'), r.kpp ? <span class="mono">{r.kpp}</span> : null],
          [t('requisites.ogrn'), r.ogrn ? <span class="mono">{r.ogrn}</span> : null],
          [t('requisites.oktmo'), (r.oktmo ?? a.oktmo) ? <span class="mono">{r.oktmo ?? a.oktmo}</span> : null],
        ]} />
      </section>
      <section class="card">
        <h2>{t('organization.contacts')}</h2>
        <Facts facts={[
          [t('organization.address'), c.address],
          [t('organization.phone'), c.phone],
          [t('organization.email'), c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null],
          [t('organization.website'), c.website],
        ]} />
      </section>
    </>
  );
}

type Paging = { query: URLSearchParams; onPage: (next: Record<string, string>) => void };

function paging(query: URLSearchParams, fallbackSort: string) {
  return { offset: Number(query.get('offset') ?? 0), limit: Number(query.get('limit') ?? 10), sort: query.get('sort') ?? fallbackSort };
}

function usePage<T>(path: string, params: Record<string, string | number>): { page: Page<T> | null; error: unknown } {
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = `${path}?${JSON.stringify(params)}`;
  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    api.get<Page<T>>(path, params, abort.signal).then(setPage).catch((e) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [key]);
  return { page, error };
}

/** The authorities directly under this one (each leads to its own portfolio and what is under it). */
function Subordinates({ id, query, onPage }: { id: string } & Paging) {
  const { offset, limit, sort } = paging(query, 'name');
  const { page, error } = usePage<AuthoritySummary>('/api/v1/authorities', { parent: id, offset, limit, sort });
  const go = (o: number, l: number, s: string) => onPage({ offset: o ? String(o) : '', limit: l !== 10 ? String(l) : '', sort: s !== 'name' ? s : '' });
  return (
    <section class="card">
      <h2>{t('authority.tab.authorities')}</h2>
      <ErrorNote error={error} />
      {!page && !error && <Loading />}
      {page && (
        <>
          <Pager id="subordinates" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(o, l) => go(o, l, sort)} />
          {page.items.length > 0 && (
            <div class="table-wrap">
              <table class="table" data-testid="subordinate-authorities">
                <thead>
                  <tr>
                    <SortHeader column="name" sort={sort} onSort={(s) => go(0, limit, s)}>{t('authority.name')}</SortHeader>
                    <SortHeader column="level" sort={sort} onSort={(s) => go(0, limit, s)}>{t('authority.level')}</SortHeader>
                    <SortHeader column="oktmo" sort={sort} onSort={(s) => go(0, limit, s)}>{t('requisites.oktmo')}</SortHeader>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((a) => (
                    <tr key={a.id} data-testid="subordinate-authority">
                      <td><Link href={`/authorities/${a.id}`} testid="subordinate-authority-link">{a.fullName}</Link></td>
                      <td>{levelName(a.level)}</td>
                      <td class="mono">{a.oktmo}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The organizations this authority manages, with those of the authorities under it. */
function Organizations({ id, query, onPage }: { id: string } & Paging) {
  const types = useDictionary('organization-type');
  const { offset, limit, sort } = paging(query, 'name');
  const { page, error } = usePage<OrganizationSummary>('/api/v1/organizations', { authority: id, offset, limit, sort });
  const go = (o: number, l: number, s: string) => onPage({ offset: o ? String(o) : '', limit: l !== 10 ? String(l) : '', sort: s !== 'name' ? s : '' });
  return (
    <section class="card">
      <h2>{t('authority.tab.organizations')}</h2>
      <ErrorNote error={error} />
      {!page && !error && <Loading />}
      {page && (
        <>
          <Pager id="subordinate-organizations" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(o, l) => go(o, l, sort)} />
          {page.items.length > 0 && (
            <div class="table-wrap">
              <table class="table" data-testid="subordinate-organizations">
                <thead>
                  <tr>
                    <SortHeader column="name" sort={sort} onSort={(s) => go(0, limit, s)}>{t('organization.name')}</SortHeader>
                    <SortHeader column="type" sort={sort} onSort={(s) => go(0, limit, s)}>{t('organization.type')}</SortHeader>
                    <SortHeader column="settlement" sort={sort} onSort={(s) => go(0, limit, s)}>{t('organization.settlement')}</SortHeader>
                    <th scope="col">{t('organization.phone')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((o) => (
                    <tr key={o.id} data-testid="subordinate-organization">
                      <td><Link href={`/organizations/${o.id}`} testid="subordinate-organization-link">{o.fullName}</Link></td>
                      <td>{nameOf(types, o.typeCode)}</td>
                      <td>{o.settlement}</td>
                      <td class="nowrap">{o.phone}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
