import { formatDate, formatNumber } from './format';
import { t } from './i18n';

/** A learner's participation in an event, as the portfolio section «achievements» gives it (codes with their names). */
export interface PortfolioEvent {
  startsOn: string;
  endsOn?: string;
  organizationId?: number;
  name: string;
  kind: string;
  kindName?: string;
  subject?: string;
  level: string;
  levelName?: string;
  stage?: string;
  stageName?: string;
  result: string;
  resultName?: string;
  place?: number;
  score?: number;
  participation?: string;
  participationName?: string;
  teamName?: string;
  documentNumber?: string;
  organizer?: string;
  awardedTitle?: string;
}

/** Another achievement: a ГТО badge, a sports rank or title, a qualification rank, a certificate, a scholarship. */
export interface PortfolioAchievement {
  awardedOn: string;
  organizationId?: number;
  kind: string;
  kindName?: string;
  name?: string;
  badge?: string;
  badgeName?: string;
  gtoStage?: number;
  rank?: string;
  rankName?: string;
  grade?: number;
  sport?: string;
  level?: string;
  levelName?: string;
  validUntil?: string;
  issuer?: string;
  documentNumber?: string;
}

/** The portfolio extension's section (id «achievements»): either part is left out when empty. */
export interface AchievementsSection {
  events?: PortfolioEvent[];
  achievements?: PortfolioAchievement[];
}

/** The section in its shape, or null when it is not one (another extension's section of the same id, «unavailable»). */
export function achievementsOf(section: Record<string, unknown> | undefined): AchievementsSection | null {
  if (!section) {
    return null;
  }
  const events = section.events;
  const achievements = section.achievements;
  if ((events !== undefined && !Array.isArray(events)) || (achievements !== undefined && !Array.isArray(achievements))
    || (events === undefined && achievements === undefined)) {
    return null;
  }
  return { events: events as PortfolioEvent[] | undefined, achievements: achievements as PortfolioAchievement[] | undefined };
}

/** The days of an event: its day, or «first – last» for one of several days. */
export function eventDays(e: Pick<PortfolioEvent, 'startsOn' | 'endsOn'>): string {
  return e.endsOn && e.endsOn !== e.startsOn ? `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}` : formatDate(e.startsOn);
}

/** The event's name with its subject or area: «ВсОШ по математике (Математика)». */
export function eventName(e: Pick<PortfolioEvent, 'name' | 'subject'>): string {
  return e.subject && !e.name.includes(e.subject) ? `${e.name} (${e.subject})` : e.name;
}

/** The level with the stage: «Муниципальный, муниципальный этап». */
export function eventLevel(e: Pick<PortfolioEvent, 'level' | 'levelName' | 'stage' | 'stageName'>): string {
  const stage = e.stageName ?? e.stage;
  return [e.levelName ?? e.level, stage ? stage.charAt(0).toLowerCase() + stage.slice(1) : null].filter(Boolean).join(', ');
}

/** The result with the place and score: «Призёр, 2 место, баллы: 34,5». */
export function eventResult(e: Pick<PortfolioEvent, 'result' | 'resultName' | 'place' | 'score'>): string {
  const parts = [e.resultName ?? e.result];
  if (e.place !== undefined && e.place !== null) {
    parts.push(t('achievements.place', { place: e.place }));
  }
  if (e.score !== undefined && e.score !== null) {
    parts.push(t('achievements.score', { score: formatNumber(e.score) }));
  }
  return parts.join(', ');
}

/** Individual, or the team by its name. */
export function eventParticipation(e: Pick<PortfolioEvent, 'participation' | 'participationName' | 'teamName'>): string {
  if (e.participation === 'team' && e.teamName) {
    return t('achievements.team', { team: e.teamName });
  }
  return e.participationName ?? e.participation ?? '';
}

/** What an achievement is: the badge with its stage, the rank or title with its sport, the profession with its grade, or its name. */
export function achievementWhat(a: PortfolioAchievement): string {
  if (a.kind === 'gto-badge') {
    return [a.badgeName ?? a.badge, a.gtoStage ? t('achievements.gtoStage', { stage: a.gtoStage }) : null].filter(Boolean).join(', ');
  }
  if (a.rank) {
    return [a.rankName ?? a.rank, a.sport].filter(Boolean).join(', ');
  }
  if (a.grade) {
    return [a.name, t('achievements.grade', { grade: a.grade })].filter(Boolean).join(', ');
  }
  return a.name ?? '';
}

/** Until when an achievement holds: «до 01.04.2028», or nothing for one that does not expire. */
export function achievementValidity(a: Pick<PortfolioAchievement, 'validUntil'>): string {
  return a.validUntil ? t('achievements.validUntil', { date: formatDate(a.validUntil) }) : '';
}
