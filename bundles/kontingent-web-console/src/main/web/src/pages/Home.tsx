import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../lib/api';
import { chartNumbers, ChartNumbers, ChartSpec, ColumnSpec, ResultRow } from '../lib/chart';
import { formatDate, formatNumber, isoDay } from '../lib/format';
import { t } from '../lib/i18n';
import { cell, definition, runToEnd } from '../lib/reports';
import { can, Session } from '../lib/session';
import { Chart } from '../components/Chart';
import { Link, Loading } from '../components/Common';

const BY_TYPE = 'statistics.organizations-by-type';
const LEARNERS = 'statistics.learners-by-organization-type';

interface Panel {
  numbers?: ChartNumbers;
  chart?: ChartSpec;
  rows?: ResultRow[];
  columns?: ColumnSpec[];
  error?: string;
}

/** Runs one of the installed statistics forms with its defaults (the whole scope, today) for a panel. */
function useStatistics(id: string, enabled: boolean): Panel | null {
  const [panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    if (!enabled) {
      return;
    }
    const abort = new AbortController();
    Promise.all([definition(id), runToEnd(id, {}, abort.signal)])
      .then(([def, { rows, columns }]) => setPanel({ rows, columns, chart: def.chart ?? undefined,
        numbers: def.chart ? chartNumbers(def.chart, columns, rows, cell) : undefined }))
      .catch((e) => !abort.signal.aborted && setPanel({
        error: e instanceof ApiError && e.status === 404 ? t('home.formMissing') : String(e?.message ?? e),
      }));
    return () => abort.abort();
  }, [id, enabled]);
  return panel;
}

interface DayLoad {
  providerId: number;
  providerName: string;
  day: string;
  packages: number;
  applied: number;
  partial: number;
  rejected: number;
  records: number;
}

function useLoads(enabled: boolean) {
  const [loads, setLoads] = useState<DayLoad[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (enabled) {
      api.get<DayLoad[]>('/api/v1/gateway/load-dynamics').then(setLoads).catch((e) => setError(String(e?.message ?? e)));
    }
  }, [enabled]);
  return { loads, error };
}

function total(panel: Panel | null, column: string): number | null {
  const index = panel?.columns?.findIndex((c) => c.key === column) ?? -1;
  const row = panel?.rows?.find((r) => r.kind === 'TOTAL');
  return index >= 0 && row && typeof row.values[index] === 'number' ? (row.values[index] as number) : null;
}

export function Home({ session }: { session: Session }) {
  const reports = can(session, 'RUN_REPORTS');
  const journal = can(session, 'READ_LOAD_JOURNAL');
  const organizations = useStatistics(BY_TYPE, reports);
  const learners = useStatistics(LEARNERS, reports);
  const { loads, error: loadError } = useLoads(journal);
  const today = isoDay(new Date());
  const perProvider = new Map<string, number>();
  let todayRecords = 0;
  loads?.forEach((l) => {
    perProvider.set(l.providerName, (perProvider.get(l.providerName) ?? 0) + l.records);
    if (l.day === today) {
      todayRecords += l.records;
    }
  });
  const loadNumbers: ChartNumbers = {
    categories: [...perProvider.keys()],
    series: [{ key: 'records', title: t('home.records'), values: [...perProvider.values()] }],
    allCategories: perProvider.size,
  };
  return (
    <div class="page" data-testid="home">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead', { date: formatDate(today) })}</p>
      {!reports && !journal && <p class="muted">{t('home.nothing')}</p>}
      <div class="cards">
        {reports && (
          <section class="card" data-testid="home-organizations">
            <h2>{t('home.organizationsByType')}</h2>
            <Figure panel={organizations} title={t('home.organizationsByType')}
              summary={total(organizations, 'organizations')} summaryLabel={t('home.organizationsTotal')} />
          </section>
        )}
        {reports && (
          <section class="card span-2" data-testid="home-learners">
            <h2>{t('home.learnersByType')}</h2>
            <Figure panel={learners} title={t('home.learnersByType')}
              summary={total(learners, 'learners')} summaryLabel={t('home.learnersTotal')} />
          </section>
        )}
        {journal && (
          <section class="card wide" data-testid="home-loads">
            <h2>{t('home.loads')}</h2>
            <p class="muted">{t('home.loadsPeriod')}</p>
            {loadError && <div class="alert error">{loadError}</div>}
            {!loads && !loadError && <Loading />}
            {loads && (
              <>
                <div class="big-number" data-testid="home-today"><span>{t('home.today')}</span><strong>{formatNumber(todayRecords)}</strong></div>
                {loads.length === 0 ? <p class="muted">{t('home.noLoads')}</p> : <Chart type="BAR" numbers={loadNumbers} title={t('home.loads')} />}
              </>
            )}
          </section>
        )}
      </div>
      {reports && <p><Link href="/reports">{t('home.allReports')}</Link></p>}
    </div>
  );
}

function Figure({ panel, title, summary, summaryLabel }: { panel: Panel | null; title: string; summary: number | null; summaryLabel: string }) {
  if (!panel) {
    return <Loading what={t('home.counting')} />;
  }
  if (panel.error) {
    return <p class="muted">{panel.error}</p>;
  }
  return (
    <>
      {summary !== null && <div class="big-number"><span>{summaryLabel}</span><strong>{formatNumber(summary)}</strong></div>}
      {panel.chart && panel.numbers && <Chart type={panel.chart.type} numbers={panel.numbers} title={title} />}
    </>
  );
}
