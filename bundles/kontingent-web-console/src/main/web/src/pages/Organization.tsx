import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../lib/api';
import { nameOf, useDictionary } from '../lib/dictionaries';
import { formatDate, formatNumber, fullName } from '../lib/format';
import { has, t } from '../lib/i18n';
import {
  byGrade, ClassSummary, courseColumns, hasAreas, Orientation, OrganizationPortfolio, OrganizationSections, Page, shiftYear,
  Specialty,
} from '../lib/registry';
import { navigate, useLocation } from '../lib/router';
import { can, Session } from '../lib/session';
import { ErrorNote, Facts, Link, Loading, Tabs } from '../components/Common';
import { Pager } from '../components/Pager';
import { SortHeader } from '../components/SortHeader';
import { NoAccess } from './Notices';

const TABS = ['general', 'requisites', 'branches', 'classes', 'subjects', 'areas', 'learners'] as const;

/** A link or a mail address that the card gives: clickable when it is one. */
function Website({ url }: { url: string | null }) {
  if (!url) {
    return null;
  }
  const href = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return <a href={href} target="_blank" rel="noopener noreferrer">{url}</a>;
}

/**
 * The organization's portfolio: general, requisites, branches, classes by academic year, subjects, the areas the
 * installed extensions report (a college's specialties, the orientations of additional education) and learners.
 */
export function OrganizationPage({ id, session }: { id: string; session: Session }) {
  const { query } = useLocation();
  const tab = TABS.find((x) => x === query.get('tab')) ?? 'general';
  const year = query.get('year') ?? '';
  const [card, setCard] = useState<OrganizationPortfolio | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setError(null);
    if (!/^\d+$/.test(id)) {
      setError(new ApiError(404, 'registry.not-found', ''));
      return;
    }
    const abort = new AbortController();
    api.get<OrganizationPortfolio>(`/api/v1/organizations/${id}`, { year }, abort.signal).then(setCard)
      .catch((e) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [id, year]);
  const [sections, setSections] = useState<OrganizationSections>({});
  useEffect(() => {
    setSections({});
    if (!/^\d+$/.test(id)) {
      return;
    }
    const abort = new AbortController();
    // the extensions' sections are extra: without them the card is served all the same
    api.get<OrganizationSections>(`/api/v1/organizations/${id}/sections`, {}, abort.signal).then(setSections)
      .catch(() => !abort.signal.aborted && setSections({}));
    return () => abort.abort();
  }, [id]);
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return <NoAccess status={error.status} what="organization" />;
  }
  if (error) {
    return <ErrorNote error={error} />;
  }
  if (!card || String(card.organization.id) !== id) {
    return <Loading />;
  }
  const learnersAllowed = can(session, 'READ_PERSONS');
  const tabs = TABS.filter((x) => (x !== 'learners' || learnersAllowed) && (x !== 'areas' || hasAreas(sections)))
    .map((x) => ({ id: x, title: t(`organization.tab.${x}`) }));
  const open = (next: Record<string, string>) => {
    const params = new URLSearchParams(query);
    Object.entries(next).forEach(([k, v]) => (v ? params.set(k, v) : params.delete(k)));
    navigate(`/organizations/${id}?${params}`, true);
  };
  const o = card.organization;
  return (
    <div class="page" data-testid="organization">
      <nav class="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link href="/organizations">{t('nav.organizations')}</Link> <span aria-hidden="true">›</span> <span>{t('organization.portfolio')}</span>
      </nav>
      <h1 data-testid="organization-name">{o.fullName}</h1>
      <p class="lead">{[o.settlement, o.address].filter(Boolean).join(', ')}</p>
      <div class="counters">
        <div class="counter" data-testid="organization-learners"><strong>{formatNumber(card.learners)}</strong>
          <span>{t('organization.learnersOn', { date: formatDate(card.asOf) })}</span></div>
        <div class="counter" data-testid="organization-classes"><strong>{formatNumber(card.classes.length)}</strong>
          <span>{t('organization.classesIn', { year: card.academicYear })}</span></div>
        <div class="counter"><strong>{formatNumber(card.branches.length)}</strong><span>{t('organization.branchesCount')}</span></div>
      </div>
      <Tabs tabs={tabs} current={tab} onSelect={(next) => open({ tab: next, offset: '', sort: '', class: '' })} />
      <div class="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
        {tab === 'general' ? <General card={card} />
          : tab === 'requisites' ? <RequisitesPanel card={card} />
            : tab === 'branches' ? <Branches card={card} />
              : tab === 'classes' ? <Classes card={card} selected={query.get('class')} onYear={(y) => open({ year: y, class: '' })}
                onClass={(c) => open({ class: c })} />
                : tab === 'subjects' ? <Subjects card={card} />
                  : tab === 'areas' ? <Areas sections={sections} />
                  : learnersAllowed ? <Learners id={id} query={query} onPage={open} /> : null}
      </div>
    </div>
  );
}

function General({ card }: { card: OrganizationPortfolio }) {
  const types = useDictionary('organization-type');
  const kinds = useDictionary('organization-kind');
  const ownership = useDictionary('ownership-form');
  const o = card.organization;
  const c = card.contacts;
  return (
    <>
      <section class="card">
        <h2>{t('organization.details')}</h2>
        <Facts testid="organization-details" facts={[
          [t('organization.fullName'), o.fullName],
          [t('organization.shortName'), o.shortName],
          [t('organization.type'), nameOf(types, o.typeCode)],
          [t('organization.kind'), nameOf(kinds, card.kindCode)],
          [t('organization.ownership'), nameOf(ownership, card.ownershipCode)],
          [t('organization.level'), has(`level.${o.educationLevel}`) ? t(`level.${o.educationLevel}`) : o.educationLevel],
          [t('organization.authority'), <Link href={`/authorities/${card.authority.id}`} testid="organization-authority">
            {card.authority.shortName || card.authority.fullName}</Link>],
          [t('organization.district'), o.district],
          [t('organization.settlement'), o.settlement],
        ]} />
      </section>
      <section class="card">
        <h2>{t('organization.contacts')}</h2>
        <Facts testid="organization-contacts" facts={[
          [t('organization.address'), c.address],
          [t('organization.phone'), c.phone],
          [t('organization.fax'), c.fax],
          [t('organization.email'), c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null],
          [t('organization.website'), <Website url={c.website} />],
        ]} />
      </section>
    </>
  );
}

function RequisitesPanel({ card }: { card: OrganizationPortfolio }) {
  const r = card.requisites;
  return (
    <section class="card">
      <h2>{t('organization.tab.requisites')}</h2>
      <Facts testid="organization-requisites" facts={[
        [t('requisites.inn'), r.inn ? <span class="mono">{r.inn}</span> : null],
        [t('requisites.kpp'), r.kpp ? <span class="mono">{r.kpp}</span> : null],
        [t('requisites.ogrn'), r.ogrn ? <span class="mono">{r.ogrn}</span> : null],
        [t('requisites.oktmo'), r.oktmo ? <span class="mono">{r.oktmo}</span> : null],
      ]} />
    </section>
  );
}

function Branches({ card }: { card: OrganizationPortfolio }) {
  return (
    <section class="card">
      <h2>{t('organization.tab.branches')}</h2>
      {card.branches.length === 0 ? <p class="muted" data-testid="branches-none">{t('organization.noBranches')}</p> : (
        <div class="table-wrap">
          <table class="table" data-testid="branches">
            <thead><tr><th scope="col">{t('organization.branch')}</th><th scope="col">{t('organization.address')}</th>
              <th scope="col">{t('organization.phone')}</th></tr></thead>
            <tbody>
              {card.branches.map((b) => <tr key={b.id}><td>{b.name}</td><td>{b.address}</td><td class="nowrap">{b.phone}</td></tr>)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The class grid of an academic year: a column per grade, a cell per class; the chosen class's card below. */
function Classes({ card, selected, onYear, onClass }: { card: OrganizationPortfolio; selected: string | null; onYear: (year: string) => void;
  onClass: (id: string) => void }) {
  const forms = useDictionary('study-form');
  const grades = byGrade(card.classes);
  const rows = Math.max(0, ...grades.map((g) => g.classes.length));
  const chosen: ClassSummary | undefined = card.classes.find((c) => String(c.id) === selected);
  const total = card.classes.reduce((sum, c) => sum + c.learners, 0);
  return (
    <section class="card">
      <div class="year-switch" role="group" aria-label={t('organization.year')}>
        <button type="button" class="button secondary small" data-testid="year-previous" aria-label={t('organization.yearPrevious')}
          onClick={() => onYear(shiftYear(card.academicYear, -1))}>‹</button>
        <h2 data-testid="academic-year">{t('organization.yearTitle', { year: card.academicYear })}</h2>
        <button type="button" class="button secondary small" data-testid="year-next" aria-label={t('organization.yearNext')}
          onClick={() => onYear(shiftYear(card.academicYear, 1))}>›</button>
      </div>
      {card.classes.length === 0 ? <p class="muted" data-testid="classes-none">{t('organization.noClasses', { year: card.academicYear })}</p> : (
        <>
          <p class="muted small">{t('organization.classesLead', { classes: formatNumber(card.classes.length), learners: formatNumber(total),
            date: formatDate(card.asOf) })}</p>
          <div class="table-wrap">
            <table class="table class-grid" data-testid="class-grid">
              <caption class="sr-only">{t('organization.yearTitle', { year: card.academicYear })}</caption>
              <thead>
                <tr>{grades.map((g) => <th key={String(g.grade)} scope="col">{g.grade ?? t('organization.noGrade')}</th>)}</tr>
              </thead>
              <tbody>
                {Array.from({ length: rows }, (_, r) => (
                  <tr key={r}>
                    {grades.map((g) => {
                      const c = g.classes[r];
                      return (
                        <td key={String(g.grade)}>
                          {c && (
                            <button type="button" class={String(c.id) === selected ? 'class-cell active' : 'class-cell'} data-testid="class"
                              aria-pressed={String(c.id) === selected} onClick={() => onClass(String(c.id))}>
                              {c.name}<span class="class-count">{formatNumber(c.learners)}</span>
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {chosen && (
        <div class="class-card" data-testid="class-card">
          <h3>{t('organization.classTitle', { name: chosen.name })}</h3>
          <Facts facts={[
            [t('class.name'), chosen.name],
            [t('class.grade'), chosen.grade === null ? null : String(chosen.grade)],
            [t('class.specialization'), chosen.specialization],
            [t('class.studyForm'), nameOf(forms, chosen.studyFormCode)],
            [t('class.learners'), formatNumber(chosen.learners)],
            [t('class.capacity'), chosen.capacity === null ? null : formatNumber(chosen.capacity)],
          ]} />
        </div>
      )}
    </section>
  );
}

function Subjects({ card }: { card: OrganizationPortfolio }) {
  return (
    <section class="card">
      <h2>{t('organization.tab.subjects')}</h2>
      {card.subjects.length === 0 ? <p class="muted" data-testid="subjects-none">{t('organization.noSubjects')}</p> : (
        <div class="table-wrap">
          <table class="table" data-testid="subjects">
            <thead><tr><th scope="col">{t('subject.local')}</th><th scope="col">{t('subject.master')}</th></tr></thead>
            <tbody>
              {card.subjects.map((s, i) => (
                <tr key={i}><td>{s.localName}</td>
                  <td>{s.subjectName ?? <span class="muted">{t('subject.unmapped')}</span>}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the installed extensions report of the organization today: a college's specialties, additional education's orientations. */
function Areas({ sections }: { sections: OrganizationSections }) {
  return (
    <>
      {sections.vocational ? <Specialties specialties={sections.vocational.specialties ?? null} /> : null}
      {sections.additional ? <Orientations orientations={sections.additional.orientations ?? null} /> : null}
    </>
  );
}

/** The orientations of the additional education programmes held today, with their programmes and learners. */
function Orientations({ orientations }: { orientations: Orientation[] | null }) {
  return (
    <section class="card">
      <h2>{t('orientation.title')}</h2>
      {!orientations ? <p class="muted">{t('organization.areaUnavailable')}</p> : (
        <div class="table-wrap">
          <table class="table" data-testid="orientations">
            <thead><tr><th scope="col">{t('orientation.name')}</th><th scope="col" class="num">{t('orientation.programmes')}</th>
              <th scope="col" class="num">{t('orientation.learners')}</th>
              <th scope="col" class="num">{t('orientation.preProfessional')}</th></tr></thead>
            <tbody>
              {orientations.map((o) => (
                <tr key={o.code}><td>{o.name}</td><td class="num">{formatNumber(o.programmes)}</td>
                  <td class="num">{formatNumber(o.learners)}</td><td class="num">{formatNumber(o.preProfessional)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The specialties and professions a college teaches today, with its students by course. */
function Specialties({ specialties }: { specialties: Specialty[] | null }) {
  if (!specialties) {
    return <section class="card"><h2>{t('specialty.title')}</h2><p class="muted">{t('organization.areaUnavailable')}</p></section>;
  }
  const courses = Array.from({ length: courseColumns(specialties) }, (_, i) => i + 1);
  return (
    <section class="card">
      <h2>{t('specialty.title')}</h2>
      <div class="table-wrap">
        <table class="table" data-testid="specialties">
          <thead><tr><th scope="col">{t('specialty.code')}</th><th scope="col">{t('specialty.name')}</th>
            <th scope="col">{t('specialty.kind')}</th><th scope="col" class="num">{t('specialty.learners')}</th>
            {courses.map((n) => <th key={n} scope="col" class="num">{t('specialty.course', { n })}</th>)}</tr></thead>
          <tbody>
            {specialties.map((s) => (
              <tr key={`${s.code}-${s.kind}`}><td>{s.code}</td><td>{s.name}</td><td>{s.kindName}</td>
                <td class="num">{formatNumber(s.learners)}</td>
                {courses.map((n) => <td key={n} class="num">{formatNumber(s.byCourse[n - 1] ?? 0)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface Learner {
  id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: string | null;
  maskedSnils: string | null;
}

/** The organization's learners today, paged and sorted by the server; each links to the learner's portfolio. */
function Learners({ id, query, onPage }: { id: string; query: URLSearchParams; onPage: (next: Record<string, string>) => void }) {
  const [page, setPage] = useState<Page<Learner> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const sort = query.get('sort') ?? 'name';
  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    api.get<Page<Learner>>(`/api/v1/organizations/${id}/learners`, { offset, limit, sort }, abort.signal).then(setPage)
      .catch((e) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [id, offset, limit, sort]);
  const go = (o: number, l: number, s: string) => onPage({ offset: o ? String(o) : '', limit: l !== 10 ? String(l) : '', sort: s !== 'name' ? s : '' });
  return (
    <section class="card">
      <h2>{t('organization.tab.learners')}</h2>
      <ErrorNote error={error} />
      {!page && !error && <Loading />}
      {page && (
        <>
          <Pager id="learners" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total}
            onPage={(o, l) => go(o, l, sort)} />
          {page.items.length > 0 && (
            <div class="table-wrap">
              <table class="table" data-testid="learners">
                <caption class="sr-only">{t('organization.tab.learners')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="name" sort={sort} onSort={(s) => go(0, limit, s)}>{t('person.fullName')}</SortHeader>
                    <SortHeader column="birthDate" sort={sort} onSort={(s) => go(0, limit, s)}>{t('person.birthDate')}</SortHeader>
                    <SortHeader column="sex" sort={sort} onSort={(s) => go(0, limit, s)}>{t('person.sex')}</SortHeader>
                    <th scope="col">{t('person.snils')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.id} data-testid="learner-row">
                      <td><Link href={`/persons/${p.id}`} testid="learner-link">{fullName(p)}</Link></td>
                      <td>{formatDate(p.birthDate)}</td>
                      <td>{p.sex ? t(`sex.${p.sex}`) : ''}</td>
                      <td class="mono">{p.maskedSnils ?? <span class="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="muted small">{t('organization.learnersJournal')}</p>
        </>
      )}
    </section>
  );
}
