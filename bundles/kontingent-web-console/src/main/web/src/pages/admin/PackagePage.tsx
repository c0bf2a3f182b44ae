import { t } from '../../lib/i18n';
import { Session } from '../../lib/session';
import { Link } from '../../components/Common';
import { NotFound } from '../Notices';
import { PackageDetails } from './PackageDetails';

/** A package of the load journal on a page of its own (/admin/packages/17), as the upload's result links to it. */
export function PackagePage({ id, session }: { id: string; session: Session }) {
  if (!/^\d+$/.test(id)) {
    return <NotFound />;
  }
  return (
    <div class="page" data-testid="package-page">
      <nav class="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link href="/admin/packages">{t('admin.packages')}</Link> <span aria-hidden="true">›</span> <span>{t('package.number', { id })}</span>
      </nav>
      <h1>{t('package.title', { id })}</h1>
      <PackageDetails id={Number(id)} session={session} />
    </div>
  );
}
