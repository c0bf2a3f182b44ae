import { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { allowed, SECTIONS } from '../App';
import { api } from '../lib/api';
import { Language, LANGUAGES, language, setLanguage, t } from '../lib/i18n';
import { useLocation } from '../lib/router';
import { Session, signOut } from '../lib/session';
import { Link } from './Common';

/** The part of the region the user sees, by name where the registry gives it. */
function useScopeName(session: Session): string {
  const { kind, id } = session.scope;
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    setName(null);
    if (kind === 'AUTHORITY' && session.permissions.includes('READ_REGISTRY')) {
      api.get<any>(`/api/v1/authorities/${id}`).then((a) => setName(a?.authority?.shortName || a?.authority?.fullName)).catch(() => undefined);
    } else if (kind === 'ORGANIZATION' && session.permissions.includes('READ_REGISTRY')) {
      api.get<any>(`/api/v1/organizations/${id}`).then((o) => setName(o?.organization?.shortName || o?.organization?.fullName))
        .catch(() => undefined);
    }
  }, [kind, id]);
  if (kind === 'REGION') {
    return t('scope.region');
  }
  return name ?? t(`scope.${kind}`, { id: id ?? '' });
}

export function LanguageSelect() {
  return (
    <label class="language">
      <span>{t('language.label')}</span>
      <select value={language()} data-testid="language" onChange={(e) => setLanguage((e.target as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`, undefined, l)}</option>)}
      </select>
    </label>
  );
}

export function Shell({ session, children }: { session: Session; children: ComponentChildren }) {
  const { path } = useLocation();
  const scope = useScopeName(session);
  const active = (sectionPath: string) => sectionPath === '/'
    ? path === '/'
    : path === sectionPath || path.startsWith(`${sectionPath}/`) || (sectionPath === '/contingent' && path.startsWith('/persons/'));
  return (
    <div class="shell">
      <a class="skip" href="#main">{t('app.skipToContent')}</a>
      <header class="header">
        <div class="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <div>
            <div class="brand-name">{t('app.name')}</div>
            <div class="brand-sub">{t('app.subtitle')}</div>
          </div>
        </div>
        <div class="user" data-testid="user">
          <div class="user-name" data-testid="user-name">{session.displayName || session.login}</div>
          <div class="user-meta">
            <span data-testid="user-role">{t(`role.${session.role}`)}</span>
            <span aria-hidden="true"> · </span>
            <span data-testid="user-scope">{scope}</span>
          </div>
        </div>
        <div class="header-actions">
          <LanguageSelect />
          <button type="button" class="button secondary small" data-testid="sign-out" onClick={() => signOut()}>{t('app.signOut')}</button>
        </div>
      </header>
      <nav class="nav" aria-label={t('nav.label')}>
        <ul>
          {SECTIONS.filter((s) => allowed(session, s.permission)).map((s) => (
            <li key={s.id}>
              <Link href={s.path} testid={`nav-${s.id}`} class={active(s.path) ? 'active' : undefined}>{t(`nav.${s.id}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="main" tabIndex={-1}>{children}</main>
      <footer class="footer">{t('app.footer')}</footer>
    </div>
  );
}
