import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { bodyHref, codeTitle, comment, countsText, ErrorRow, finished, packageErrors, PackageReport, packageReport, Receipt, replay,
  replayable } from '../../lib/gateway';
import { has, t } from '../../lib/i18n';
import { Page } from '../../lib/registry';
import { can, Session } from '../../lib/session';
import { ErrorNote, Facts, Link, Loading } from '../../components/Common';
import { Pager } from '../../components/Pager';
import { NoAccess } from '../Notices';

/** How often a package still being applied is asked again. */
const POLL_MS = 1500;

/** A package of the load journal: what became of it (the comment), its error packet a page at a time, its file, its replay. */
export function PackageDetails({ id, session, onReplayed }: { id: number; session: Session; onReplayed?: () => void }) {
  const [report, setReport] = useState<PackageReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => packageReport(id).then((r) => {
      if (!live) {
        return;
      }
      setReport(r);
      if (!finished(r.summary)) {
        timer = setTimeout(read, POLL_MS);
      }
    }).catch((e) => live && setError(e));
    read();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);
  if (error instanceof ApiError && error.status === 404) {
    return <NoAccess status={404} />;
  }
  if (error) {
    return <ErrorNote error={error} />;
  }
  if (!report) {
    return <Loading />;
  }
  const s = report.summary;
  return (
    <div class="package" data-testid="package-details" data-status={s.status}>
      <p class={report.errorCount > 0 ? 'alert error' : 'alert info'} data-testid="package-comment">
        {comment(s, report.errorCount, report.errors[0])}
      </p>
      <Facts testid="package-facts" facts={[
        [t('packages.provider'), s.providerName],
        [t('packages.receivedAt'), formatDateTime(s.receivedAt)],
        [t('packages.receivedBy'), s.receivedBy],
        [t('packages.file'), s.fileName],
        [t('packages.format'), s.format ?? s.mediaType],
        [t('packages.status'), <StatusText status={s.status} />],
        [t('packages.rows'), countsText(s)],
        [t('packages.finishedAt'), formatDateTime(s.finishedAt)],
        [t('packages.replayOf'), s.replayOf ? <Link href={`/admin/packages/${s.replayOf}`}>{t('package.number', { id: s.replayOf })}</Link> : null],
      ]} />
      <div class="actions package-actions">
        <a class="button secondary small" href={bodyHref(s.id)} download data-testid="package-body">{t('packages.download')}</a>
        {can(session, 'SUBMIT_PACKAGES') && replayable(s) && <Replay id={s.id} onReplayed={onReplayed} />}
      </div>
      {report.errorCount > 0 && <Errors id={s.id} count={report.errorCount} />}
    </div>
  );
}

/** A package's status in words, coloured by how it went. */
export function StatusText({ status }: { status: string }) {
  return <span class={`status status-${status}`} data-testid="package-status">{t(`package.status.${status}`)}</span>;
}

function Replay({ id, onReplayed }: { id: number; onReplayed?: () => void }) {
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = () => {
    setBusy(true);
    setError(null);
    replay(id).then((r) => { setReceipt(r); onReplayed?.(); }).catch(setError).finally(() => setBusy(false));
  };
  if (receipt) {
    return (
      <span role="status" data-testid="package-replayed">
        {t('packages.replayed')} <Link href={`/admin/packages/${receipt.id}`}>{t('package.number', { id: receipt.id })}</Link>
      </span>
    );
  }
  return (
    <>
      <button type="button" class="button secondary small" disabled={busy} data-testid="package-replay" onClick={send}
        title={t('packages.replayHint')}>{t('packages.replay')}</button>
      <ErrorNote error={error} />
    </>
  );
}

/** The error packet: each finding with its code, the record and field it names, and the value. */
function Errors({ id, count }: { id: number; count: number }) {
  const [page, setPage] = useState<Page<ErrorRow> | null>(null);
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(10);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    packageErrors(id, offset, limit).then(setPage).catch(setError);
  }, [id, offset, limit]);
  return (
    <section class="errors" data-testid="package-error-list" aria-label={t('packages.errors')}>
      <h3>{t('packages.errorsCount', { count })}</h3>
      <ErrorNote error={error} />
      {!page && !error && <Loading />}
      {page && (
        <>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('errors.number')}</th>
                  <th scope="col">{t('errors.code')}</th>
                  <th scope="col">{t('errors.record')}</th>
                  <th scope="col">{t('errors.field')}</th>
                  <th scope="col">{t('errors.value')}</th>
                  <th scope="col">{t('errors.message')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <tr key={e.number} data-testid="package-error" data-code={e.code} data-severity={e.severity}>
                    <td class="num">{e.number}</td>
                    <td><span class="mono">{e.code}</span> <span class="small">{codeTitle(e.code)}</span>
                      <div class="small muted">{has(`errors.severity.${e.severity}`) ? t(`errors.severity.${e.severity}`) : e.severity}</div></td>
                    <td data-testid="error-record">{e.record ?? <span class="muted">{t('errors.wholePackage')}</span>}</td>
                    <td data-testid="error-field">{e.field ?? <span class="muted">—</span>}</td>
                    <td class="mono" data-testid="error-value">{e.value ?? <span class="muted">—</span>}</td>
                    <td class="small">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager id="package-errors" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(o, l) => { setOffset(o); setLimit(l); }} />
        </>
      )}
    </section>
  );
}
