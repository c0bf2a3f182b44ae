import { axisMax, ChartNumbers, ChartType, niceScale, pieAngles, shorten } from '../lib/chart';
import { formatNumber } from '../lib/format';
import { t } from '../lib/i18n';

/** Muted, distinguishable colours for series and slices (print-safe, colour-blind aware order). */
export const PALETTE = ['#1d4f91', '#c8902c', '#2a7f8f', '#8a4f7d', '#6b7a90', '#4d7f3a', '#a4453a', '#3b6fb6', '#b3a125', '#5c5c5c'];

interface Props {
  type: ChartType;
  numbers: ChartNumbers;
  title: string;
}

const W = 760;
const H = 320;
const M = { top: 16, right: 16, bottom: 78, left: 64 };

/** A chart of a report's result, drawn as SVG: bar, stacked bar, line or pie. */
export function Chart({ type, numbers, title }: Props) {
  if (numbers.categories.length === 0) {
    return <p class="muted">{t('chart.empty')}</p>;
  }
  return (
    <figure class="chart" data-testid="chart" data-type={type}>
      {type === 'PIE' ? <Pie numbers={numbers} title={title} /> : <Axes type={type} numbers={numbers} title={title} />}
      <Legend numbers={numbers} type={type} />
      {numbers.allCategories > numbers.categories.length && (
        <figcaption class="muted">{t('chart.largest', { shown: numbers.categories.length, all: numbers.allCategories })}</figcaption>
      )}
    </figure>
  );
}

function Legend({ numbers, type }: { numbers: ChartNumbers; type: ChartType }) {
  const items = type === 'PIE' ? numbers.categories : numbers.series.map((s) => s.title);
  return (
    <ul class="legend">
      {items.map((item, i) => (
        <li key={item}>
          <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill={PALETTE[i % PALETTE.length]} /></svg>
          {type === 'PIE' ? `${item}: ${formatNumber(numbers.series[0].values[i])}` : item}
        </li>
      ))}
    </ul>
  );
}

function Axes({ type, numbers, title }: Props) {
  const stacked = type === 'STACKED_BAR';
  const scale = niceScale(axisMax(numbers, stacked));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / numbers.categories.length;
  const y = (v: number) => M.top + plotH - (Math.max(0, v) / scale.max) * plotH;
  const groupW = band * 0.72;
  const barW = stacked || type === 'LINE' ? groupW : groupW / numbers.series.length;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} data-testid="chart-svg" class="chart-svg">
      <title>{title}</title>
      {scale.ticks.map((tick) => (
        <g key={tick} class="tick">
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
          <text x={M.left - 8} y={y(tick) + 4} text-anchor="end">{formatNumber(tick)}</text>
        </g>
      ))}
      <line class="axis" x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} />
      {numbers.categories.map((category, c) => {
        const x0 = M.left + c * band + (band - groupW) / 2;
        let base = 0;
        return (
          <g key={category} data-category={category}>
            {type !== 'LINE' && numbers.series.map((s, i) => {
              const value = s.values[c];
              const top = stacked ? base + Math.max(0, value) : Math.max(0, value);
              const bottom = stacked ? base : 0;
              base = top;
              const x = stacked ? x0 : x0 + i * barW;
              return (
                <rect key={s.key} data-testid={stacked ? 'chart-segment' : 'chart-bar'} data-series={s.key} data-value={value}
                  x={x} width={Math.max(1, barW - 2)} y={y(top)} height={Math.max(0, y(bottom) - y(top))} fill={PALETTE[i % PALETTE.length]}>
                  <title>{`${category} — ${s.title}: ${formatNumber(value)}`}</title>
                </rect>
              );
            })}
            <text class="category" x={M.left + c * band + band / 2} y={M.top + plotH + 14}
              transform={numbers.categories.length > 6 ? `rotate(30 ${M.left + c * band + band / 2} ${M.top + plotH + 14})` : undefined}
              text-anchor={numbers.categories.length > 6 ? 'start' : 'middle'}>{shorten(category)}</text>
          </g>
        );
      })}
      {type === 'LINE' && numbers.series.map((s, i) => {
        const points = s.values.map((v, c) => [M.left + c * band + band / 2, y(v)] as const);
        return (
          <g key={s.key} data-series={s.key}>
            <polyline class="line" fill="none" stroke={PALETTE[i % PALETTE.length]} points={points.map((p) => p.join(',')).join(' ')} />
            {points.map((p, c) => (
              <circle key={c} data-testid="chart-point" data-value={s.values[c]} cx={p[0]} cy={p[1]} r="4" fill={PALETTE[i % PALETTE.length]}>
                <title>{`${numbers.categories[c]} — ${s.title}: ${formatNumber(s.values[c])}`}</title>
              </circle>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function Pie({ numbers, title }: Omit<Props, 'type'>) {
  const values = numbers.series[0].values;
  const angles = pieAngles(values);
  const cx = 160;
  const cy = 150;
  const r = 130;
  const point = (a: number) => [cx + r * Math.sin(a), cy - r * Math.cos(a)];
  return (
    <svg viewBox="0 0 320 300" role="img" aria-label={title} data-testid="chart-svg" class="chart-svg pie">
      <title>{title}</title>
      {angles.map((a, i) => {
        const [x1, y1] = point(a.start);
        const [x2, y2] = point(a.end);
        const large = a.end - a.start > Math.PI ? 1 : 0;
        const d = a.share >= 0.9999
          ? `M ${cx} ${cy - r} A ${r} ${r} 0 1 1 ${cx - 0.01} ${cy - r} Z`
          : `M ${cx} ${cy} L ${x1} ${y1} A ${r} ${r} 0 ${large} 1 ${x2} ${y2} Z`;
        return (
          <path key={numbers.categories[i]} data-testid="chart-slice" data-category={numbers.categories[i]} data-value={values[i]} d={d}
            fill={PALETTE[i % PALETTE.length]} stroke="#fff" stroke-width="1">
            <title>{`${numbers.categories[i]}: ${formatNumber(values[i])} (${formatNumber(a.share * 100, 1)} %)`}</title>
          </path>
        );
      })}
    </svg>
  );
}
