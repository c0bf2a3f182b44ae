import { describe, expect, it } from 'vitest';
import { differences, DuplicatePair, DuplicatePerson, movedRows, nextDay, REASONS, scanBody, suggestedKept } from './duplicates';
import { has, setLanguage } from './i18n';

const person = (id: number, extra: Partial<DuplicatePerson> = {}): DuplicatePerson => ({
  id, surname: 'Скоупова', name: 'Ольга', patronymic: 'Петровна', birthDate: '2015-05-05', sex: 'F', documents: [], memberships: [],
  ...extra,
});

const membership = (id: number, organizationId: number) => ({ id, organizationId, organizationName: `СОШ ${organizationId}`,
  role: 'learner', startsOn: '2025-09-01', current: true });

describe('the differences of a pair', () => {
  it('marks the fields that differ, names compared as the registry compares them', () => {
    const diff = differences(person(1, { name: 'Олга', surname: 'СКОУПОВА', snils: '11223344595' }),
      person(2, { patronymic: ' петровна ', birthDate: '2015-05-05' }));
    expect([...diff.fields].sort()).toEqual(['name', 'snils']);
    expect(differences(person(1, { surname: 'Семёнова' }), person(2, { surname: 'Семенова' })).fields.size).toBe(0);
    expect([...differences(person(1, { birthDate: '2015-05-05' }), person(2, { birthDate: '2015-05-06', sex: null })).fields])
      .toEqual(['birthDate', 'sex']);
  });

  it('marks on each side the documents and organizations the other lacks', () => {
    const a = person(1, { documents: [{ typeCode: 'birth-certificate', series: 'I-ТО', number: '654321' }], memberships: [membership(10, 100)] });
    const b = person(2, {
      documents: [{ typeCode: 'birth-certificate', series: 'IТО', number: '654321' }, { typeCode: 'passport', series: '01 02', number: '123456' }],
      memberships: [membership(11, 100), membership(12, 200)],
    });
    const diff = differences(a, b);
    expect([...diff.documents[0]]).toEqual([]);
    expect([...diff.documents[1]]).toEqual(['passport|0102|123456']);
    expect([...diff.organizations[0]]).toEqual([]);
    expect([...diff.organizations[1]]).toEqual([200]);
  });
});

describe('the person offered to be kept', () => {
  const pair = (first: DuplicatePerson, second: DuplicatePerson): DuplicatePair => ({ first, second, score: 90, reasons: [] });

  it('is the one with a СНИЛС, then with more memberships and documents, then the first entered', () => {
    expect(suggestedKept(pair(person(1), person(2, { snils: '11223344595' })))).toBe(2);
    expect(suggestedKept(pair(person(1, { memberships: [membership(10, 100)] }), person(2)))).toBe(1);
    expect(suggestedKept(pair(person(1), person(2, { memberships: [membership(10, 100)], documents: [{ typeCode: 'passport' }] }))))
      .toBe(2);
    expect(suggestedKept(pair(person(7), person(3)))).toBe(3);
  });
});

describe('a scan of a birth period', () => {
  it('sends both days included: the day after the last as bornBefore', () => {
    expect(scanBody({ from: '1.1.2015', to: '31.12.2015' })).toEqual({ body: { bornFrom: '2015-01-01', bornBefore: '2016-01-01' },
      errors: {} });
    expect(scanBody({ from: '28.02.2016', to: '28.02.2016' }).body).toEqual({ bornFrom: '2016-02-28', bornBefore: '2016-02-29' });
    expect(nextDay('2015-12-31')).toBe('2016-01-01');
  });

  it('names the fields at fault', () => {
    expect(scanBody({ from: '', to: '31.02.2015' })).toEqual({ body: null, errors: { from: 'duplicates.error.required',
      to: 'duplicates.error.date' } });
    expect(scanBody({ from: '02.01.2015', to: '01.01.2015' })).toEqual({ body: null, errors: { to: 'duplicates.error.period' } });
  });
});

describe('what a merge moved', () => {
  it('tells the kinds it moved any of, in a fixed order', () => {
    expect(movedRows({ snils: 0, identity_document: 1, membership: 2, representative: 0, extra: 3 }))
      .toEqual([['membership', 2], ['identity_document', 1], ['extra', 3]]);
    expect(movedRows({ membership: 0 })).toEqual([]);
  });

  it('has a text for every reason and kind in both languages', () => {
    for (const language of ['ru', 'en'] as const) {
      setLanguage(language);
      REASONS.forEach((r) => expect(has(`duplicates.reason.${r}`)).toBe(true));
      ['membership', 'identity_document', 'representative', 'represented', 'programme_completion', 'snils']
        .forEach((k) => expect(has(`duplicates.moved.${k}`)).toBe(true));
    }
    setLanguage('ru');
  });
});
