import { describe, expect, it } from 'vitest';
import { academicYear, academicYearStart, formatDate, formatNumber, pagingText, parseDate } from './format';
import { keys, setLanguage, t } from './i18n';

describe('dates', () => {
  it('shows ISO dates as dd.MM.yyyy and reads them back', () => {
    expect(formatDate('2015-05-05')).toBe('05.05.2015');
    expect(formatDate(null)).toBe('');
    expect(parseDate('5.5.2015')).toBe('2015-05-05');
    expect(parseDate('31.02.2015')).toBeNull();
    expect(parseDate('2015-05-05')).toBeNull();
  });

  it('knows the academic year', () => {
    expect(academicYear(new Date(2026, 8, 1))).toBe('2026-2027');
    expect(academicYear(new Date(2026, 7, 31))).toBe('2025-2026');
    expect(academicYearStart(new Date(2027, 0, 10))).toBe('2026-09-01');
  });
});

describe('texts', () => {
  it('pages as «1 – 10 из N»', () => {
    setLanguage('ru');
    expect(pagingText(0, 10, 5659)).toBe('1 – 10 из 5\u00a0659');
    expect(pagingText(10, 10, 5659)).toBe('11 – 20 из 5\u00a0659');
    expect(pagingText(0, 0, 0)).toBe('Ничего не найдено');
    expect(formatNumber(1848)).toBe('1\u00a0848');
  });

  it('fills placeholders and speaks English when asked', () => {
    expect(t('paging.range', { first: 1, last: 2, total: 3 })).toBe('1 – 2 из 3');
    setLanguage('en');
    expect(t('nav.contingent')).toBe('Learners');
    expect(pagingText(0, 10, 25)).toBe('1 – 10 of 25');
    setLanguage('ru');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('has every Russian text in English too', () => {
    expect(keys('en').sort()).toEqual(keys('ru').sort());
  });
});
