-- The published report views: what report forms read (capability kontingent.report.views,
-- registry=1.0.0; the columns are documented in org.kontingent.report.api.ReportViews). Forms
-- never read the registry's tables: a core change keeps these views as they are, or changes
-- their version.
--
-- Scope: the report engine sets kontingent.report_scope for its transaction to 'region',
-- 'authority:<id>' or 'organization:<id>'; the views show only what lies in that scope, and
-- nothing at all when it is not set. Forms' queries run under the role kontingent_report,
-- which may read this schema only.
CREATE SCHEMA IF NOT EXISTS report;

CREATE FUNCTION report.scope_kind() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT split_part(coalesce(nullif(current_setting('kontingent.report_scope', true), ''), 'none'), ':', 1)
$$;

CREATE FUNCTION report.scope_id() RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT nullif(split_part(coalesce(current_setting('kontingent.report_scope', true), ''), ':', 2), '')::bigint
$$;

-- Data version: a sequence every write statement on the registry moves on (statement-level
-- triggers: no row locks, so concurrent writers never wait on it). Cached results are valid
-- while it stands still.
CREATE SEQUENCE report.data_change;

CREATE FUNCTION report.data_version() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT last_value FROM report.data_change
$$;

CREATE FUNCTION report.data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('report.data_change');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['dictionary_entry', 'territory', 'authority', 'organization', 'organization_branch',
            'organization_subject', 'academic_year', 'class_group', 'person', 'identity_document', 'representative',
            'membership', 'class_placement', 'programme_completion'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON registry.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;

-- Organizations in scope, with their dictionary names and their municipality: the highest
-- municipal authority they are under, or their own authority when they are under none.
CREATE VIEW report.organization AS
SELECT o.id, o.full_name, o.short_name,
       o.type_code, type.name AS type_name,
       o.kind_code, kind.name AS kind_name,
       o.ownership_code, ownership.name AS ownership_name,
       o.education_level,
       o.authority_id, a.full_name AS authority_name,
       coalesce(municipality.id, a.id) AS municipality_id,
       coalesce(municipality.full_name, a.full_name) AS municipality_name,
       o.oktmo, o.district, o.settlement, o.address, o.inn, o.kpp, o.ogrn, o.phone, o.email, o.website
  FROM registry.organization o
  JOIN registry.authority a ON a.id = o.authority_id
  LEFT JOIN registry.dictionary_entry type ON type.dictionary = 'organization-type' AND type.code = o.type_code
  LEFT JOIN registry.dictionary_entry kind ON kind.dictionary = 'organization-kind' AND kind.code = o.kind_code
  LEFT JOIN registry.dictionary_entry ownership ON ownership.dictionary = 'ownership-form' AND ownership.code = o.ownership_code
  LEFT JOIN LATERAL (SELECT m.id, m.full_name
                       FROM registry.authority_closure c
                       JOIN registry.authority m ON m.id = c.ancestor_id AND m.level = 'municipal'
                      WHERE c.descendant_id = o.authority_id
                      ORDER BY c.depth DESC LIMIT 1) municipality ON TRUE
 WHERE CASE report.scope_kind()
           WHEN 'region' THEN TRUE
           WHEN 'authority' THEN o.authority_id IN (SELECT descendant_id FROM registry.authority_closure
                                                     WHERE ancestor_id = report.scope_id())
           WHEN 'organization' THEN o.id = report.scope_id()
           ELSE FALSE
       END;

-- Authorities in scope: the scope's authority and everything under it.
CREATE VIEW report.authority AS
SELECT a.id, a.parent_id, a.full_name, a.short_name, a.level, a.oktmo
  FROM registry.authority a
 WHERE CASE report.scope_kind()
           WHEN 'region' THEN TRUE
           WHEN 'authority' THEN a.id IN (SELECT descendant_id FROM registry.authority_closure
                                           WHERE ancestor_id = report.scope_id())
           ELSE FALSE
       END;

-- Learners' memberships in organizations of the scope (a period is half-open: it holds on day D
-- when starts_on <= D AND (ends_on IS NULL OR D < ends_on)), with the learner's sex and birth
-- date. The person is joined so that a query not reading them does not read persons at all.
CREATE VIEW report.learner AS
SELECT m.id AS membership_id, m.person_id, m.organization_id, m.starts_on, m.ends_on, m.study_form_code,
       m.enrollment_order_date, m.leaving_reason_code, p.sex, p.birth_date
  FROM registry.membership m
  LEFT JOIN registry.person p ON p.id = m.person_id
 WHERE m.role = 'learner'
   AND m.organization_id IN (SELECT id FROM report.organization);

-- Every learner membership of the learners of the scope, inside the scope or not, with the
-- organization's education level: where a learner came from and went to. Organizations outside
-- the scope appear by id and level only (report.organization does not name them).
CREATE VIEW report.learner_history AS
SELECT m.id AS membership_id, m.person_id, m.organization_id, o.education_level, m.starts_on, m.ends_on,
       m.leaving_reason_code
  FROM registry.membership m
  JOIN registry.organization o ON o.id = m.organization_id
 WHERE m.role = 'learner'
   AND (report.scope_kind() = 'region'
        OR m.person_id IN (SELECT s.person_id FROM registry.membership s
                            WHERE s.role = 'learner' AND s.organization_id IN (SELECT id FROM report.organization)));

-- Classes and groups of organizations of the scope.
CREATE VIEW report.class_group AS
SELECT g.id, g.organization_id, g.academic_year, g.name, g.grade, g.capacity, g.study_form_code, g.specialization
  FROM registry.class_group g
 WHERE g.organization_id IN (SELECT id FROM report.organization);

-- Which class or group a learner's membership was in, and when (half-open).
CREATE VIEW report.class_placement AS
SELECT cp.membership_id, cp.class_group_id, cp.starts_on, cp.ends_on
  FROM registry.class_placement cp
 WHERE cp.class_group_id IN (SELECT id FROM report.class_group);

-- Programmes completed in organizations of the scope.
CREATE VIEW report.programme_completion AS
SELECT pc.person_id, pc.organization_id, pc.programme, pc.level_code, pc.completed_on
  FROM registry.programme_completion pc
 WHERE pc.organization_id IN (SELECT id FROM report.organization);

-- Dictionaries and academic years: not personal, not scoped.
CREATE VIEW report.dictionary AS
SELECT dictionary, code, name, parent_code, sort_order, valid_from, valid_to FROM registry.dictionary_entry;

CREATE VIEW report.academic_year AS
SELECT code, starts_on, ends_on FROM registry.academic_year;

-- The role forms' queries run under. Roles belong to the whole cluster: create it once, and
-- let the platform's database user take it on. Where that user may not create roles, an
-- administrator creates it (docs/operations.md); the engine then reports itself degraded.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kontingent_report') THEN
        BEGIN
            CREATE ROLE kontingent_report NOLOGIN;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'The role kontingent_report could not be created: create it and grant it to %', current_user;
                RETURN;
        END;
    END IF;
    IF NOT pg_has_role(current_user, 'kontingent_report', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT kontingent_report TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'The role kontingent_report could not be granted to %', current_user;
        END;
    END IF;
    GRANT USAGE ON SCHEMA report TO kontingent_report;
    GRANT SELECT ON ALL TABLES IN SCHEMA report TO kontingent_report;
    GRANT SELECT ON SEQUENCE report.data_change TO kontingent_report;
    ALTER DEFAULT PRIVILEGES IN SCHEMA report GRANT SELECT ON TABLES TO kontingent_report;
END
$$;
