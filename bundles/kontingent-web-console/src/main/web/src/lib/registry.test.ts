import { describe, expect, it } from 'vitest';
import { byGrade, ClassSummary, courseColumns, hasAreas, shiftYear, Specialty } from './registry';

const c = (id: number, name: string, grade: number | null): ClassSummary =>
  ({ id, name, grade, specialization: null, studyFormCode: null, capacity: null, learners: 0 });

describe('the class grid', () => {
  it('puts the classes in a column per grade, grades in order and those without one last', () => {
    const grid = byGrade([c(1, '1а', 1), c(2, 'ГКП', null), c(3, '10а', 10), c(4, '1б', 1), c(5, '2а', 2)]);
    expect(grid.map((g) => g.grade)).toEqual([1, 2, 10, null]);
    expect(grid[0].classes.map((x) => x.name)).toEqual(['1а', '1б']);
  });

  it('moves an academic year back and forth', () => {
    expect(shiftYear('2026-2027', -1)).toBe('2025-2026');
    expect(shiftYear('2026-2027', 1)).toBe('2027-2028');
  });
});

describe('the specialties of a college', () => {
  const s = (byCourse: number[]): Specialty =>
    ({ code: '08.02.01', name: null, kind: 'mid-level-specialists', kindName: '', learners: 0, byCourse });

  it('shows the courses up to the last one anyone is on, at least four', () => {
    expect(courseColumns([s([3, 1, 0, 0, 0, 0])])).toBe(4);
    expect(courseColumns([s([0, 0, 0, 0, 2, 0]), s([1, 0, 0, 0, 0, 0])])).toBe(5);
    expect(courseColumns([])).toBe(4);
  });
});

describe('the areas of an organization', () => {
  it('are shown when an extension the console knows sends a section, even an unavailable one', () => {
    expect(hasAreas({})).toBe(false);
    expect(hasAreas({ additional: { unavailable: 'the tables are gone' } })).toBe(true);
    expect(hasAreas({ vocational: { specialties: [] } })).toBe(true);
  });
});
