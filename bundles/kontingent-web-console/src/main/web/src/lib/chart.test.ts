import { describe, expect, it } from 'vitest';
import { axisMax, chartNumbers, niceScale, pieAngles, shorten } from './chart';

const columns = [
  { key: 'municipality', title: 'Муниципалитет', type: 'TEXT' },
  { key: 'type', title: 'Тип', type: 'TEXT' },
  { key: 'boys', title: 'Мальчики', type: 'INTEGER' },
  { key: 'girls', title: 'Девочки', type: 'INTEGER' },
];
const rows = [
  { kind: 'DATA', values: ['Алейский', 'Школа', 10, 12] },
  { kind: 'DATA', values: ['Алейский', 'Детский сад', 5, 4] },
  { kind: 'SUBTOTAL', values: ['Алейский', null, 15, 16] },
  { kind: 'DATA', values: ['Барнаул', 'Школа', 30, 28] },
  { kind: 'DATA', values: ['Барнаул', null, 1, 1] },
  { kind: 'TOTAL', values: [null, null, 46, 45] },
];
const label = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('chart numbers', () => {
  it('adds up data rows by category in first-seen order, leaving out subtotals and the total', () => {
    const n = chartNumbers({ type: 'STACKED_BAR', categoryColumn: 'type', seriesColumns: ['boys', 'girls'] }, columns, rows, label);
    expect(n.categories).toEqual(['Школа', 'Детский сад', '—']);
    expect(n.series.map((s) => s.values)).toEqual([[40, 5, 1], [40, 4, 1]]);
    expect(n.series[1].title).toBe('Девочки');
    expect(axisMax(n, true)).toBe(80);
    expect(axisMax(n, false)).toBe(40);
  });

  it('keeps the largest categories in their order', () => {
    const n = chartNumbers({ type: 'BAR', categoryColumn: 'type', seriesColumns: ['boys'] }, columns, rows, label, 2);
    expect(n.categories).toEqual(['Школа', 'Детский сад']);
    expect(n.allCategories).toBe(3);
  });
});

describe('scales', () => {
  it('rounds the axis up to steps of 1, 2 or 5', () => {
    expect(niceScale(80)).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(niceScale(1848).max).toBe(2000);
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(7).ticks).toEqual([0, 2, 4, 6, 8]);
  });

  it('shares a pie by value', () => {
    const angles = pieAngles([1, 0, 3]);
    expect(angles[0].share).toBe(0.25);
    expect(angles[1].end - angles[1].start).toBe(0);
    expect(angles[2].end).toBeCloseTo(2 * Math.PI);
  });
});

describe('labels', () => {
  it('keeps the quoted part of an official name and cuts long ones', () => {
    expect(shorten('Управление образования администрации муниципального образования «Алейский район»')).toBe('Алейский район');
    expect(shorten('Средняя общеобразовательная школа')).toBe('Средняя общеобр…');
    expect(shorten('Лицей')).toBe('Лицей');
  });
});
