-- The programmes, diplomas and employer projects with their codes' names by left joins on the
-- dictionaries' keys: every code is a dictionary's (the tables' CHECKs), so the rows are the same,
-- and a form that reads no name no longer pays for the lookups (the planner removes a left join on
-- a unique key whose columns are not read). Picking the last programme of each of a region's
-- graduates joined the kinds and specialties row by row, 6 million comparisons (about 1 s).
CREATE OR REPLACE VIEW report.vocational_programme AS
SELECT p.id, p.person_id, p.organization_id, p.membership_id, p.academic_year,
       make_date(substr(p.academic_year, 1, 4)::integer, 9, 1) AS year_starts_on,
       p.kind, kind.name AS kind_name, p.specialty_code, specialty.name AS specialty_name, p.adapted, p.qualification,
       p.course, p.course_length, p.study_form_code, p.distance_only, p.special_equipment, p.distance_technologies
  FROM vocational.programme p
  LEFT JOIN vocational.dictionary_entry kind ON kind.dictionary = 'programme-kind' AND kind.code = p.kind
  LEFT JOIN vocational.dictionary_entry specialty ON specialty.dictionary = 'specialty' AND specialty.code = p.specialty_code
 WHERE p.organization_id IN (SELECT id FROM registry.report_scope_organization);

CREATE OR REPLACE VIEW report.vocational_diploma AS
SELECT d.id, d.person_id, d.organization_id, d.membership_id, d.kind, kind.name AS kind_name, d.series, d.number,
       d.issued_on, d.with_honours, d.qualification, d.specialty_code
  FROM vocational.diploma d
  LEFT JOIN vocational.dictionary_entry kind ON kind.dictionary = 'diploma-kind' AND kind.code = d.kind
 WHERE d.organization_id IN (SELECT id FROM registry.report_scope_organization);

CREATE OR REPLACE VIEW report.vocational_employer_project AS
SELECT e.id, e.person_id, e.organization_id, e.membership_id, e.academic_year, e.project, e.employer, e.involvement,
       involvement.name AS involvement_name, e.result
  FROM vocational.employer_project e
  LEFT JOIN vocational.dictionary_entry involvement ON involvement.dictionary = 'involvement' AND involvement.code = e.involvement
 WHERE e.organization_id IN (SELECT id FROM registry.report_scope_organization);
