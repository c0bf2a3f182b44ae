import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api';
import { t } from '../lib/i18n';
import { Catalogue } from '../lib/reports';
import { ErrorNote, Link, Loading } from '../components/Common';

/** How often the catalogue is asked again, so that a form bundle installed or removed shows without a reload. */
const REFRESH_MS = 3000;

export function ReportCatalogue() {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let last = '';
    let live = true;
    const read = () => api.get<Catalogue>('/api/v1/reports').then((c) => {
      const text = JSON.stringify(c);
      if (live && text !== last) {
        last = text;
        setCatalogue(c);
      }
      setError(null);
    }).catch((e) => live && setError(e));
    read();
    const timer = setInterval(() => document.visibilityState === 'visible' && read(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return (
    <div class="page" data-testid="reports">
      <h1>{t('nav.reports')}</h1>
      <p class="lead">{t('reports.lead')}</p>
      <ErrorNote error={error} />
      {!catalogue && !error && <Loading />}
      {catalogue && catalogue.categories.length === 0 && <p class="muted">{t('reports.none')}</p>}
      <div class="catalogue">
        {catalogue?.categories.map((category) => (
          <section class="card" key={category.id} data-testid={`category-${category.id}`}>
            <h2>{category.title}</h2>
            <ul class="form-list">
              {category.forms.map((form) => (
                <li key={form.id} data-testid="report-form" data-id={form.id}>
                  <Link href={`/reports/${encodeURIComponent(form.id)}`} testid={`report-${form.id}`}>{form.title}</Link>
                  {form.description && <p class="small muted">{form.description}</p>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {catalogue && catalogue.broken.length > 0 && (
        <section class="card warning">
          <h2>{t('reports.broken')}</h2>
          <ul>{catalogue.broken.map((b) => <li key={b.bundle}>{b.bundle} {b.version}: {b.error}</li>)}</ul>
        </section>
      )}
    </div>
  );
}
