/** The numbers of a chart, as the report engine draws it into the PDF (its ChartData): pure, tested. */

export type ChartType = 'BAR' | 'STACKED_BAR' | 'LINE' | 'PIE';

export interface ChartSpec {
  type: ChartType;
  categoryColumn: string;
  seriesColumns: string[];
}

export interface ColumnSpec {
  key: string;
  title: string;
  type: string;
  summed?: boolean;
}

export interface ResultRow {
  kind: string;
  values: unknown[];
}

export interface Series {
  key: string;
  title: string;
  values: number[];
}

export interface ChartNumbers {
  categories: string[];
  series: Series[];
  /** How many categories there were before the largest were kept. */
  allCategories: number;
}

const NO_CATEGORY = '—';

/**
 * One point per category (the category column's value as shown), its values the series
 * columns added up over the data rows of that category; subtotals and the total left out;
 * categories in the order they first appear. Only the largest {@code max} categories are kept
 * (by the sum of their values' magnitudes), in their order.
 */
export function chartNumbers(chart: ChartSpec, columns: ColumnSpec[], rows: ResultRow[], label: (value: unknown, column: ColumnSpec) => string,
  max = 24): ChartNumbers {
  const categoryIndex = columns.findIndex((c) => c.key === chart.categoryColumn);
  const seriesIndexes = chart.seriesColumns.map((key) => columns.findIndex((c) => c.key === key));
  const sums = new Map<string, number[]>();
  for (const row of rows) {
    if (row.kind !== 'DATA') {
      continue;
    }
    const shown = categoryIndex < 0 ? '' : label(row.values[categoryIndex], columns[categoryIndex]);
    const key = shown === '' ? NO_CATEGORY : shown;
    let point = sums.get(key);
    if (!point) {
      point = seriesIndexes.map(() => 0);
      sums.set(key, point);
    }
    seriesIndexes.forEach((index, i) => {
      const value = row.values[index];
      if (typeof value === 'number') {
        point![i] += value;
      }
    });
  }
  let entries = [...sums.entries()];
  const allCategories = entries.length;
  if (entries.length > max) {
    const magnitude = (values: number[]) => values.reduce((sum, v) => sum + Math.abs(v), 0);
    const kept = new Set(entries.map((e, i) => ({ i, m: magnitude(e[1]) })).sort((a, b) => b.m - a.m).slice(0, max).map((e) => e.i));
    entries = entries.filter((_, i) => kept.has(i));
  }
  return {
    categories: entries.map((e) => e[0]),
    series: seriesIndexes.map((index, i) => ({
      key: chart.seriesColumns[i],
      title: index < 0 ? chart.seriesColumns[i] : columns[index].title,
      values: entries.map((e) => e[1][i]),
    })),
    allCategories,
  };
}

/** A round upper bound for an axis and its ticks: steps of 1, 2 or 5 times a power of ten. */
export function niceScale(maxValue: number, tickCount = 5): { max: number; ticks: number[] } {
  if (!(maxValue > 0)) {
    return { max: 1, ticks: [0, 1] };
  }
  const rough = maxValue / tickCount;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const fraction = rough / power;
  const step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  const max = Math.ceil(maxValue / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) {
    ticks.push(Number(v.toPrecision(12)));
  }
  return { max, ticks };
}

/** The largest value an axis must show: the tallest bar, or the tallest stack. */
export function axisMax(numbers: ChartNumbers, stacked: boolean): number {
  let max = 0;
  numbers.categories.forEach((_, c) => {
    if (stacked) {
      max = Math.max(max, numbers.series.reduce((sum, s) => sum + Math.max(0, s.values[c]), 0));
    } else {
      numbers.series.forEach((s) => (max = Math.max(max, s.values[c])));
    }
  });
  return max;
}

/** The angles of a pie's slices, from the top clockwise, in radians; zero values give empty slices. */
export function pieAngles(values: number[]): { start: number; end: number; share: number }[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  let angle = 0;
  return values.map((v) => {
    const share = total > 0 ? Math.max(0, v) / total : 0;
    const start = angle;
    angle += share * 2 * Math.PI;
    return { start, end: angle, share };
  });
}

/** A category's label under the axis: the quoted part of an official name («Алейский район») when there is one, cut to fit. */
export function shorten(label: string, max = 16): string {
  const quoted = /«([^»]+)»/.exec(label);
  const text = quoted ? quoted[1] : label;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
