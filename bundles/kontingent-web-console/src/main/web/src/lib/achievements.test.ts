import { describe, expect, it } from 'vitest';
import {
  achievementValidity, achievementWhat, achievementsOf, eventDays, eventLevel, eventName, eventParticipation, eventResult,
} from './achievements';
import { setLanguage } from './i18n';

const olympiad = {
  startsOn: '2025-11-20', name: 'Всероссийская олимпиада школьников', kind: 'olympiad', subject: 'Математика',
  level: 'municipal', levelName: 'Муниципальный', stage: 'municipal', stageName: 'Муниципальный этап',
  result: 'prize-winner', resultName: 'Призёр', place: 2, score: 34.5, participation: 'individual',
  participationName: 'Индивидуальное',
};

describe('the portfolio section «achievements»', () => {
  it('takes the section of events and achievements, and nothing else', () => {
    expect(achievementsOf({ events: [olympiad] })).toEqual({ events: [olympiad], achievements: undefined });
    expect(achievementsOf({ unavailable: 'the database is down' })).toBeNull();
    expect(achievementsOf({ events: 'none' })).toBeNull();
    expect(achievementsOf(undefined)).toBeNull();
  });

  it('reads an event: its days, name, level with stage, result with place and score, and the team', () => {
    setLanguage('ru');
    expect(eventDays(olympiad)).toBe('20.11.2025');
    expect(eventDays({ startsOn: '2026-05-14', endsOn: '2026-05-15' })).toBe('14.05.2026 – 15.05.2026');
    expect(eventName(olympiad)).toBe('Всероссийская олимпиада школьников (Математика)');
    expect(eventName({ name: 'ВсОШ по математике', subject: 'математике' })).toBe('ВсОШ по математике');
    expect(eventLevel(olympiad)).toBe('Муниципальный, муниципальный этап');
    expect(eventLevel({ level: 'regional', levelName: 'Региональный' })).toBe('Региональный');
    expect(eventResult(olympiad)).toBe('Призёр, 2 место, баллы: 34,5');
    expect(eventResult({ result: 'participant', resultName: 'Участник' })).toBe('Участник');
    expect(eventParticipation(olympiad)).toBe('Индивидуальное');
    expect(eventParticipation({ participation: 'team', participationName: 'Командное', teamName: 'Сборная колледжа' }))
      .toBe('Команда «Сборная колледжа»');
  });

  it('reads an achievement by its kind', () => {
    setLanguage('ru');
    expect(achievementWhat({ awardedOn: '2026-03-15', kind: 'gto-badge', badge: 'gold', badgeName: 'Золотой знак отличия', gtoStage: 4 }))
      .toBe('Золотой знак отличия, 4 ступень');
    expect(achievementWhat({ awardedOn: '2026-04-01', kind: 'sports-rank', rank: 'adult-2', rankName: 'Второй спортивный разряд', sport: 'Плавание' }))
      .toBe('Второй спортивный разряд, Плавание');
    expect(achievementWhat({ awardedOn: '2026-06-25', kind: 'qualification-rank', name: 'Слесарь', grade: 3 })).toBe('Слесарь, 3 разряд');
    expect(achievementWhat({ awardedOn: '2026-05-20', kind: 'certificate', name: 'Сертификат B1' })).toBe('Сертификат B1');
    expect(achievementValidity({ validUntil: '2028-04-01' })).toBe('до 01.04.2028');
    expect(achievementValidity({})).toBe('');
  });

  it('speaks English', () => {
    setLanguage('en');
    expect(eventResult({ result: 'winner', resultName: 'Победитель', place: 1, score: 93.5 })).toBe('Победитель, place 1, score 93.5');
    expect(achievementWhat({ awardedOn: '2026-03-15', kind: 'gto-badge', badge: 'gold', gtoStage: 4 })).toBe('gold, stage 4');
    setLanguage('ru');
  });
});
