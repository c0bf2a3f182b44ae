import { ComponentChildren } from 'preact';
import { ADMIN_SCREENS, AdminScreen, adminScreens, screenOf } from '../../lib/admin';
import { t } from '../../lib/i18n';
import { match } from '../../lib/router';
import { can, Session } from '../../lib/session';
import { Link } from '../../components/Common';
import { NoAccess, NotFound } from '../Notices';
import { Users } from './Users';
import { LoadJournal } from './LoadJournal';
import { PackagePage } from './PackagePage';
import { Upload } from './Upload';
import { Providers } from './Providers';
import { Plugins } from './Plugins';
import { ActionJournal } from './ActionJournal';
import { Duplicates } from './Duplicates';
import { Subjects } from './Subjects';
import { Subordination } from './Subordination';

/** «Администрирование»: its screens, each shown in the sub-navigation only to those with its permission. */
export function Administration({ session, path }: { session: Session; path: string }) {
  const screens = adminScreens(session.permissions);
  const screen = screenOf(path);
  return (
    <div class="admin" data-testid="admin">
      <nav class="subnav" aria-label={t('admin.nav')} data-testid="admin-nav">
        <ul>
          {screens.map((s) => (
            <li key={s}>
              <Link href={`/admin/${s}`} testid={`admin-nav-${s}`} class={s === screen ? 'active' : undefined}>{t(`admin.${s}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <div class="admin-main">
        <Screen session={session} path={path} screen={screen} allowed={screen !== null && screens.includes(screen)} />
      </div>
    </div>
  );
}

function Screen({ session, path, screen, allowed }: { session: Session; path: string; screen: AdminScreen | null; allowed: boolean }) {
  if (path === '/admin') {
    return <Overview session={session} />;
  }
  if (screen === null) {
    return <NotFound />;
  }
  if (!allowed) {
    return <NoAccess status={403} />;
  }
  const only = (page: ComponentChildren) => (path === `/admin/${screen}` ? page : <NotFound />);
  switch (screen) {
    case 'users':
      return only(<Users session={session} />);
    case 'packages': {
      const opened = match('/admin/packages/:id', path);
      return opened ? <PackagePage id={opened.id} session={session} /> : only(<LoadJournal session={session} />);
    }
    case 'upload':
      return only(<Upload session={session} />);
    case 'providers':
      return only(<Providers />);
    case 'plugins':
      return only(<Plugins />);
    case 'duplicates':
      return only(<Duplicates />);
    case 'subjects':
      return only(<Subjects session={session} />);
    case 'subordination':
      return only(<Subordination session={session} />);
    case 'journal':
      return only(<ActionJournal session={session} />);
    default:
      return <NotFound />;
  }
}

/** The start of the section: what each screen is for. */
function Overview({ session }: { session: Session }) {
  const screens = ADMIN_SCREENS.filter((s) => can(session, s.permission));
  return (
    <div class="page" data-testid="admin-overview">
      <h1>{t('nav.admin')}</h1>
      <ul class="admin-cards">
        {screens.map((s) => (
          <li key={s.id} class="card">
            <h2><Link href={`/admin/${s.id}`} testid={`admin-card-${s.id}`}>{t(`admin.${s.id}`)}</Link></h2>
            <p class="muted small">{t(`admin.${s.id}.lead`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
