import { describe, expect, it } from 'vitest';
import { acceptOf, codeTitle, comment, countsText, hasErrors, mediaTypeFor, PackageSummary, replayable } from './gateway';
import { setLanguage } from './i18n';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = [{ id: 'json', mediaTypes: ['application/json'] }, { id: 'excel', mediaTypes: [XLSX] },
  { id: 'xml', mediaTypes: ['text/xml', 'application/xml', 'application/vnd.kontingent.exchange+xml'] }];

const summary = (status: PackageSummary['status'], counts: Partial<PackageSummary> = {}): PackageSummary => ({
  id: 1, providerId: 1, providerName: 'Ручная загрузка', fileName: 'Контингент.xlsx', mediaType: XLSX, format: 'excel',
  receivedAt: '2026-11-23T10:00:00Z', receivedBy: 'admin', status, received: 2, applied: 1, refused: 1, flagged: 0,
  finishedAt: status === 'received' ? null : '2026-11-23T10:00:02Z', replayOf: null, ...counts,
});

describe('uploads', () => {
  it('sends a file as the media type of the installed format its extension names', () => {
    expect(mediaTypeFor('Контингент.XLSX', '', FORMATS)).toBe(XLSX);
    expect(mediaTypeFor('pupils.xml', 'text/xml', FORMATS)).toBe('application/xml');
    expect(mediaTypeFor('data.csv', 'text/csv', FORMATS)).toBeNull();
    expect(mediaTypeFor('data', 'application/vnd.kontingent.exchange+xml', FORMATS)).toBe('application/vnd.kontingent.exchange+xml');
    expect(mediaTypeFor('list.xlsx', XLSX, FORMATS.filter((f) => f.id !== 'excel'))).toBeNull();
  });

  it('offers the extensions of the installed Excel and XML formats', () => {
    expect(acceptOf(FORMATS)).toBe('.xlsx,.xml');
    expect(acceptOf([FORMATS[0]])).toBe('');
  });
});

describe('the load journal', () => {
  it('marks the packages with errors', () => {
    expect(hasErrors(summary('partially-applied'))).toBe(true);
    expect(hasErrors(summary('rejected', { received: 0, applied: 0, refused: 0 }))).toBe(true);
    expect(hasErrors(summary('applied', { refused: 0, flagged: 2 }))).toBe(true);
    expect(hasErrors(summary('applied', { refused: 0 }))).toBe(false);
    expect(replayable(summary('applied', { refused: 0 }))).toBe(false);
    expect(replayable(summary('rejected'))).toBe(true);
  });

  it('comments on what became of a package', () => {
    setLanguage('ru');
    expect(countsText(summary('partially-applied'))).toBe('получено 2 · загружено 1 · отклонено 1');
    expect(comment(summary('partially-applied'), 1)).toBe('Загружено 1 из 2 записей, отклонено 1; ошибок и замечаний: 1.'
      + ' Исправьте строки и загрузите файл снова.');
    expect(comment(summary('received'), 0)).toBe('Пакет принят и ждёт обработки.');
    const { finishedAt: _left, ...withoutEnd } = summary('validating');
    expect(comment({ ...withoutEnd, status: 'applied' }, 0)).toBe('Пакет принят и ждёт обработки.');
    expect(comment(summary('rejected', { received: 0, applied: 0, refused: 0 }), 1,
      { number: 1, code: 101, severity: 'package', record: null, field: null, value: null, message: 'Not a workbook' }))
      .toBe('Пакет отклонён целиком: Not a workbook');
    expect(codeTitle(202)).toBe('Значение поля не в своём формате');
    expect(codeTitle(999)).toBe('999');
    setLanguage('en');
    expect(comment(summary('applied', { applied: 2, refused: 0 }), 0)).toBe('All records loaded: 2 of 2.');
    setLanguage('ru');
  });
});
