import { useEffect, useState } from 'preact/hooks';
import { onSessionLost } from './lib/api';
import { language, onLanguageChange, t } from './lib/i18n';
import { match, useLocation } from './lib/router';
import { can, loadSession, Session, sessionLost, useSession } from './lib/session';
import { Shell } from './components/Shell';
import { Loading } from './components/Common';
import { SignIn } from './pages/SignIn';
import { PasswordChange } from './pages/PasswordChange';
import { Home } from './pages/Home';
import { Contingent } from './pages/Contingent';
import { PersonPage } from './pages/Person';
import { ReportCatalogue } from './pages/Reports';
import { ReportPage } from './pages/Report';
import { Organizations } from './pages/Organizations';
import { OrganizationPage } from './pages/Organization';
import { Authorities } from './pages/Authorities';
import { AuthorityPage } from './pages/Authority';
import { NoAccess, NotFound, UnderConstruction } from './pages/Notices';
import { Administration } from './pages/admin/Administration';

/** The sections of the console, in the navigation's order, with the permission each needs. */
export const SECTIONS: { id: string; path: string; permission: string | null; built: boolean }[] = [
  { id: 'home', path: '/', permission: null, built: true },
  { id: 'contingent', path: '/contingent', permission: 'READ_PERSONS', built: true },
  { id: 'organizations', path: '/organizations', permission: 'READ_REGISTRY', built: true },
  { id: 'authorities', path: '/authorities', permission: 'READ_REGISTRY', built: true },
  { id: 'reports', path: '/reports', permission: 'RUN_REPORTS', built: true },
  { id: 'admin', path: '/admin', permission: 'ADMINISTRATION', built: true },
];

// an organization's employee uploads files and reads the load journal there (DOMAIN §5)
const ADMINISTRATION = ['MANAGE_USERS', 'MANAGE_PROVIDERS', 'MANAGE_DICTIONARIES', 'MANAGE_SUBORDINATION', 'MANAGE_PLUGINS',
  'MERGE_PERSONS', 'READ_ACTION_JOURNAL', 'UPLOAD_DATA', 'READ_LOAD_JOURNAL'];

export function allowed(session: Session, permission: string | null): boolean {
  if (permission === null) {
    return true;
  }
  if (permission === 'ADMINISTRATION') {
    return ADMINISTRATION.some((p) => can(session, p));
  }
  return can(session, permission);
}

export function App() {
  const state = useSession();
  const [, setLanguageTick] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    loadSession().catch((e) => setFailure(String(e?.message ?? e)));
    const off = onSessionLost((error) => sessionLost(error.code));
    const offLanguage = onLanguageChange(() => setLanguageTick((tick) => tick + 1));
    return () => {
      off();
      offLanguage();
    };
  }, []);
  useEffect(() => {
    document.title = t('app.title');
  });
  if (failure) {
    return <div class="centered"><div class="alert error" role="alert">{t('app.unavailable', { message: failure })}</div></div>;
  }
  if (state.status === 'loading') {
    return <div class="centered"><Loading /></div>;
  }
  if (state.status === 'anonymous') {
    return <SignIn reason={state.reason} />;
  }
  if (state.session.passwordChangeRequired) {
    return <PasswordChange session={state.session} />;
  }
  return (
    <Shell session={state.session}>
      {/* mounted again in a new language: what the server wrote in the old one (report columns, legends, forms) is read again */}
      <Routes key={language()} session={state.session} />
    </Shell>
  );
}

function Routes({ session }: { session: Session }) {
  const { path } = useLocation();
  const clean = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const section = SECTIONS.find((s) => s.path !== '/' && (clean === s.path || clean.startsWith(`${s.path}/`)))
    ?? (clean.startsWith('/persons/') ? SECTIONS[1] : clean === '/' || clean === '' ? SECTIONS[0] : undefined);
  if (!section) {
    return <NotFound />;
  }
  if (!allowed(session, section.permission)) {
    return <NoAccess status={403} />;
  }
  if (!section.built) {
    return <UnderConstruction section={section.id} />;
  }
  if (section.id === 'home') {
    return <Home session={session} />;
  }
  if (section.id === 'contingent') {
    const person = match('/persons/:id', clean);
    if (person) {
      return <PersonPage id={person.id} />;
    }
    return clean === '/contingent' ? <Contingent /> : <NotFound />;
  }
  if (section.id === 'organizations') {
    const organization = match('/organizations/:id', clean);
    if (organization) {
      return <OrganizationPage id={organization.id} session={session} />;
    }
    return clean === '/organizations' ? <Organizations /> : <NotFound />;
  }
  if (section.id === 'authorities') {
    const authority = match('/authorities/:id', clean);
    if (authority) {
      return <AuthorityPage id={authority.id} />;
    }
    return clean === '/authorities' ? <Authorities /> : <NotFound />;
  }
  if (section.id === 'reports') {
    const report = match('/reports/:id', clean);
    if (report) {
      return <ReportPage id={report.id} />;
    }
    return clean === '/reports' ? <ReportCatalogue /> : <NotFound />;
  }
  if (section.id === 'admin') {
    return <Administration session={session} path={clean} />;
  }
  return <NotFound />;
}
