import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../lib/api';
import { t } from '../lib/i18n';
import { signIn } from '../lib/session';
import { LanguageSelect } from '../components/Shell';

const ESIA = '/api/v1/session/esia';

/** Whether sign-in through ЕСИА is served: the plugin's endpoint is in the API description as deployed now. */
function useEsia(): boolean {
  const [served, setServed] = useState(false);
  useEffect(() => {
    fetch('/api/openapi.json', { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc) => setServed(Boolean(doc?.paths && ESIA in doc.paths)))
      .catch(() => setServed(false));
  }, []);
  return served;
}

export function SignIn({ reason }: { reason?: string }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const esia = useEsia();
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
    } catch (err) {
      const code = err instanceof ApiError ? err.code : '';
      setError(code === 'security.account-locked' ? t('signin.locked')
        : err instanceof ApiError && err.status === 401 ? t('signin.wrong')
          : err instanceof ApiError && err.status === 400 ? t('signin.missing') : t('common.error', { message: String((err as Error).message) }));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="signin-page">
      <div class="signin-card">
        <div class="signin-head">
          <img src="/favicon.svg" alt="" width="40" height="40" />
          <div>
            <h1>{t('app.name')}</h1>
            <p class="muted">{t('app.subtitle')}</p>
          </div>
        </div>
        {reason === 'expired' && <div class="alert info" role="status">{t('signin.expired')}</div>}
        {reason === 'signed-out' && <div class="alert info" role="status" data-testid="signed-out">{t('signin.signedOut')}</div>}
        <form onSubmit={submit} data-testid="signin-form">
          <h2>{t('signin.title')}</h2>
          <div class="field">
            <label for="login">{t('signin.login')}</label>
            <input id="login" name="login" autocomplete="username" required value={login} data-testid="login"
              onInput={(e) => setLogin((e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="password">{t('signin.password')}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required value={password}
              data-testid="password" onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
          </div>
          {error && <div class="alert error" role="alert" data-testid="signin-error">{error}</div>}
          <button type="submit" class="button primary wide" disabled={busy} data-testid="signin-submit">{t('signin.submit')}</button>
        </form>
        {esia && (
          <div class="esia">
            <span class="muted">{t('signin.or')}</span>
            <a class="button secondary wide" href={ESIA} data-testid="signin-esia">{t('signin.esia')}</a>
          </div>
        )}
        <div class="signin-foot"><LanguageSelect /></div>
      </div>
    </div>
  );
}
