/** The registry's lists and cards of organizations and authorities, as /api/v1/organizations and /api/v1/authorities answer. */

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface AuthoritySummary {
  id: number;
  parentId: number | null;
  fullName: string;
  shortName: string | null;
  level: string;
  oktmo: string | null;
}

export interface OrganizationSummary {
  id: number;
  fullName: string;
  shortName: string | null;
  typeCode: string | null;
  educationLevel: string;
  authorityId: number;
  district: string | null;
  settlement: string | null;
  address: string | null;
  phone: string | null;
}

export interface Requisites {
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  oktmo: string | null;
}

export interface Contacts {
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  website: string | null;
}

export interface ClassSummary {
  id: number;
  name: string;
  grade: number | null;
  specialization: string | null;
  studyFormCode: string | null;
  capacity: number | null;
  learners: number;
}

export interface OrganizationPortfolio {
  organization: OrganizationSummary;
  kindCode: string | null;
  ownershipCode: string | null;
  authority: AuthoritySummary;
  requisites: Requisites;
  contacts: Contacts;
  branches: { id: number; name: string; address: string | null; phone: string | null }[];
  academicYear: string;
  classes: ClassSummary[];
  subjects: { localName: string; subjectCode: string | null; subjectName: string | null }[];
  learners: number;
  asOf: string;
}

export interface AuthorityPortfolio {
  authority: AuthoritySummary;
  requisites: Requisites;
  contacts: Contacts;
  subordinateAuthorities: number;
  subordinateOrganizations: number;
  learners: number;
  asOf: string;
}

/** The name a list shows: the short one when there is one. */
export function shortName(o: { fullName: string; shortName: string | null }): string {
  return o.shortName || o.fullName;
}

/** An academic year (2026-2027) moved by some years. */
export function shiftYear(year: string, by: number): string {
  const start = Number(year.slice(0, 4)) + by;
  return `${start}-${start + 1}`;
}

/** Classes by grade, in the order the card gives them (grade, then name); classes without a grade last. */
export function byGrade(classes: ClassSummary[]): { grade: number | null; classes: ClassSummary[] }[] {
  const groups = new Map<number | null, ClassSummary[]>();
  classes.forEach((c) => {
    const list = groups.get(c.grade) ?? [];
    list.push(c);
    groups.set(c.grade, list);
  });
  return [...groups.entries()].sort((a, b) => (a[0] ?? 1e9) - (b[0] ?? 1e9)).map(([grade, list]) => ({ grade, classes: list }));
}

/** A specialty or profession a college teaches, with its students of the day by course (the vocational extension's section). */
export interface Specialty {
  code: string;
  name: string | null;
  kind: string;
  kindName: string;
  learners: number;
  byCourse: number[];
}

/** An orientation of additional education programmes held today (the additional extension's section). */
export interface Orientation {
  code: string;
  name: string;
  programmes: number;
  learners: number;
  preProfessional: number;
}

/** The sections the installed extensions add to an organization's card, by section id; a failed one says it is unavailable. */
export interface OrganizationSections {
  vocational?: { specialties?: Specialty[]; unavailable?: string };
  additional?: { orientations?: Orientation[]; unavailable?: string };
}

/** Whether the card has areas to show: a section of an extension the console knows. */
export function hasAreas(sections: OrganizationSections): boolean {
  return Boolean(sections.vocational || sections.additional);
}

/** How many course columns the specialties need: up to the last course anyone is on, at least four. */
export function courseColumns(specialties: Specialty[]): number {
  const last = specialties.reduce((max, s) => Math.max(max, s.byCourse.reduce((at, n, i) => (n > 0 ? i + 1 : at), 0)), 0);
  return Math.max(4, last);
}
