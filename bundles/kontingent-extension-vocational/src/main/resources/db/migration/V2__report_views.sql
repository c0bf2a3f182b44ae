-- The vocational extension's published report views (capability kontingent.report.views,
-- vocational=1.0.0; the columns are documented in the bundle's README.md). They follow the scope
-- as the registry's views do: kontingent.report_scope set by the report engine for its transaction
-- ('region', 'authority:<id>', 'organization:<id>'), checked by organization id against
-- registry.report_scope_organization; nothing at all without a scope. The role kontingent_report
-- reads them through the default privileges the registry set on schema report; it cannot read
-- schema vocational itself.

-- Programmes of learners' memberships by academic year, with the names of kind and specialty and
-- the first day of the year (1 September): the programme holds from it.
CREATE VIEW report.vocational_programme AS
SELECT p.id, p.person_id, p.organization_id, p.membership_id, p.academic_year,
       make_date(substr(p.academic_year, 1, 4)::integer, 9, 1) AS year_starts_on,
       p.kind, kind.name AS kind_name, p.specialty_code, specialty.name AS specialty_name, p.adapted, p.qualification,
       p.course, p.course_length, p.study_form_code, p.distance_only, p.special_equipment, p.distance_technologies
  FROM vocational.programme p
  JOIN vocational.dictionary_entry kind ON kind.dictionary = 'programme-kind' AND kind.code = p.kind
  LEFT JOIN vocational.dictionary_entry specialty ON specialty.dictionary = 'specialty' AND specialty.code = p.specialty_code
 WHERE p.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Transfers between courses in organizations of the scope.
CREATE VIEW report.vocational_course_transfer AS
SELECT t.id, t.person_id, t.organization_id, t.membership_id, t.from_course, t.to_course, t.transferred_on,
       t.order_number, t.order_date
  FROM vocational.course_transfer t
 WHERE t.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Annual marks in organizations of the scope.
CREATE VIEW report.vocational_mark AS
SELECT m.id, m.person_id, m.organization_id, m.membership_id, m.academic_year, m.discipline, m.course, m.mark,
       m.mark_value, m.passed
  FROM vocational.mark m
 WHERE m.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Diplomas and certificates issued by organizations of the scope.
CREATE VIEW report.vocational_diploma AS
SELECT d.id, d.person_id, d.organization_id, d.membership_id, d.kind, kind.name AS kind_name, d.series, d.number,
       d.issued_on, d.with_honours, d.qualification, d.specialty_code
  FROM vocational.diploma d
  JOIN vocational.dictionary_entry kind ON kind.dictionary = 'diploma-kind' AND kind.code = d.kind
 WHERE d.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Joint projects with employers of students of organizations of the scope.
CREATE VIEW report.vocational_employer_project AS
SELECT e.id, e.person_id, e.organization_id, e.membership_id, e.academic_year, e.project, e.employer, e.involvement,
       involvement.name AS involvement_name, e.result
  FROM vocational.employer_project e
  JOIN vocational.dictionary_entry involvement ON involvement.dictionary = 'involvement' AND involvement.code = e.involvement
 WHERE e.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The employment of students and graduates of organizations of the scope.
CREATE VIEW report.vocational_employment AS
SELECT e.id, e.person_id, e.organization_id, e.membership_id, e.individual_plan, e.contract_enterprise,
       e.contract_ownership_code, e.actual_employer, e.quota_workplace, e.employed_on
  FROM vocational.employment e
 WHERE e.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Applications for admission to organizations of the scope.
CREATE VIEW report.vocational_application AS
SELECT a.id, a.person_id, a.organization_id, a.specialty_code, a.course, a.study_form_code, a.applied_on,
       a.academic_year, a.status
  FROM vocational.application a
 WHERE a.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The extension's dictionaries, the specialties and professions among them: not personal, not scoped.
CREATE VIEW report.vocational_dictionary AS
SELECT dictionary, code, name, sort_order FROM vocational.dictionary_entry;
