-- The preschool extension's published report views (capability kontingent.report.views,
-- preschool=1.0.0; the columns are documented in the bundle's README.md). They follow the scope as
-- the registry's views do: kontingent.report_scope set by the report engine for its transaction
-- ('region', 'authority:<id>', 'organization:<id>'), checked by organization id against
-- registry.report_scope_organization or read through the registry's published views; nothing at
-- all without a scope. The role kontingent_report reads them through the default privileges the
-- registry set on schema report; it cannot read schema preschool itself.

-- Enrollments of children in organizations of the scope, with the names of their codes.
CREATE VIEW report.preschool_enrollment AS
SELECT e.id, e.person_id, e.organization_id, e.membership_id, e.enrolled_on, e.order_number, e.order_date,
       e.study_form_code, e.programme, programme.name AS programme_name, e.adapted, e.group_specifics,
       e.stay_mode, stay_mode.name AS stay_mode_name, e.group_type, group_type.name AS group_type_name,
       e.age_group, age_group.name AS age_group_name, e.leaving_ground, e.leaving_order_number, e.leaving_order_date
  FROM preschool.enrollment e
  JOIN preschool.dictionary_entry programme ON programme.dictionary = 'programme' AND programme.code = e.programme
  JOIN preschool.dictionary_entry stay_mode ON stay_mode.dictionary = 'stay-mode' AND stay_mode.code = e.stay_mode
  JOIN preschool.dictionary_entry group_type ON group_type.dictionary = 'group-type' AND group_type.code = e.group_type
  JOIN preschool.dictionary_entry age_group ON age_group.dictionary = 'age-group' AND age_group.code = e.age_group
 WHERE e.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Admission applications (the queue) to organizations of the scope.
CREATE VIEW report.preschool_application AS
SELECT a.id, a.person_id, a.organization_id, a.alternatives, a.birth_date, a.registered_on, a.wanted_date,
       a.preferential_category, category.name AS preferential_category_name, a.status, status.name AS status_name,
       a.status_date
  FROM preschool.application a
  JOIN preschool.dictionary_entry status ON status.dictionary = 'application-status' AND status.code = a.status
  LEFT JOIN preschool.dictionary_entry category ON category.dictionary = 'preferential-category'
                                               AND category.code = a.preferential_category
 WHERE a.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Free places in the groups of preschool organizations of the scope (those counting at the level
-- preschool: their own, or a mixed one's type's), from the registry's published groups and
-- placements: a row per group and per day its placements change (and the first day of its academic
-- year), with the children placed from that day on and the places left of its capacity. The free
-- places of a group on day D are those of its row with the latest day <= D in the academic year
-- D lies in; a group without a capacity has none known (null).
CREATE VIEW report.preschool_free_places AS
WITH groups AS MATERIALIZED (
    SELECT g.id, g.organization_id, g.academic_year, g.name, g.grade, g.capacity, y.starts_on
      FROM report.class_group g
      JOIN report.academic_year y ON y.code = g.academic_year
      JOIN report.organization o ON o.id = g.organization_id
      LEFT JOIN report.dictionary t ON t.dictionary = 'organization-type' AND t.code = o.type_code
     WHERE CASE WHEN o.education_level <> 'mixed' THEN o.education_level ELSE coalesce(t.parent_code, 'general') END
           = 'preschool'
), changes AS (
    SELECT d.class_group_id, d.day, sum(d.delta) AS delta
      FROM (SELECT g.id AS class_group_id, g.starts_on AS day, 0 AS delta FROM groups g
            UNION ALL
            SELECT cp.class_group_id, cp.starts_on, 1
              FROM report.class_placement cp WHERE cp.class_group_id IN (SELECT id FROM groups)
            UNION ALL
            SELECT cp.class_group_id, cp.ends_on, -1
              FROM report.class_placement cp WHERE cp.ends_on IS NOT NULL AND cp.class_group_id IN (SELECT id FROM groups)) d
     GROUP BY d.class_group_id, d.day
), placed AS (
    SELECT c.class_group_id, c.day, sum(c.delta) OVER (PARTITION BY c.class_group_id ORDER BY c.day)::integer AS placed
      FROM changes c
)
SELECT g.organization_id, g.id AS class_group_id, g.academic_year, g.name AS group_name, g.grade, g.capacity, p.day,
       p.placed, greatest(g.capacity - p.placed, 0) AS free
  FROM placed p
  JOIN groups g ON g.id = p.class_group_id;

-- The extension's dictionaries: not personal, not scoped.
CREATE VIEW report.preschool_dictionary AS
SELECT dictionary, code, name, sort_order, min_age, max_age FROM preschool.dictionary_entry;
