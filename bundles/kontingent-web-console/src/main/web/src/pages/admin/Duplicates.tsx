import { useEffect, useState } from 'preact/hooks';
import { queryOf } from '../../lib/admin';
import { DictionaryEntry, nameOf, useDictionary } from '../../lib/dictionaries';
import {
  BEST_FIRST, differences, DuplicatePair, DuplicatePerson, Field, dismiss, documentKey, merge, Merge, movedRows, pairs, ScanResult,
  scan, scanBody, suggestedKept, undo,
} from '../../lib/duplicates';
import { formatDate, formatNumber, fullName } from '../../lib/format';
import { has, t } from '../../lib/i18n';
import { Page } from '../../lib/registry';
import { navigate, useLocation } from '../../lib/router';
import { ErrorNote, Link, Loading } from '../../components/Common';
import { Dialog } from '../../components/Dialog';
import { Pager } from '../../components/Pager';
import { SortHeader } from '../../components/SortHeader';

/** A merge just made, with the names of its two persons to tell it by. */
interface Done {
  merge: Merge;
  kept: DuplicatePerson;
  merged: DuplicatePerson;
  undone: boolean;
}

/** The last merge made, kept while the console is open so that it can be undone after a look at the kept person's card. */
let lastDone: Done | null = null;

/**
 * «Дубликаты»: the pairs of persons that may be one, the most alike first, side by side with what
 * differs between them highlighted; each is merged (the administrator chooses who is kept) or
 * dismissed as two people; a birth period is scanned for new pairs; a merge just made is undone.
 */
export function Duplicates() {
  const { query } = useLocation();
  const [page, setPage] = useState<Page<DuplicatePair> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const [dismissing, setDismissing] = useState<DuplicatePair | null>(null);
  const [done, setDoneState] = useState<Done | null>(() => lastDone);
  const [dismissed, setDismissed] = useState<DuplicatePair | null>(null);
  const documentTypes = useDictionary('document-type');
  const sort = query.get('sort') ?? BEST_FIRST;
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const queryText = query.toString();

  useEffect(() => {
    const abort = new AbortController();
    setBusy(true);
    setError(null);
    pairs(offset, limit, sort, abort.signal).then(setPage)
      .catch((e) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setBusy(false));
    return () => abort.abort();
  }, [queryText, reload]);

  const go = (next: { sort?: string; offset?: number; limit?: number }) => {
    const params = { sort, offset, limit, ...next };
    navigate(`/admin/duplicates${queryOf({ sort: params.sort === BEST_FIRST ? null : params.sort, offset: params.offset || null,
      limit: params.limit === 10 ? null : params.limit })}`);
  };
  const changed = () => setReload((n) => n + 1);
  const setDone = (next: Done | null) => {
    lastDone = next;
    setDoneState(next);
  };
  const items = page?.items ?? [];

  return (
    <div class="page" data-testid="duplicates">
      <h1>{t('admin.duplicates')}</h1>
      <p class="lead">{t('admin.duplicates.lead')}</p>
      <ScanForm onScanned={changed} />
      {done && <MergeDone done={done} onUndone={(m) => { setDone({ ...done, merge: m, undone: true }); changed(); }} />}
      {dismissed && (
        <p class="alert info" role="status" data-testid="dismiss-result">
          {t('duplicates.dismissed', { first: fullName(dismissed.first), second: fullName(dismissed.second) })}
        </p>
      )}
      <ErrorNote error={error} />
      {busy && !page && <Loading />}
      {page && (
        <section class="results" aria-busy={busy} data-testid="duplicate-results">
          <Pager id="duplicates" offset={offset} limit={limit} shown={items.length} total={page.total}
            onPage={(o, l) => go({ offset: o, limit: l })} />
          {items.length === 0 ? <p class="muted" data-testid="duplicates-none">{t('duplicates.none')}</p> : (
            <div class="table-wrap">
              <table class="table duplicates">
                <caption class="sr-only">{t('duplicates.caption')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="score" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('duplicates.score')}</SortHeader>
                    <SortHeader column="name" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('duplicates.first')}</SortHeader>
                    <th scope="col">{t('duplicates.second')}</th>
                    <th scope="col">{t('duplicates.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((pair) => (
                    <PairRow key={`${pair.first.id}-${pair.second.id}`} pair={pair} documentTypes={documentTypes}
                      onMerge={() => { setDismissed(null); setMerging(pair); }}
                      onDismiss={() => { setDone(null); setDismissing(pair); }} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {merging && (
        <MergeDialog pair={merging} onClose={() => setMerging(null)}
          onMerged={(m) => {
            const [kept, merged] = m.keptId === merging.first.id ? [merging.first, merging.second] : [merging.second, merging.first];
            setMerging(null);
            setDone({ merge: m, kept, merged, undone: false });
            changed();
          }} />
      )}
      {dismissing && (
        <DismissDialog pair={dismissing} onClose={() => setDismissing(null)}
          onDismissed={() => { setDismissed(dismissing); setDismissing(null); changed(); }} />
      )}
    </div>
  );
}

function PairRow({ pair, documentTypes, onMerge, onDismiss }: {
  pair: DuplicatePair;
  documentTypes?: DictionaryEntry[];
  onMerge: () => void;
  onDismiss: () => void;
}) {
  const diff = differences(pair.first, pair.second);
  return (
    <tr data-testid="duplicate-row" data-first={pair.first.id} data-second={pair.second.id}>
      <td class="duplicate-score">
        <strong data-testid="duplicate-score">{pair.score}</strong>
        <ul class="reasons">
          {pair.reasons.map((r) => <li key={r}>{has(`duplicates.reason.${r}`) ? t(`duplicates.reason.${r}`) : r}</li>)}
        </ul>
      </td>
      <td><PersonSide p={pair.first} fields={diff.fields} documents={diff.documents[0]} organizations={diff.organizations[0]}
        documentTypes={documentTypes} testid="duplicate-first" /></td>
      <td><PersonSide p={pair.second} fields={diff.fields} documents={diff.documents[1]} organizations={diff.organizations[1]}
        documentTypes={documentTypes} testid="duplicate-second" /></td>
      <td class="row-actions">
        <div class="stacked-actions">
          <button type="button" class="button primary small" data-testid="duplicate-merge" onClick={onMerge}>{t('duplicates.merge')}</button>
          <button type="button" class="button secondary small" data-testid="duplicate-dismiss" onClick={onDismiss}>{t('duplicates.dismiss')}</button>
        </div>
      </td>
    </tr>
  );
}

/** One person of a pair; what the other person does not share is marked. */
function PersonSide({ p, fields, documents, organizations, documentTypes, testid }: {
  p: DuplicatePerson;
  fields: Set<Field>;
  documents: Set<string>;
  organizations: Set<number>;
  documentTypes?: DictionaryEntry[];
  testid: string;
}) {
  const mark = (f: Field) => (fields.has(f) ? 'diff' : undefined);
  const memberships = [...p.memberships].sort((a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? ''));
  return (
    <div class="duplicate-person" data-testid={testid} data-id={p.id}>
      <div class="duplicate-name">
        <Link href={`/persons/${p.id}`} testid="duplicate-person-link">
          <span class={mark('surname')}>{p.surname}</span> <span class={mark('name')}>{p.name}</span>
          {p.patronymic && <> <span class={mark('patronymic')}>{p.patronymic}</span></>}
        </Link>
        <span class="duplicate-id small muted"> · {t('duplicates.number', { id: p.id })}</span>
      </div>
      <dl class="duplicate-facts">
        <dt>{t('person.birthDate')}</dt>
        <dd class={mark('birthDate')} data-testid="duplicate-birthDate">{formatDate(p.birthDate) || '—'}</dd>
        <dt>{t('person.sex')}</dt>
        <dd class={mark('sex')}>{p.sex ? t(`sex.${p.sex}`) : '—'}</dd>
        <dt>{t('person.snils')}</dt>
        <dd class={mark('snils')}><span class="mono">{p.snils || '—'}</span></dd>
        <dt>{t('person.documents')}</dt>
        <dd>
          {p.documents.length === 0 ? <span class="muted">—</span> : (
            <ul class="plain-list">
              {p.documents.map((d, i) => (
                <li key={i} class={documents.has(documentKey(d)) ? 'diff' : undefined}>
                  {nameOf(documentTypes, d.typeCode)} <span class="mono">{[d.series, d.number].filter(Boolean).join(' ')}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('person.organizations')}</dt>
        <dd>
          {memberships.length === 0 ? <span class="muted">—</span> : (
            <ul class="plain-list">
              {memberships.map((m) => (
                <li key={m.id} data-testid="duplicate-membership" class={organizations.has(m.organizationId) ? 'diff' : undefined}>
                  {m.organizationName}{m.current && <span class="badge">{t('membership.current')}</span>}
                  <div class="small muted">
                    {has(`membership.role.${m.role}`) ? t(`membership.role.${m.role}`) : m.role}
                    {m.currentClass ? `, ${m.currentClass}` : ''}
                    {', '}{m.endsOn ? t('duplicates.period', { from: formatDate(m.startsOn) || '—', to: formatDate(m.endsOn) })
                      : t('duplicates.since', { from: formatDate(m.startsOn) || '—' })}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}

/** A birth period, both days included, looked through for new pairs. */
function ScanForm({ onScanned }: { onScanned: () => void }) {
  const [form, setForm] = useState({ from: '', to: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ScanResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const checked = scanBody(form);
    setErrors(checked.errors);
    setResult(null);
    setError(null);
    if (!checked.body) {
      document.getElementById(`scan-${Object.keys(checked.errors)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    scan(checked.body).then((r) => { setResult(r); onScanned(); }).catch(setError).finally(() => setBusy(false));
  };
  const field = (f: 'from' | 'to') => (
    <div class={errors[f] ? 'field invalid' : 'field'}>
      <label for={`scan-${f}`}>{t(`duplicates.scan.${f}`)}</label>
      <input id={`scan-${f}`} type="text" value={form[f]} data-testid={`scan-${f}`} autocomplete="off" inputMode="numeric"
        placeholder={t('common.datePlaceholder')} aria-invalid={errors[f] ? true : undefined}
        aria-describedby={errors[f] ? `scan-${f}-error` : undefined}
        onInput={(e) => setForm({ ...form, [f]: (e.target as HTMLInputElement).value })} />
      {errors[f] && <span class="field-error" id={`scan-${f}-error`}>{t(errors[f])}</span>}
    </div>
  );
  return (
    <form class="search-form scan-form" onSubmit={submit} data-testid="scan-form" aria-labelledby="scan-title">
      <h2 class="form-title" id="scan-title">{t('duplicates.scan')}</h2>
      <div class="scan-row">
        {field('from')}
        {field('to')}
        <button type="submit" class="button primary" disabled={busy} data-testid="scan-submit">
          {busy ? t('duplicates.scanning') : t('duplicates.scan.submit')}</button>
      </div>
      <p class="muted small">{t('duplicates.scan.note')}</p>
      <ErrorNote error={error} />
      {result && (
        <p class="alert info" role="status" data-testid="scan-result" data-waiting={result.waiting}>
          {t('duplicates.scanned', { from: formatDate(result.bornFrom), to: formatDate(result.bornBefore), waiting: formatNumber(result.waiting) })}
        </p>
      )}
    </form>
  );
}

/** The merge of a pair: who is kept, confirmed. */
function MergeDialog({ pair, onClose, onMerged }: { pair: DuplicatePair; onClose: () => void; onMerged: (m: Merge) => void }) {
  const [kept, setKept] = useState<number>(() => suggestedKept(pair));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const other = kept === pair.first.id ? pair.second : pair.first;
  const keptPerson = kept === pair.first.id ? pair.first : pair.second;
  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    merge(kept, other.id).then(onMerged).catch(setError).finally(() => setBusy(false));
  };
  const choice = (p: DuplicatePerson, which: 'first' | 'second') => (
    <label class="choice">
      <input type="radio" name="kept" value={String(p.id)} checked={kept === p.id} data-testid={`merge-keep-${which}`}
        onChange={() => setKept(p.id)} />
      <span>{t('duplicates.keep', { name: fullName(p), birthDate: formatDate(p.birthDate) || '—', id: p.id })}</span>
    </label>
  );
  return (
    <Dialog title={t('duplicates.merge.title')} onClose={onClose} testid="merge-dialog">
      <form onSubmit={submit}>
        <fieldset class="choices">
          <legend>{t('duplicates.merge.which')}</legend>
          {choice(pair.first, 'first')}
          {choice(pair.second, 'second')}
        </fieldset>
        <p data-testid="merge-explained">{t('duplicates.merge.lead', { kept: fullName(keptPerson), keptId: keptPerson.id,
          merged: fullName(other), mergedId: other.id })}</p>
        <ErrorNote error={error} />
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy} data-testid="merge-confirm">{t('duplicates.merge')}</button>
          <button type="button" class="button secondary" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}

/** A pair dismissed as two people, confirmed. */
function DismissDialog({ pair, onClose, onDismissed }: { pair: DuplicatePair; onClose: () => void; onDismissed: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    dismiss(pair).then(onDismissed).catch(setError).finally(() => setBusy(false));
  };
  return (
    <Dialog title={t('duplicates.dismiss.title')} onClose={onClose} testid="dismiss-dialog">
      <form onSubmit={submit}>
        <p>{t('duplicates.dismiss.lead', { first: fullName(pair.first), firstId: pair.first.id, second: fullName(pair.second),
          secondId: pair.second.id })}</p>
        <ErrorNote error={error} />
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy} data-testid="dismiss-confirm">{t('duplicates.dismiss')}</button>
          <button type="button" class="button secondary" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}

/** A merge just made: what moved, the kept person's card, and its undo. */
function MergeDone({ done, onUndone }: { done: Done; onUndone: (m: Merge) => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const moved = movedRows(done.merge.moved);
  const names = { kept: fullName(done.kept), keptId: done.kept.id, merged: fullName(done.merged), mergedId: done.merged.id,
    id: done.merge.id };
  const revert = () => {
    setBusy(true);
    setError(null);
    undo(done.merge.id).then(onUndone).catch(setError).finally(() => setBusy(false));
  };
  if (done.undone) {
    return (
      <div class="card" role="status" data-testid="undo-result" data-merge={done.merge.id}>
        <p>{t('duplicates.undone', names)}</p>
        <p><Link href={`/persons/${done.kept.id}`}>{fullName(done.kept)}</Link>{' · '}
          <Link href={`/persons/${done.merged.id}`}>{fullName(done.merged)}</Link></p>
      </div>
    );
  }
  return (
    <div class="card" role="status" data-testid="merge-result" data-merge={done.merge.id} data-kept={done.kept.id}>
      <p>{t('duplicates.merged', names)}</p>
      <p class="small">
        {moved.length === 0 ? t('duplicates.moved.nothing') : t('duplicates.moved', {
          what: moved.map(([kind, n]) => `${has(`duplicates.moved.${kind}`) ? t(`duplicates.moved.${kind}`) : kind}: ${n}`).join(', ') })}
      </p>
      <ErrorNote error={error} />
      <div class="actions">
        <Link href={`/persons/${done.kept.id}?tab=migration`} class="button secondary" testid="merge-kept-link">{t('duplicates.openKept')}</Link>
        <button type="button" class="button secondary" disabled={busy} data-testid="merge-undo" onClick={revert}>{t('duplicates.undo')}</button>
      </div>
    </div>
  );
}
