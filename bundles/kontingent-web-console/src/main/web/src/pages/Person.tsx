import { useEffect, useState } from 'preact/hooks';
import {
  achievementValidity, achievementWhat, achievementsOf, eventDays, eventLevel, eventName, eventParticipation, eventResult,
  type AchievementsSection,
} from '../lib/achievements';
import { api, ApiError } from '../lib/api';
import { nameOf, useDictionary } from '../lib/dictionaries';
import { formatDate, fullName } from '../lib/format';
import { has, t } from '../lib/i18n';
import { navigate, useLocation } from '../lib/router';
import { ErrorNote, Facts, Link, Loading, Tabs } from '../components/Common';
import { NoAccess } from './Notices';

interface Summary {
  id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: string | null;
  maskedSnils: string | null;
}

interface Membership {
  id: number;
  organizationId: number;
  organizationName: string;
  organizationTypeCode: string | null;
  settlement: string | null;
  role: string;
  startsOn: string | null;
  enrollmentOrderNumber: string | null;
  enrollmentOrderDate: string | null;
  endsOn: string | null;
  leavingReasonCode: string | null;
  leavingOrderNumber: string | null;
  leavingOrderDate: string | null;
  currentClass: string | null;
  current: boolean;
}

interface Portfolio {
  id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: string | null;
  snils: string | null;
  citizenship: string | null;
  birthplace: string | null;
  registrationAddress: string | null;
  residenceAddress: string | null;
  phone: string | null;
  email: string | null;
  documents: { typeCode: string; series: string | null; number: string | null; issuedOn: string | null; issuer: string | null }[];
  representatives: { person: Summary; relationshipCode: string | null }[];
  represented: { person: Summary; relationshipCode: string | null }[];
  memberships: Membership[];
  asOf: string;
}

interface Card {
  person: Portfolio;
  sections: Record<string, Record<string, unknown>>;
}

/** Sections extensions add that belong to a tab of the portfolio rather than a tab of their own. */
const PERFORMANCE_SECTIONS = ['performance', 'marks', 'attestation'];
const ACHIEVEMENT_SECTIONS = ['achievements'];

export function PersonPage({ id }: { id: string }) {
  const { query } = useLocation();
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<unknown>(null);
  const tab = query.get('tab') ?? 'general';
  useEffect(() => {
    setCard(null);
    setError(null);
    if (!/^\d+$/.test(id)) {
      setError(new ApiError(404, 'registry.not-found', ''));
      return;
    }
    api.get<Card>(`/api/v1/persons/${id}`).then(setCard).catch(setError);
  }, [id]);
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return <NoAccess status={error.status} what="person" />;
  }
  if (error) {
    return <ErrorNote error={error} />;
  }
  if (!card) {
    return <Loading />;
  }
  const p = card.person;
  const extra = Object.keys(card.sections ?? {}).filter((s) => !PERFORMANCE_SECTIONS.includes(s) && !ACHIEVEMENT_SECTIONS.includes(s));
  const tabs = [
    { id: 'general', title: t('person.tab.general') },
    { id: 'migration', title: t('person.tab.migration') },
    { id: 'performance', title: t('person.tab.performance') },
    ...extra.map((s) => ({ id: `section-${s}`, title: has(`section.${s}`) ? t(`section.${s}`) : s })),
  ];
  const select = (next: string) => navigate(`/persons/${id}?tab=${next}`, true);
  return (
    <div class="page" data-testid="person">
      <nav class="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link href="/contingent">{t('nav.contingent')}</Link> <span aria-hidden="true">›</span> <span>{t('person.portfolio')}</span>
      </nav>
      <h1 data-testid="person-name">{fullName(p)}</h1>
      <p class="lead">{t('person.lead', { birthDate: formatDate(p.birthDate) || '—', asOf: formatDate(p.asOf) })}</p>
      <Tabs tabs={tabs} current={tabs.some((x) => x.id === tab) ? tab : 'general'} onSelect={select} />
      <div class="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
        {tab === 'migration' ? <Migration card={card} />
          : tab === 'performance' ? <Performance card={card} />
            : tab.startsWith('section-') ? <Section data={card.sections[tab.slice('section-'.length)]} />
              : <General p={p} />}
      </div>
    </div>
  );
}

function General({ p }: { p: Portfolio }) {
  const documentTypes = useDictionary('document-type');
  const relationships = useDictionary('relationship-kind');
  return (
    <>
      <section class="card">
        <h2>{t('person.details')}</h2>
        <Facts testid="person-details" facts={[
          [t('person.fullName'), fullName(p)],
          [t('person.birthDate'), formatDate(p.birthDate)],
          [t('person.sex'), p.sex ? t(`sex.${p.sex}`) : ''],
          [t('person.snils'), p.snils ? <span class="mono" data-testid="person-snils">{p.snils}</span> : ''],
          [t('person.citizenship'), p.citizenship],
          [t('person.birthplace'), p.birthplace],
        ]} />
      </section>
      <section class="card">
        <h2>{t('person.contacts')}</h2>
        <Facts facts={[
          [t('person.registrationAddress'), p.registrationAddress],
          [t('person.residenceAddress'), p.residenceAddress],
          [t('person.phone'), p.phone],
          [t('person.email'), p.email],
        ]} />
      </section>
      <section class="card">
        <h2>{t('person.representatives')}</h2>
        {p.representatives.length === 0 ? <p class="muted">{t('person.noRepresentatives')}</p> : (
          <Relations relations={p.representatives} relationships={relationships} />
        )}
        {p.represented.length > 0 && (
          <>
            <h3>{t('person.represented')}</h3>
            <Relations relations={p.represented} relationships={relationships} />
          </>
        )}
      </section>
      <section class="card">
        <h2>{t('person.documents')}</h2>
        {p.documents.length === 0 ? <p class="muted">{t('person.noDocuments')}</p> : (
          <div class="table-wrap">
            <table class="table">
              <thead><tr><th scope="col">{t('document.type')}</th><th scope="col">{t('document.series')}</th><th scope="col">{t('document.number')}</th>
                <th scope="col">{t('document.issuedOn')}</th><th scope="col">{t('document.issuer')}</th></tr></thead>
              <tbody>
                {p.documents.map((d, i) => (
                  <tr key={i}><td>{nameOf(documentTypes, d.typeCode)}</td><td class="mono">{d.series}</td><td class="mono">{d.number}</td>
                    <td>{formatDate(d.issuedOn)}</td><td>{d.issuer}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function Relations({ relations, relationships }: { relations: { person: Summary; relationshipCode: string | null }[]; relationships?: { code: string; name: string; parentCode: string | null }[] }) {
  return (
    <div class="table-wrap">
      <table class="table">
        <thead><tr><th scope="col">{t('person.fullName')}</th><th scope="col">{t('person.relationship')}</th><th scope="col">{t('person.birthDate')}</th>
          <th scope="col">{t('person.snils')}</th></tr></thead>
        <tbody>
          {relations.map((r) => (
            <tr key={r.person.id}>
              <td><Link href={`/persons/${r.person.id}`}>{fullName(r.person)}</Link></td>
              <td>{nameOf(relationships, r.relationshipCode)}</td>
              <td>{formatDate(r.person.birthDate)}</td>
              <td class="mono">{r.person.maskedSnils}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function order(number: string | null, date: string | null): string {
  if (!number && !date) {
    return '';
  }
  return t('person.order', { number: number ?? '—', date: formatDate(date) || '—' });
}

function Migration({ card }: { card: Card }) {
  const types = useDictionary('organization-type');
  const reasons = useDictionary('leaving-reason');
  const memberships = [...card.person.memberships].sort((a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? ''));
  const achievements = ACHIEVEMENT_SECTIONS.map((s) => card.sections?.[s]).filter(Boolean);
  return (
    <>
      <section class="card">
        <h2>{t('person.organizations')}</h2>
        {memberships.length === 0 ? <p class="muted">{t('person.noMemberships')}</p> : (
          <div class="table-wrap">
            <table class="table" data-testid="memberships">
              <thead>
                <tr>
                  <th scope="col">{t('membership.organization')}</th><th scope="col">{t('membership.type')}</th>
                  <th scope="col">{t('membership.settlement')}</th><th scope="col">{t('membership.class')}</th>
                  <th scope="col">{t('membership.role')}</th><th scope="col">{t('membership.start')}</th>
                  <th scope="col">{t('membership.end')}</th>
                </tr>
              </thead>
              <tbody>
                {memberships.map((m) => (
                  <tr key={m.id} data-testid="membership" class={m.current ? 'current' : undefined}>
                    <td>{m.organizationName}{m.current && <span class="badge">{t('membership.current')}</span>}</td>
                    <td>{nameOf(types, m.organizationTypeCode)}</td>
                    <td>{m.settlement}</td>
                    <td>{m.currentClass ?? <span class="muted">—</span>}</td>
                    <td>{has(`membership.role.${m.role}`) ? t(`membership.role.${m.role}`) : m.role}</td>
                    <td>{formatDate(m.startsOn)}<div class="small muted">{order(m.enrollmentOrderNumber, m.enrollmentOrderDate)}</div></td>
                    <td>{m.endsOn ? formatDate(m.endsOn) : <span class="muted">—</span>}
                      {m.leavingReasonCode && <div class="small">{nameOf(reasons, m.leavingReasonCode)}</div>}
                      <div class="small muted">{order(m.leavingOrderNumber, m.leavingOrderDate)}</div></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="card">
        <h2>{t('person.programmes')}</h2>
        <p class="muted" data-testid="programmes-none">{t('person.noProgrammes')}</p>
      </section>
      <section class="card">
        <h2>{t('person.achievements')}</h2>
        {achievements.length === 0 ? <p class="muted">{t('person.noAchievements')}</p> : achievements.map((a, i) => {
          const known = achievementsOf(a);
          return known ? <Achievements key={i} data={known} /> : <Section key={i} data={a!} />;
        })}
      </section>
    </>
  );
}

function Performance({ card }: { card: Card }) {
  const sections = PERFORMANCE_SECTIONS.filter((s) => card.sections?.[s]);
  if (sections.length === 0) {
    return (
      <section class="card">
        <h2>{t('person.tab.performance')}</h2>
        <p data-testid="performance-none">{t('person.noMarks')}</p>
      </section>
    );
  }
  return <>{sections.map((s) => <section class="card" key={s}><h2>{has(`section.${s}`) ? t(`section.${s}`) : s}</h2><Section data={card.sections[s]} /></section>)}</>;
}

/** The portfolio extension's events and other achievements, as the seeds list them, the latest first. */
function Achievements({ data }: { data: AchievementsSection }) {
  return (
    <div data-testid="achievements">
      {data.events && data.events.length > 0 && (
        <div class="table-wrap">
          <h3>{t('achievements.events')}</h3>
          <table class="table" data-testid="achievement-events">
            <thead>
              <tr>
                <th scope="col">{t('achievements.days')}</th><th scope="col">{t('achievements.event')}</th>
                <th scope="col">{t('achievements.kind')}</th><th scope="col">{t('achievements.level')}</th>
                <th scope="col">{t('achievements.result')}</th><th scope="col">{t('achievements.participation')}</th>
                <th scope="col">{t('achievements.awardedTitle')}</th><th scope="col">{t('achievements.document')}</th>
              </tr>
            </thead>
            <tbody>
              {data.events.map((e, i) => (
                <tr key={i} data-testid="achievement-event">
                  <td>{eventDays(e)}</td>
                  <td>{eventName(e)}{e.organizer && <div class="small muted">{t('achievements.organizer')}: {e.organizer}</div>}</td>
                  <td>{e.kindName ?? e.kind}</td>
                  <td>{eventLevel(e)}</td>
                  <td>{eventResult(e)}</td>
                  <td>{eventParticipation(e)}</td>
                  <td>{e.awardedTitle ?? <span class="muted">—</span>}</td>
                  <td class="mono">{e.documentNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.achievements && data.achievements.length > 0 && (
        <div class="table-wrap">
          <h3>{t('achievements.other')}</h3>
          <table class="table" data-testid="achievement-others">
            <thead>
              <tr>
                <th scope="col">{t('achievements.awardedOn')}</th><th scope="col">{t('achievements.kind')}</th>
                <th scope="col">{t('achievements.what')}</th><th scope="col">{t('achievements.level')}</th>
                <th scope="col">{t('achievements.issuer')}</th><th scope="col">{t('achievements.document')}</th>
              </tr>
            </thead>
            <tbody>
              {data.achievements.map((a, i) => (
                <tr key={i} data-testid="achievement-other">
                  <td>{formatDate(a.awardedOn)}</td>
                  <td>{a.kindName ?? a.kind}</td>
                  <td>{achievementWhat(a)}{a.validUntil && <div class="small muted">{achievementValidity(a)}</div>}</td>
                  <td>{a.levelName ?? a.level}</td>
                  <td>{a.issuer}</td>
                  <td class="mono">{a.documentNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** A section an extension adds, shown as it comes: values as facts, lists of records as tables. */
function Section({ data }: { data: Record<string, unknown> }) {
  const entries = Object.entries(data ?? {});
  const plain = entries.filter(([, v]) => !Array.isArray(v) && (v === null || typeof v !== 'object'));
  const lists = entries.filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
  return (
    <div data-testid="extension-section">
      {plain.length > 0 && <Facts facts={plain.map(([k, v]) => [k, v === null ? '' : String(v)])} />}
      {lists.map(([k, list]) => {
        const columns = [...new Set(list.flatMap((row) => (row && typeof row === 'object' ? Object.keys(row as object) : [])))];
        return (
          <div class="table-wrap" key={k}>
            <h3>{k}</h3>
            <table class="table">
              <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
              <tbody>{list.map((row, i) => <tr key={i}>{columns.map((c) => <td key={c}>{String((row as any)?.[c] ?? '')}</td>)}</tr>)}</tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
