import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { Provider, providers } from '../../lib/gateway';
import { t } from '../../lib/i18n';
import { ErrorNote, Loading } from '../../components/Common';
import { Dialog } from '../../components/Dialog';
import { Priorities } from './Priorities';

type Opened = { kind: 'suspend' | 'priorities'; provider: Provider } | null;

/** «Поставщики данных»: the registered regional systems, their suspension, and their organizations with their priority in each. */
export function Providers() {
  const [list, setList] = useState<Provider[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<Opened>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    providers().then(setList).catch(setError);
  }, [reload]);
  const changed = () => setReload((n) => n + 1);
  const resume = (p: Provider) => {
    setError(null);
    api.del(`/api/v1/gateway/providers/${p.id}/suspension`).then(changed).catch(setError);
  };
  return (
    <div class="page" data-testid="providers">
      <h1>{t('admin.providers')}</h1>
      <p class="lead">{t('admin.providers.lead')}</p>
      <ErrorNote error={error} />
      {!list && !error && <Loading />}
      {list && list.length === 0 && <p class="muted">{t('providers.none')}</p>}
      {list && list.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <caption class="sr-only">{t('admin.providers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('providers.name')}</th>
                <th scope="col">{t('providers.operator')}</th>
                <th scope="col">{t('providers.status')}</th>
                <th scope="col">{t('providers.organizations')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id} data-testid="provider-row" data-code={p.code} data-status={p.status}>
                  <td><strong>{p.name}</strong><div class="small muted mono">{p.code}</div></td>
                  <td>{p.operator}{p.contacts && <div class="small muted">{p.contacts}</div>}</td>
                  <td>
                    <span class={`status ${p.status === 'active' ? 'status-applied' : 'status-rejected'}`}>{t(`providers.status.${p.status}`)}</span>
                    {p.statusReason && <div class="small">{p.statusReason}</div>}
                    {p.status === 'suspended' && p.statusChangedAt && <div class="small muted">{formatDateTime(p.statusChangedAt)}</div>}
                  </td>
                  <td>
                    <button type="button" class="button link" data-testid="provider-priorities"
                      onClick={() => setOpened({ kind: 'priorities', provider: p })}>
                      {t('providers.organizationsCount', { count: p.organizations.length })}</button>
                  </td>
                  <td class="row-actions">
                    {p.status === 'active'
                      ? <button type="button" class="button link" data-testid="provider-suspend"
                        onClick={() => setOpened({ kind: 'suspend', provider: p })}>{t('providers.suspend')}</button>
                      : <button type="button" class="button link" data-testid="provider-resume" onClick={() => resume(p)}>{t('providers.resume')}</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opened?.kind === 'suspend' && <SuspendDialog provider={opened.provider} onClose={() => setOpened(null)} onChanged={changed} />}
      {opened?.kind === 'priorities' && (
        <Dialog title={t('providers.priorities.title', { name: opened.provider.name })} onClose={() => setOpened(null)} testid="priorities-dialog" wide>
          <Priorities provider={opened.provider} onSaved={changed} />
        </Dialog>
      )}
    </div>
  );
}

function SuspendDialog({ provider, onClose, onChanged }: { provider: Provider; onClose: () => void; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    api.post(`/api/v1/gateway/providers/${provider.id}/suspension`, { reason: reason.trim() })
      .then(() => { setDone(true); onChanged(); }).catch(setError);
  };
  return (
    <Dialog title={t('providers.suspend.title', { name: provider.name })} onClose={onClose} testid="suspend-dialog">
      {done ? <p role="status">{t('providers.suspended', { name: provider.name })}</p> : (
        <form onSubmit={submit}>
          <p>{t('providers.suspend.lead')}</p>
          <div class={missing ? 'field invalid' : 'field'}>
            <label for="suspend-reason">{t('providers.reason')}<span class="required" aria-hidden="true"> *</span></label>
            <input id="suspend-reason" type="text" value={reason} required aria-invalid={missing || undefined}
              onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
            {missing && <span class="field-error">{t('providers.reasonRequired')}</span>}
          </div>
          <ErrorNote error={error} />
          <div class="actions"><button type="submit" class="button primary">{t('providers.suspend')}</button></div>
        </form>
      )}
    </Dialog>
  );
}
