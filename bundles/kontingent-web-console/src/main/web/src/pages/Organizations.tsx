import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api';
import { useAuthorities } from '../lib/authorities';
import { nameOf, useDictionary } from '../lib/dictionaries';
import { t } from '../lib/i18n';
import { OrganizationSummary, Page } from '../lib/registry';
import { navigate, useLocation } from '../lib/router';
import { ErrorNote, Link, Loading } from '../components/Common';
import { Pager } from '../components/Pager';
import { SortHeader } from '../components/SortHeader';

/** The criteria of the form as the API names them, kept in the address (Back and a bookmark give the same list). */
const FIELDS = ['name', 'authority', 'district', 'settlement', 'type', 'level', 'oktmo'] as const;
type Field = typeof FIELDS[number];
type Criteria = Record<Field, string>;
export const LEVELS = ['preschool', 'general', 'vocational', 'additional', 'mixed'];

function fromQuery(query: URLSearchParams): Criteria {
  const criteria = {} as Criteria;
  FIELDS.forEach((f) => (criteria[f] = query.get(f) ?? ''));
  return criteria;
}

/** «Образовательные организации»: the search of the user's part of the region, and the list sorted and paged. */
export function Organizations() {
  const { query } = useLocation();
  const [criteria, setCriteria] = useState<Criteria>(() => fromQuery(query));
  const [page, setPage] = useState<Page<OrganizationSummary> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const authorities = useAuthorities();
  const types = useDictionary('organization-type');
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const sort = query.get('sort') ?? 'name';
  const queryText = query.toString();

  useEffect(() => {
    setCriteria(fromQuery(query));
    const abort = new AbortController();
    const params: Record<string, string | number> = { offset, limit, sort };
    FIELDS.forEach((f) => query.get(f) && (params[f] = query.get(f)!.trim()));
    setBusy(true);
    setError(null);
    api.get<Page<OrganizationSummary>>('/api/v1/organizations', params, abort.signal)
      .then(setPage)
      .catch((e) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setBusy(false));
    return () => abort.abort();
  }, [queryText]);

  const go = (next: Criteria, nextOffset: number, nextLimit: number, nextSort: string) => {
    const params = new URLSearchParams();
    FIELDS.forEach((f) => next[f].trim() && params.set(f, next[f].trim()));
    if (nextSort !== 'name') {
      params.set('sort', nextSort);
    }
    if (nextOffset) {
      params.set('offset', String(nextOffset));
    }
    if (nextLimit !== 10) {
      params.set('limit', String(nextLimit));
    }
    const text = params.toString();
    navigate(text ? `/organizations?${text}` : '/organizations');
  };
  const submit = (e: Event) => {
    e.preventDefault();
    go(criteria, 0, limit, sort);
  };
  const field = (f: Field, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`organization-${f}`}>{t(`organization.search.${f}`)}</label>
      <input id={`organization-${f}`} type="text" value={criteria[f]} data-testid={`organization-${f}`} autocomplete="off" {...extra}
        onInput={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLInputElement).value })} />
    </div>
  );
  const select = (f: Field, options: [string, string][]) => (
    <div class="field">
      <label for={`organization-${f}`}>{t(`organization.search.${f}`)}</label>
      <select id={`organization-${f}`} value={criteria[f]} data-testid={`organization-${f}`}
        onChange={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLSelectElement).value })}>
        <option value="">{t('organization.search.any')}</option>
        {options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </div>
  );
  const current = fromQuery(query);
  return (
    <div class="page" data-testid="organizations">
      <h1>{t('nav.organizations')}</h1>
      <form class="search-form" onSubmit={submit} data-testid="organization-form" aria-label={t('organization.search.title')}>
        <div class="grid">
          {field('name')}
          {select('authority', (authorities ?? []).map(({ authority, depth }) => [String(authority.id),
            `${depth ? '\u2003' : ''}${authority.shortName || authority.fullName}`]))}
          {field('district', { 'aria-describedby': 'organization-exact' })}
          {field('settlement', { 'aria-describedby': 'organization-exact' })}
          {select('type', (types ?? []).map((d) => [d.code, d.name]))}
          {select('level', LEVELS.map((l) => [l, t(`level.${l}`)]))}
          {field('oktmo', { inputMode: 'numeric' })}
        </div>
        <p class="muted small" id="organization-exact">{t('organization.search.exact')}</p>
        <div class="actions">
          <button type="submit" class="button primary" data-testid="organization-submit">{t('search.submit')}</button>
          <button type="button" class="button secondary" onClick={() => navigate('/organizations')}>{t('search.reset')}</button>
        </div>
      </form>
      <ErrorNote error={error} />
      {busy && !page && <Loading />}
      {page && (
        <section class="results" aria-busy={busy} data-testid="organization-results">
          <Pager id="organizations" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(o, l) => go(current, o, l, sort)} />
          {page.items.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <caption class="sr-only">{t('organization.results')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="name" sort={sort} onSort={(s) => go(current, 0, limit, s)}>{t('organization.name')}</SortHeader>
                    <SortHeader column="type" sort={sort} onSort={(s) => go(current, 0, limit, s)}>{t('organization.type')}</SortHeader>
                    <SortHeader column="district" sort={sort} onSort={(s) => go(current, 0, limit, s)}>{t('organization.district')}</SortHeader>
                    <SortHeader column="settlement" sort={sort} onSort={(s) => go(current, 0, limit, s)}>{t('organization.settlement')}</SortHeader>
                    <th scope="col">{t('organization.address')}</th>
                    <th scope="col">{t('organization.phone')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((o) => (
                    <tr key={o.id} data-testid="organization-row" data-id={o.id}>
                      <td><Link href={`/organizations/${o.id}`} testid="organization-link">{o.fullName}</Link></td>
                      <td>{nameOf(types, o.typeCode)}</td>
                      <td>{o.district}</td>
                      <td>{o.settlement}</td>
                      <td>{o.address}</td>
                      <td class="nowrap">{o.phone}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
