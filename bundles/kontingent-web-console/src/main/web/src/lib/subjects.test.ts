import { describe, expect, it } from 'vitest';
import { checkMasterSubject, namesQuery } from './subjects';

describe('subject names query', () => {
  it('leaves out what is not given and says mapped as true or false', () => {
    expect(namesQuery({ text: '  ', mapped: '' })).toEqual({});
    expect(namesQuery({ text: ' Физ ', mapped: 'no' })).toEqual({ text: 'Физ', mapped: 'false' });
    expect(namesQuery({ text: '', mapped: 'yes' })).toEqual({ mapped: 'true' });
  });
});

describe('master subject form', () => {
  it('takes a code of Latin words joined by hyphens, a name and an optional order', () => {
    expect(checkMasterSubject('native-history', 'История родного края', '')).toEqual({});
    expect(checkMasterSubject('native-history', 'История', '15')).toEqual({});
  });

  it('names each wrong field', () => {
    expect(checkMasterSubject('Native History', ' ', 'first')).toEqual({
      code: 'subjects.code.rule', name: 'subjects.name.rule', order: 'subjects.order.rule',
    });
    expect(checkMasterSubject('history-', 'x'.repeat(301), '')).toEqual({ code: 'subjects.code.rule', name: 'subjects.name.rule' });
  });
});
