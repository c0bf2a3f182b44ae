-- The health extension's published report views (capability kontingent.report.views, health=1.0.0;
-- the columns are documented in the bundle's README.md). They follow the scope as the registry's
-- views do: kontingent.report_scope set by the report engine for its transaction ('region',
-- 'authority:<id>', 'organization:<id>'), checked by organization id against
-- registry.report_scope_organization; nothing at all without a scope. The role kontingent_report
-- reads them through the default privileges the registry set on schema report; it cannot read
-- schema health itself. Forms count these rows: a form that lists persons with their health data
-- would show a special category of personal data to whoever may run reports.
--
-- The codes are named by left joins on the dictionaries' keys: every code is a dictionary's (the
-- tables' CHECKs), so the rows are the same as with inner joins, and a form that reads no name
-- does not pay for the lookups.

-- Medical conclusions of organizations of the scope: one holds on day D when
-- valid_from <= D AND (valid_until IS NULL OR D <= valid_until).
CREATE VIEW report.health_conclusion AS
SELECT c.id, c.person_id, c.organization_id, c.membership_id, c.health_group, g.name AS health_group_name,
       c.pe_group, p.name AS pe_group_name, c.long_term_treatment, c.concluded_on, c.valid_from, c.valid_until
  FROM health.conclusion c
  LEFT JOIN health.dictionary_entry g ON g.dictionary = 'health-group' AND g.code = c.health_group::text
  LEFT JOIN health.dictionary_entry p ON p.dictionary = 'pe-group' AND p.code = c.pe_group
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Disability recorded by organizations of the scope: it holds on day D when
-- established_on <= D AND (valid_until IS NULL OR D <= valid_until).
CREATE VIEW report.health_disability AS
SELECT d.id, d.person_id, d.organization_id, d.membership_id, d.category, c.name AS category_name, d.reason,
       r.name AS reason_name, d.established_on, d.valid_until
  FROM health.disability d
  LEFT JOIN health.dictionary_entry c ON c.dictionary = 'disability-category' AND c.code = d.category
  LEFT JOIN health.dictionary_entry r ON r.dictionary = 'disability-reason' AND r.code = d.reason
 WHERE d.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Special educational needs recorded by organizations of the scope: they hold on day D when
-- concluded_on <= D AND (valid_until IS NULL OR D <= valid_until).
CREATE VIEW report.health_special_needs AS
SELECT s.id, s.person_id, s.organization_id, s.membership_id, s.category, c.name AS category_name,
       s.adapted_programme, s.programme_variant, s.concluded_on, s.valid_until
  FROM health.special_needs s
  LEFT JOIN health.dictionary_entry c ON c.dictionary = 'special-needs-category' AND c.code = s.category
 WHERE s.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The extension's dictionaries: not personal, not scoped.
CREATE VIEW report.health_dictionary AS
SELECT dictionary, code, name, sort_order FROM health.dictionary_entry;
