-- The general extension's published report views (capability kontingent.report.views,
-- general=1.0.0; the columns are documented in the bundle's README.md). They follow the scope as
-- the registry's views do: kontingent.report_scope set by the report engine for its transaction
-- ('region', 'authority:<id>', 'organization:<id>'), checked by organization id against
-- registry.report_scope_organization; nothing at all without a scope. The role kontingent_report
-- reads them through the default privileges the registry set on schema report; it cannot read
-- schema general itself.

-- Marks of learners in organizations of the scope, with the names of period and scale.
CREATE VIEW report.mark AS
SELECT m.id, m.person_id, m.organization_id, m.membership_id, m.academic_year, m.subject, m.subject_code,
       m.period, period.name AS period_name, m.marked_on, m.scale, m.mark, m.mark_value, m.passed, m.score
  FROM general.mark m
  JOIN general.dictionary_entry period ON period.dictionary = 'mark-period' AND period.code = m.period
 WHERE m.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- ГИА results: of organizations of the scope; those sent without an organization only region-wide.
CREATE VIEW report.exam AS
SELECT e.id, e.person_id, e.organization_id, e.membership_id, e.kind, kind.name AS kind_name, e.academic_year,
       e.subject, e.subject_code, e.exam_date, e.score, e.mark_value, e.passed
  FROM general.exam e
  JOIN general.dictionary_entry kind ON kind.dictionary = 'exam-kind' AND kind.code = e.kind
 WHERE e.organization_id IN (SELECT id FROM registry.report_scope_organization)
    OR (e.organization_id IS NULL AND (SELECT report.scope_kind()) = 'region');

-- Certificates issued by organizations of the scope.
CREATE VIEW report.certificate AS
SELECT c.id, c.person_id, c.organization_id, c.membership_id, c.kind, kind.name AS kind_name, c.series, c.number,
       c.issued_on, c.with_honours
  FROM general.certificate c
  JOIN general.dictionary_entry kind ON kind.dictionary = 'certificate-kind' AND kind.code = c.kind
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Programmes of learners' memberships in organizations of the scope.
CREATE VIEW report.general_programme AS
SELECT p.id, p.person_id, p.organization_id, p.membership_id, p.level, p.adapted, p.study_form_code, p.shift, p.starts_on
  FROM general.programme p
 WHERE p.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Applications for admission to organizations of the scope.
CREATE VIEW report.general_application AS
SELECT a.id, a.person_id, a.organization_id, a.grade, a.academic_year, a.registered_on, a.status
  FROM general.application a
 WHERE a.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The extension's dictionaries: not personal, not scoped.
CREATE VIEW report.general_dictionary AS
SELECT dictionary, code, name, sort_order FROM general.dictionary_entry;
