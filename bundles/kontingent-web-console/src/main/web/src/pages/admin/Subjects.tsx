import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { t } from '../../lib/i18n';
import { Page } from '../../lib/registry';
import { Session } from '../../lib/session';
import { checkMasterSubject, LocalSubject, MasterSubject, NameFilter, namesQuery } from '../../lib/subjects';
import { ErrorNote, Loading } from '../../components/Common';
import { Pager } from '../../components/Pager';
import { SortHeader } from '../../components/SortHeader';

/**
 * «Справочник предметов»: the names the organizations of the user's part of the region give their
 * subjects, each mapped to a subject of the master dictionary, and the master dictionary itself
 * (kept by the region's administrators).
 */
export function Subjects({ session }: { session: Session }) {
  const [masters, setMasters] = useState<MasterSubject[] | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<MasterSubject[]>('/api/v1/admin/subjects').then(setMasters).catch(setError);
  }, [version]);
  const changed = () => setVersion(version + 1);
  return (
    <div class="page" data-testid="subjects">
      <h1>{t('admin.subjects')}</h1>
      <p class="lead">{t('admin.subjects.lead')}</p>
      <ErrorNote error={error} />
      {masters === null ? <Loading /> : (
        <>
          <LocalNames masters={masters} version={version} onChanged={changed} />
          <MasterList masters={masters} editable={session.scope.kind === 'REGION'} onChanged={changed} />
        </>
      )}
    </div>
  );
}

function LocalNames({ masters, version, onChanged }: { masters: MasterSubject[]; version: number; onChanged: () => void }) {
  const [filter, setFilter] = useState<NameFilter>({ text: '', mapped: 'no' });
  const [applied, setApplied] = useState<NameFilter>(filter);
  const [paging, setPaging] = useState({ offset: 0, limit: 25, sort: '-organizations' });
  const [page, setPage] = useState<Page<LocalSubject> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    api.get<Page<LocalSubject>>('/api/v1/admin/subjects/names', { ...namesQuery(applied), ...paging }, abort.signal)
      .then(setPage).catch((e) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [applied, paging, version]);
  const map = (row: LocalSubject, subjectCode: string) => {
    setError(null);
    api.put<{ changed: number }>('/api/v1/admin/subjects/names/mapping', { localName: row.localName, subjectCode: subjectCode || null })
      .then((result) => {
        setStatus(t(subjectCode ? 'subjects.mapped' : 'subjects.unmapped', { name: row.localName, count: result.changed }));
        onChanged();
      })
      .catch(setError);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    setStatus(null);
    setApplied(filter);
    setPaging({ ...paging, offset: 0 });
  };
  return (
    <section class="card" aria-labelledby="subject-names-title">
      <h2 id="subject-names-title">{t('subjects.names')}</h2>
      <form class="search-form" onSubmit={submit} data-testid="subject-names-form" aria-label={t('subjects.filter')}>
        <div class="grid">
          <div class="field">
            <label for="subject-names-text">{t('subjects.text')}</label>
            <input id="subject-names-text" type="text" value={filter.text} data-testid="subject-names-text" autocomplete="off"
              onInput={(e) => setFilter({ ...filter, text: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="subject-names-mapped">{t('subjects.mappedFilter')}</label>
            <select id="subject-names-mapped" value={filter.mapped} data-testid="subject-names-mapped"
              onChange={(e) => setFilter({ ...filter, mapped: (e.target as HTMLSelectElement).value as NameFilter['mapped'] })}>
              <option value="">{t('subjects.mapped.any')}</option>
              <option value="no">{t('subjects.mapped.no')}</option>
              <option value="yes">{t('subjects.mapped.yes')}</option>
            </select>
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" data-testid="subject-names-submit">{t('packages.show')}</button>
        </div>
      </form>
      <ErrorNote error={error} />
      {status && <p role="status" class="alert info" data-testid="subject-names-status">{status}</p>}
      {page === null ? <Loading /> : (
        <>
          <Pager id="subject-names" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(offset, limit) => setPaging({ ...paging, offset, limit })} />
          {page.items.length === 0 ? <p class="muted" data-testid="subject-names-none">{t('subjects.none')}</p> : (
            <div class="table-wrap">
              <table class="table" data-testid="subject-names">
                <caption class="sr-only">{t('subjects.names')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="name" sort={paging.sort} onSort={(sort) => setPaging({ ...paging, sort, offset: 0 })}>
                      {t('subjects.localName')}</SortHeader>
                    <SortHeader column="organizations" sort={paging.sort} onSort={(sort) => setPaging({ ...paging, sort, offset: 0 })}>
                      {t('subjects.organizations')}</SortHeader>
                    <SortHeader column="subject" sort={paging.sort} onSort={(sort) => setPaging({ ...paging, sort, offset: 0 })}>
                      {t('subjects.master')}</SortHeader>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((row, i) => (
                    <tr key={`${row.localName}|${row.subjectCode}`} data-testid="subject-name-row" data-name={row.localName}>
                      <td>{row.localName}</td>
                      <td class="num">{row.organizations}</td>
                      <td>
                        <select value={row.subjectCode ?? ''} data-testid="subject-name-mapping"
                          aria-label={t('subjects.mapTo', { name: row.localName })} id={`subject-name-${i}`}
                          onChange={(e) => map(row, (e.target as HTMLSelectElement).value)}>
                          <option value="">{t('subjects.notMapped')}</option>
                          {masters.map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="muted small">{t('subjects.mapNote')}</p>
        </>
      )}
    </section>
  );
}

function MasterList({ masters, editable, onChanged }: { masters: MasterSubject[]; editable: boolean; onChanged: () => void }) {
  const [form, setForm] = useState({ code: '', name: '', order: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const save = (e: Event) => {
    e.preventDefault();
    const checked = checkMasterSubject(form.code, form.name, form.order);
    setErrors(checked);
    setError(null);
    if (Object.keys(checked).length > 0) {
      document.getElementById(`master-${Object.keys(checked)[0]}`)?.focus();
      return;
    }
    api.put(`/api/v1/admin/subjects/${encodeURIComponent(form.code.trim())}`,
      { name: form.name.trim(), sortOrder: form.order.trim() ? Number(form.order.trim()) : null })
      .then(() => { setForm({ code: '', name: '', order: '' }); onChanged(); })
      .catch(setError);
  };
  const field = (f: 'code' | 'name' | 'order') => (
    <div class={errors[f] ? 'field invalid' : 'field'}>
      <label for={`master-${f}`}>{t(`subjects.${f}`)}</label>
      <input id={`master-${f}`} type="text" value={form[f]} data-testid={`master-${f}`} autocomplete="off"
        aria-invalid={errors[f] ? true : undefined} aria-describedby={errors[f] ? `master-${f}-error` : undefined}
        onInput={(e) => setForm({ ...form, [f]: (e.target as HTMLInputElement).value })} />
      {errors[f] && <span class="field-error" id={`master-${f}-error`}>{t(errors[f])}</span>}
    </div>
  );
  return (
    <section class="card" aria-labelledby="master-subjects-title">
      <h2 id="master-subjects-title">{t('subjects.dictionary')}</h2>
      <div class="table-wrap">
        <table class="table" data-testid="master-subjects">
          <caption class="sr-only">{t('subjects.dictionary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('subjects.name')}</th>
              <th scope="col">{t('subjects.code')}</th>
              <th scope="col">{t('subjects.order')}</th>
              <th scope="col">{t('subjects.localNames')}</th>
              <th scope="col">{t('subjects.organizations')}</th>
            </tr>
          </thead>
          <tbody>
            {masters.map((m) => (
              <tr key={m.code} data-testid="master-subject-row" data-code={m.code}>
                <td>{editable
                  ? <button type="button" class="button link" title={t('subjects.edit')}
                    onClick={() => setForm({ code: m.code, name: m.name, order: String(m.sortOrder) })}>{m.name}</button>
                  : m.name}</td>
                <td class="mono small">{m.code}</td>
                <td class="num">{m.sortOrder}</td>
                <td class="num">{m.localNames}</td>
                <td class="num">{m.organizations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable ? (
        <form onSubmit={save} data-testid="master-form" aria-label={t('subjects.put')}>
          <h3>{t('subjects.put')}</h3>
          <p class="muted small">{t('subjects.putNote')}</p>
          <div class="grid">{field('code')}{field('name')}{field('order')}</div>
          <ErrorNote error={error} />
          <div class="actions">
            <button type="submit" class="button primary" data-testid="master-save">{t('subjects.save')}</button>
          </div>
        </form>
      ) : <p class="muted small">{t('subjects.regionOnly')}</p>}
    </section>
  );
}
