import { Link } from '../components/Common';
import { t } from '../lib/i18n';

export function UnderConstruction({ section }: { section: string }) {
  return (
    <section class="notice" data-testid="under-construction">
      <h1>{t(`nav.${section}`)}</h1>
      <p class="notice-lead">{t('notice.underConstruction')}</p>
      <p>{t(`notice.planned.${section}`)}</p>
      <p><Link href="/">{t('notice.toHome')}</Link></p>
    </section>
  );
}

/** The page of a refusal: no permission (403), or nothing of that id in the user's part of the region (404). */
export function NoAccess({ status, what = 'record' }: { status: number; what?: 'person' | 'report' | 'record' | 'organization' | 'authority' }) {
  return (
    <section class="notice" data-testid="no-access" data-status={status}>
      <h1>{t('notice.noAccess')}</h1>
      <p class="notice-lead">{status === 404 ? t(`notice.noAccess.${what}`) : t('notice.noAccess.permission')}</p>
      <p><Link href="/">{t('notice.toHome')}</Link></p>
    </section>
  );
}

export function NotFound() {
  return (
    <section class="notice" data-testid="not-found">
      <h1>{t('notice.notFound')}</h1>
      <p><Link href="/">{t('notice.toHome')}</Link></p>
    </section>
  );
}
