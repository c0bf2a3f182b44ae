-- The additional education extension's published report views (capability kontingent.report.views,
-- additional=1.0.0; the columns are documented in the bundle's README.md). They follow the scope
-- as the registry's views do: kontingent.report_scope set by the report engine for its transaction
-- ('region', 'authority:<id>', 'organization:<id>'), checked by organization id against
-- registry.report_scope_organization; nothing at all without a scope. The role kontingent_report
-- reads them through the default privileges the registry set on schema report; it cannot read
-- schema additional itself.
--
-- The codes are named by left joins on the dictionaries' keys: every code is a dictionary's (the
-- tables' CHECKs), so the rows are the same as with inner joins, and a form that reads no name
-- does not pay for the lookups (the planner removes a left join on a unique key whose columns are
-- not read).

-- Learners' programmes in organizations of the scope: a programme holds on day D when
-- starts_on <= D AND (ends_on IS NULL OR D < ends_on).
CREATE VIEW report.additional_programme AS
SELECT p.id, p.person_id, p.organization_id, p.membership_id, p.name, p.kind, kind.name AS kind_name,
       p.orientation, orientation.name AS orientation_name, p.adapted, p.distance_technologies,
       p.federal_requirements, p.hours, p.years, p.study_form_code, p.starts_on, p.ends_on, p.status,
       status.name AS status_name, p.mark
  FROM additional.programme p
  LEFT JOIN additional.dictionary_entry kind ON kind.dictionary = 'programme-kind' AND kind.code = p.kind
  LEFT JOIN additional.dictionary_entry orientation ON orientation.dictionary = 'orientation' AND orientation.code = p.orientation
  LEFT JOIN additional.dictionary_entry status ON status.dictionary = 'study-status' AND status.code = p.status
 WHERE p.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The subjects and courses of programmes in organizations of the scope, by academic year, with the
-- programme they belong to (null while the source has not sent it, whichever came first).
CREATE VIEW report.additional_course AS
SELECT c.id, c.person_id, c.organization_id, c.membership_id, c.programme_id, c.academic_year,
       make_date(substr(c.academic_year, 1, 4)::integer, 9, 1) AS year_starts_on, c.course, c.status,
       status.name AS status_name, c.mark
  FROM additional.course c
  LEFT JOIN additional.dictionary_entry status ON status.dictionary = 'study-status' AND status.code = c.status
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Documents issued by organizations of the scope, with the programme they were issued for (null
-- when not named, or while the source has not sent it).
CREATE VIEW report.additional_document AS
SELECT d.id, d.person_id, d.organization_id, d.membership_id, d.programme_id, d.kind, kind.name AS kind_name,
       d.name, d.series, d.number, d.issued_on
  FROM additional.document d
  LEFT JOIN additional.dictionary_entry kind ON kind.dictionary = 'document-kind' AND kind.code = d.kind
 WHERE d.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Applications for admission to organizations of the scope.
CREATE VIEW report.additional_application AS
SELECT a.id, a.person_id, a.organization_id, a.programme, a.kind, a.orientation, a.applied_on, a.status
  FROM additional.application a
 WHERE a.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The extension's dictionaries: not personal, not scoped.
CREATE VIEW report.additional_dictionary AS
SELECT dictionary, code, name, sort_order FROM additional.dictionary_entry;
