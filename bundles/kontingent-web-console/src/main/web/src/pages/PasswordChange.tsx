import { useState } from 'preact/hooks';
import { ApiError } from '../lib/api';
import { t } from '../lib/i18n';
import { changePassword, Session, signOut } from '../lib/session';

/** The forced change of a one-time password, before anything else can be done. */
export function PasswordChange({ session }: { session: Session }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (next !== repeat) {
      setError(t('password.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? t('password.wrongCurrent')
        : err instanceof ApiError && err.status === 400 ? t('password.policy', { message: err.message })
          : t('common.error', { message: String((err as Error).message) }));
    } finally {
      setBusy(false);
    }
  };
  const input = (id: string, value: string, set: (v: string) => void, label: string, autocomplete: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="password" required autocomplete={autocomplete} value={value} data-testid={id}
        onInput={(e) => set((e.target as HTMLInputElement).value)} />
    </div>
  );
  return (
    <div class="signin-page">
      <div class="signin-card">
        <form onSubmit={submit} data-testid="password-form">
          <h1>{t('password.title')}</h1>
          <p>{t('password.lead', { login: session.login })}</p>
          <p class="muted">{t('password.rules')}</p>
          {input('current-password', current, setCurrent, t('password.current'), 'current-password')}
          {input('new-password', next, setNext, t('password.new'), 'new-password')}
          {input('repeat-password', repeat, setRepeat, t('password.repeat'), 'new-password')}
          {error && <div class="alert error" role="alert" data-testid="password-error">{error}</div>}
          <button type="submit" class="button primary wide" disabled={busy} data-testid="password-submit">{t('password.submit')}</button>
          <button type="button" class="button link" onClick={() => signOut()}>{t('app.signOut')}</button>
        </form>
      </div>
    </div>
  );
}
