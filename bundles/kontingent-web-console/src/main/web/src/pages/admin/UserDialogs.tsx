import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { t } from '../../lib/i18n';
import { ApiKey, CreatedUser, IssuedKey, issueKey, keysOf, resetPassword, revokeKey, setActive, UserView } from '../../lib/users';
import { ErrorNote, Loading } from '../../components/Common';
import { Dialog } from '../../components/Dialog';
import { Secret } from '../../components/Secret';

/** A new one-time password for an account: asked for, then shown once. */
export function PasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reset = () => {
    setBusy(true);
    resetPassword(user).then(setCreated).catch(setError).finally(() => setBusy(false));
  };
  return (
    <Dialog title={t('users.resetPassword.title', { login: user.login })} onClose={onClose} testid="password-dialog">
      {created ? (
        <Secret label={t('users.oneTimePassword')} value={created.oneTimePassword} testid="reset-password" />
      ) : (
        <>
          <p>{t('users.resetPassword.lead')}</p>
          <ErrorNote error={error} />
          <div class="actions">
            <button type="button" class="button primary" disabled={busy} data-testid="password-confirm" onClick={reset}>
              {t('users.resetPassword')}</button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** Suspending or resuming an account: a suspended one cannot sign in and its sessions end. */
export function ActiveDialog({ user, onClose, onChanged }: { user: UserView; onClose: () => void; onChanged: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const suspend = user.active;
  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setActive(user, !suspend).then(() => { setDone(true); onChanged(); }).catch(setError).finally(() => setBusy(false));
  };
  return (
    <Dialog title={t(suspend ? 'users.suspend.title' : 'users.resume.title', { login: user.login })} onClose={onClose} testid="active-dialog">
      {done ? <p role="status" data-testid="active-done">{t(suspend ? 'users.suspended' : 'users.resumed', { login: user.login })}</p> : (
        <form onSubmit={submit}>
          <p>{t(suspend ? 'users.suspend.lead' : 'users.resume.lead')}</p>
          <ErrorNote error={error} />
          <div class="actions">
            <button type="submit" class="button primary" disabled={busy} data-testid="active-confirm">
              {t(suspend ? 'users.suspend' : 'users.resume')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** The API keys of a provider's representative: live and revoked, a new one (its credential shown once), revoking one. */
export function KeysDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [days, setDays] = useState('365');
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    keysOf(user).then(setKeys).catch(setError);
  }, [reload]);
  const issue = (e: Event) => {
    e.preventDefault();
    setError(null);
    issueKey(user, Number(days)).then((k) => { setIssued(k); setReload((n) => n + 1); }).catch(setError);
  };
  const revoke = (key: ApiKey) => {
    setError(null);
    revokeKey(user, key.keyId).then(() => setReload((n) => n + 1)).catch(setError);
  };
  return (
    <Dialog title={t('users.keys.title', { login: user.login })} onClose={onClose} testid="keys-dialog" wide>
      {issued && <Secret label={t('users.keys.credential', { key: issued.keyId })} value={issued.credential} testid="key-credential" />}
      <ErrorNote error={error} />
      {!keys && !error && <Loading />}
      {keys && keys.length === 0 && <p class="muted">{t('users.keys.none')}</p>}
      {keys && keys.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('users.keys.id')}</th>
              <th scope="col">{t('users.keys.created')}</th>
              <th scope="col">{t('users.keys.expires')}</th>
              <th scope="col">{t('users.keys.state')}</th>
              <th scope="col"><span class="sr-only">{t('users.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => {
              const live = !k.revokedAt && new Date(k.expiresAt).getTime() > Date.now();
              return (
                <tr key={k.keyId} data-testid="key-row" data-key={k.keyId}>
                  <td class="mono">{k.keyId}</td>
                  <td>{formatDateTime(k.createdAt)}</td>
                  <td>{formatDateTime(k.expiresAt)}</td>
                  <td>{k.revokedAt ? t('users.keys.revoked', { at: formatDateTime(k.revokedAt) }) : live ? t('users.keys.live') : t('users.keys.expired')}</td>
                  <td>{live && <button type="button" class="button link" data-testid="key-revoke" onClick={() => revoke(k)}>{t('users.keys.revoke')}</button>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form class="inline-form" onSubmit={issue}>
        <label for="key-days">{t('users.keys.days')}</label>
        <input id="key-days" type="number" min={1} max={730} value={days} onInput={(e) => setDays((e.target as HTMLInputElement).value)} />
        <button type="submit" class="button primary" data-testid="key-issue">{t('users.keys.issue')}</button>
      </form>
    </Dialog>
  );
}
