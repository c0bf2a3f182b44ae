import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api';
import { useAuthorities } from '../lib/authorities';
import { useDictionary } from '../lib/dictionaries';
import { formatDate, fullName, parseDate } from '../lib/format';
import { t } from '../lib/i18n';
import { navigate, useLocation } from '../lib/router';
import { ErrorNote, Link, Loading } from '../components/Common';
import { Pager } from '../components/Pager';

interface PersonSummary {
  id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: string | null;
  maskedSnils: string | null;
}

interface SearchPage {
  items: { person: PersonSummary; kind: string }[];
  total: number;
  totalCapped: boolean;
  offset: number;
  limit: number;
  next: string | null;
}

/** The criteria of the form, as kept in the address (so Back and a bookmark give the same search). */
const FIELDS = ['surname', 'name', 'patronymic', 'birthDate', 'age', 'documentType', 'documentSeries', 'documentNumber', 'sex', 'who',
  'authority'] as const;
type Field = typeof FIELDS[number];
type Criteria = Record<Field, string>;
const EXTENDED: Field[] = ['age', 'documentType', 'documentSeries', 'documentNumber', 'sex', 'who'];

function fromQuery(query: URLSearchParams): Criteria {
  const criteria = {} as Criteria;
  FIELDS.forEach((f) => (criteria[f] = query.get(f) ?? ''));
  return criteria;
}

export function Contingent() {
  const { query } = useLocation();
  const searched = query.get('search') === '1';
  const [criteria, setCriteria] = useState<Criteria>(() => fromQuery(query));
  const [extended, setExtended] = useState(() => EXTENDED.some((f) => query.get(f)));
  const [page, setPage] = useState<SearchPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const authorities = useAuthorities();
  const documentTypes = useDictionary('document-type');
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const queryText = query.toString();

  useEffect(() => {
    setCriteria(fromQuery(query));
    if (!searched) {
      setPage(null);
      return;
    }
    const abort = new AbortController();
    const params: Record<string, string | number> = { offset, limit };
    FIELDS.forEach((f) => {
      const value = query.get(f);
      if (value) {
        params[f] = f === 'birthDate' ? parseDate(value) ?? value : value;
      }
    });
    setBusy(true);
    setError(null);
    api.get<SearchPage>('/api/v1/learners', params, abort.signal)
      .then((p) => setPage(p))
      .catch((e) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setBusy(false));
    return () => abort.abort();
  }, [queryText]);

  const go = (next: Criteria, nextOffset: number, nextLimit: number) => {
    const params = new URLSearchParams();
    FIELDS.forEach((f) => next[f].trim() && params.set(f, next[f].trim()));
    params.set('search', '1');
    params.set('offset', String(nextOffset));
    params.set('limit', String(nextLimit));
    navigate(`/contingent?${params}`);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (criteria.birthDate.trim() && !parseDate(criteria.birthDate)) {
      setInvalid(t('search.birthDateInvalid'));
      return;
    }
    setInvalid(null);
    go(criteria, 0, limit);
  };
  const reset = () => {
    setInvalid(null);
    navigate('/contingent');
  };
  const field = (f: Field, type = 'text', extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`search-${f}`}>{t(`search.${f}`)}</label>
      <input id={`search-${f}`} type={type} value={criteria[f]} data-testid={`search-${f}`} {...extra}
        onInput={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLInputElement).value })} />
    </div>
  );
  const select = (f: Field, options: [string, string][], anyLabel: string | null) => (
    <div class="field">
      <label for={`search-${f}`}>{t(`search.${f}`)}</label>
      <select id={`search-${f}`} value={criteria[f]} data-testid={`search-${f}`}
        onChange={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLSelectElement).value })}>
        {anyLabel !== null && <option value="">{anyLabel}</option>}
        {options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </div>
  );
  return (
    <div class="page" data-testid="contingent">
      <h1>{t('nav.contingent')}</h1>
      <form class="search-form" onSubmit={submit} data-testid="search-form" aria-label={t('search.title')}>
        <div class="grid">
          {field('surname', 'text', { autocomplete: 'off' })}
          {field('name', 'text', { autocomplete: 'off' })}
          {field('patronymic', 'text', { autocomplete: 'off' })}
          {field('birthDate', 'text', { placeholder: t('common.datePlaceholder'), inputMode: 'numeric' })}
          {select('authority', (authorities ?? []).map(({ authority, depth }) => [String(authority.id),
            `${depth ? '\u2003' : ''}${authority.shortName || authority.fullName}`]), t('search.anyAuthority'))}
        </div>
        <div class="extended-toggle">
          <label class="checkbox">
            <input type="checkbox" checked={extended} data-testid="search-extended"
              onChange={(e) => setExtended((e.target as HTMLInputElement).checked)} />
            {t('search.extended')}
          </label>
        </div>
        {extended && (
          <div class="grid" data-testid="search-extended-fields">
            {field('age', 'number', { min: 0, max: 150 })}
            {select('sex', [['M', t('sex.M')], ['F', t('sex.F')]], t('search.anySex'))}
            {select('who', [['LEARNERS', t('who.LEARNERS')], ['REPRESENTATIVES', t('who.REPRESENTATIVES')], ['STAFF', t('who.STAFF')],
              ['ALL', t('who.ALL')]], null)}
            {select('documentType', (documentTypes ?? []).map((d) => [d.code, d.name]), t('search.anyDocument'))}
            {field('documentSeries')}
            {field('documentNumber')}
          </div>
        )}
        {invalid && <div class="alert error" role="alert">{invalid}</div>}
        <div class="actions">
          <button type="submit" class="button primary" data-testid="search-submit">{t('search.submit')}</button>
          <button type="button" class="button secondary" onClick={reset}>{t('search.reset')}</button>
        </div>
      </form>
      <ErrorNote error={error} />
      {busy && !page && <Loading what={t('search.searching')} />}
      {page && (
        <section class="results" aria-busy={busy} data-testid="search-results">
          <Pager id="search" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total} capped={page.totalCapped}
            onPage={(o, l) => go(fromQuery(query), o, l)} />
          {page.items.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <caption class="sr-only">{t('search.results')}</caption>
                <thead>
                  <tr><th scope="col">{t('person.fullName')}</th><th scope="col">{t('person.birthDate')}</th><th scope="col">{t('person.snils')}</th></tr>
                </thead>
                <tbody>
                  {page.items.map(({ person }) => (
                    <tr key={person.id} data-testid="search-row">
                      <td><Link href={`/persons/${person.id}`} testid="search-person">{fullName(person)}</Link></td>
                      <td>{formatDate(person.birthDate)}</td>
                      <td class="mono">{person.maskedSnils ?? <span class="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="muted small">{t('search.order')}</p>
        </section>
      )}
    </div>
  );
}
