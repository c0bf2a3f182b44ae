import { useEffect, useState } from 'preact/hooks';
import { queryOf } from '../../lib/admin';
import { formatDate, formatDateTime } from '../../lib/format';
import { t } from '../../lib/i18n';
import { ACTIONS, JOURNAL_FIELDS, JournalCriteria, JournalPage, journalQuery, searchable } from '../../lib/journal';
import { api } from '../../lib/api';
import { navigate, useLocation } from '../../lib/router';
import { can, Session } from '../../lib/session';
import { ErrorNote, Link, Loading } from '../../components/Common';
import { PAGE_SIZES } from '../../components/Pager';

function fromQuery(query: URLSearchParams): JournalCriteria {
  const c = {} as JournalCriteria;
  JOURNAL_FIELDS.forEach((f) => (c[f] = f === 'from' || f === 'to' ? formatDate(query.get(f)) : query.get(f) ?? ''));
  return c;
}

/**
 * «Журнал действий»: who did what, newest first, by period, user, action and the person acted on.
 * The API pages it by entry number (before), with no total: the pages are walked back and forth.
 */
export function ActionJournal({ session }: { session: Session }) {
  const { query } = useLocation();
  const [criteria, setCriteria] = useState<JournalCriteria>(() => fromQuery(query));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [page, setPage] = useState<JournalPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [newer, setNewer] = useState<string[]>([]);
  const wholeRegion = session.scope.kind === 'REGION';
  const limit = Number(query.get('limit') ?? 25);
  const before = query.get('before') ?? '';
  const queryText = query.toString();
  const given = journalQuery(fromQuery(query)).query;
  const ready = searchable(given, wholeRegion);

  useEffect(() => {
    setCriteria(fromQuery(query));
    if (!ready) {
      setPage(null);
      return;
    }
    const abort = new AbortController();
    setBusy(true);
    setError(null);
    api.get<JournalPage>('/api/v1/admin/journal', { ...given, limit, before }, abort.signal).then(setPage)
      .catch((e) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setBusy(false));
    return () => abort.abort();
  }, [queryText]);

  const go = (q: Record<string, string>, nextBefore: string, nextLimit: number) => {
    navigate(`/admin/journal${queryOf({ ...q, before: nextBefore, limit: nextLimit === 25 ? null : nextLimit })}`);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const checked = journalQuery(criteria);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) {
      document.getElementById(`journal-${Object.keys(checked.errors)[0]}`)?.focus();
      return;
    }
    setNewer([]);
    go(checked.query, '', limit);
  };
  const older = () => {
    setNewer([...newer, before]);
    go(given, String(page!.next), limit);
  };
  const back = () => {
    const previous = newer[newer.length - 1] ?? '';
    setNewer(newer.slice(0, -1));
    go(given, previous, limit);
  };
  const field = (f: 'from' | 'to' | 'login' | 'person', extra: Record<string, unknown> = {}) => (
    <div class={errors[f] ? 'field invalid' : 'field'}>
      <label for={`journal-${f}`}>{t(`journal.${f}`)}</label>
      <input id={`journal-${f}`} type="text" value={criteria[f]} data-testid={`journal-${f}`} autocomplete="off" {...extra}
        aria-invalid={errors[f] ? true : undefined} aria-describedby={errors[f] ? `journal-${f}-error` : undefined}
        onInput={(e) => setCriteria({ ...criteria, [f]: (e.target as HTMLInputElement).value })} />
      {errors[f] && <span class="field-error" id={`journal-${f}-error`}>{t(errors[f])}</span>}
    </div>
  );
  return (
    <div class="page" data-testid="journal">
      <h1>{t('admin.journal')}</h1>
      <p class="lead">{t('admin.journal.lead')}</p>
      <form class="search-form" onSubmit={submit} data-testid="journal-form" aria-label={t('journal.filter')}>
        <div class="grid">
          {field('from', { placeholder: t('common.datePlaceholder'), inputMode: 'numeric' })}
          {field('to', { placeholder: t('common.datePlaceholder'), inputMode: 'numeric' })}
          {field('login', { spellcheck: false })}
          <div class="field">
            <label for="journal-action">{t('journal.action')}</label>
            <select id="journal-action" value={criteria.action} data-testid="journal-action"
              onChange={(e) => setCriteria({ ...criteria, action: (e.target as HTMLSelectElement).value })}>
              <option value="">{t('packages.any')}</option>
              {ACTIONS.map((a) => <option key={a} value={a}>{t(`journal.action.${a}`)}</option>)}
            </select>
          </div>
          {field('person', { inputMode: 'numeric' })}
        </div>
        <p class="muted small">{t(wholeRegion ? 'journal.note' : 'journal.noteScope')}</p>
        <div class="actions">
          <button type="submit" class="button primary" data-testid="journal-submit">{t('packages.show')}</button>
          <button type="button" class="button secondary" onClick={() => { setNewer([]); navigate('/admin/journal'); }}>{t('search.reset')}</button>
        </div>
      </form>
      <ErrorNote error={error} />
      {busy && !page && <Loading />}
      {page && (
        <section class="results" aria-busy={busy} data-testid="journal-results">
          <div class="pager">
            <span class="pager-range">{page.entries.length ? t('journal.range', {
              first: page.entries[0].seq, last: page.entries[page.entries.length - 1].seq }) : t('paging.empty')}</span>
            <label class="pager-size">
              {t('paging.size')}
              <select value={String(limit)} onChange={(e) => { setNewer([]); go(given, '', Number((e.target as HTMLSelectElement).value)); }}>
                {PAGE_SIZES.map((size) => <option key={size} value={String(size)}>{size}</option>)}
              </select>
            </label>
            <button type="button" class="button secondary" disabled={!before} data-testid="journal-newer" onClick={back}>
              {t('journal.newer')}</button>
            <button type="button" class="button secondary" disabled={!page.next} data-testid="journal-older" onClick={older}>
              {t('journal.older')}</button>
          </div>
          {page.entries.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <caption class="sr-only">{t('admin.journal')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('journal.seq')}</th>
                    <th scope="col">{t('journal.at')}</th>
                    <th scope="col">{t('journal.user')}</th>
                    <th scope="col">{t('journal.action')}</th>
                    <th scope="col">{t('journal.target')}</th>
                    <th scope="col">{t('journal.persons')}</th>
                    <th scope="col">{t('journal.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.entries.map((e) => (
                    <tr key={e.seq} data-testid="journal-row" data-action={e.action}>
                      <td class="num">{e.seq}</td>
                      <td class="nowrap">{formatDateTime(e.at)}</td>
                      <td>{e.login ?? <span class="muted">—</span>}{e.address && <div class="small muted mono">{e.address}</div>}</td>
                      <td>{t(`journal.action.${e.action}`)}</td>
                      <td class="small mono break">{e.target}</td>
                      <td class="small">{e.personIds.map((id, i) => (
                        <span key={id}>{i > 0 && ', '}{can(session, 'READ_PERSONS') ? <Link href={`/persons/${id}`}>{id}</Link> : id}</span>
                      ))}</td>
                      <td class="small break">{e.details}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {!ready && <p class="alert info" data-testid="journal-needs">{t('journal.needs')}</p>}
    </div>
  );
}
