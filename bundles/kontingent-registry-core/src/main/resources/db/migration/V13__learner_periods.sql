-- Learner periods: the learner memberships with what the reports count them by beside them, in a
-- narrow table. Counting the learners of a region on a day read every learner membership and
-- looked up its person (2.5 million lookups at 2 million learners, 7 to 11 s); this table is read
-- by one scan. Each period also knows the level it counts at and the person's period at that
-- level before it, and the class it was first placed in, so that arrivals and moves between
-- organizations need not search each learner's history and placements. It is kept by the triggers below, statement by statement (transition
-- tables: one statement for a whole batch of rows), and is never written to directly. The
-- published report views read it; nothing else should.
CREATE TABLE registry.learner_period (
    membership_id            bigint PRIMARY KEY,
    person_id                bigint NOT NULL,
    organization_id          bigint NOT NULL,
    level                    text   NOT NULL,
    starts_on                date   NOT NULL,
    ends_on                  date,
    sex                      char(1),
    birth_date               date,
    study_form_code          text,
    enrollment_order_date    date,
    leaving_reason_code      text,
    -- the person's period at the same level that started last before this one: where they came from
    previous_membership_id   bigint,
    previous_organization_id bigint,
    previous_ends_on         date,
    -- the class or group of the membership's earliest placement
    first_class_group_id     bigint
);

-- The level an organization's learners count at: its education level, or for a mixed one (an
-- education centre, a school with a kindergarten) the level its type belongs to, else general.
CREATE VIEW registry.organization_level AS
SELECT o.id, CASE WHEN o.education_level <> 'mixed' THEN o.education_level ELSE coalesce(t.parent_code, 'general') END AS level
  FROM registry.organization o
  LEFT JOIN registry.dictionary_entry t ON t.dictionary = 'organization-type' AND t.code = o.type_code;

-- the class a membership was placed in first
CREATE INDEX class_placement_membership ON registry.class_placement (membership_id, starts_on, id) INCLUDE (class_group_id);

INSERT INTO registry.learner_period
SELECT m.id, m.person_id, m.organization_id, ol.level, m.starts_on, m.ends_on, p.sex, p.birth_date, m.study_form_code,
       m.enrollment_order_date, m.leaving_reason_code,
       lag(m.id) OVER chain, lag(m.organization_id) OVER chain, lag(m.ends_on) OVER chain,
       (SELECT cp.class_group_id FROM registry.class_placement cp WHERE cp.membership_id = m.id
         ORDER BY cp.starts_on, cp.id LIMIT 1)
  FROM registry.membership m
  JOIN registry.person p ON p.id = m.person_id
  JOIN registry.organization_level ol ON ol.id = m.organization_id
 WHERE m.role = 'learner'
WINDOW chain AS (PARTITION BY m.person_id, ol.level ORDER BY m.starts_on, m.id);

-- one organization's learners; a period's arrivals and leavings region-wide; a person's history
CREATE INDEX learner_period_organization ON registry.learner_period (organization_id, starts_on) INCLUDE (ends_on);
CREATE INDEX learner_period_starts_on ON registry.learner_period (starts_on);
CREATE INDEX learner_period_ends_on ON registry.learner_period (ends_on) WHERE ends_on IS NOT NULL;
CREATE INDEX learner_period_person ON registry.learner_period (person_id);

-- The previous periods of the persons given, found again.
CREATE FUNCTION registry.learner_periods_chain(persons bigint[]) RETURNS void LANGUAGE sql AS $$
    UPDATE registry.learner_period f
       SET previous_membership_id = c.membership_id, previous_organization_id = c.organization_id,
           previous_ends_on = c.ends_on
      FROM (SELECT membership_id AS id,
                   lag(membership_id) OVER chain AS membership_id, lag(organization_id) OVER chain AS organization_id,
                   lag(ends_on) OVER chain AS ends_on
              FROM registry.learner_period
             WHERE person_id = ANY (persons)
            WINDOW chain AS (PARTITION BY person_id, level ORDER BY starts_on, membership_id)) c
     WHERE f.membership_id = c.id
       AND (f.previous_membership_id, f.previous_organization_id, f.previous_ends_on)
           IS DISTINCT FROM (c.membership_id, c.organization_id, c.ends_on)
$$;

-- The periods of the memberships given, written again from the registry.
CREATE FUNCTION registry.learner_periods_write(memberships bigint[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM registry.learner_period WHERE membership_id = ANY (memberships);
    INSERT INTO registry.learner_period (membership_id, person_id, organization_id, level, starts_on, ends_on, sex,
                                         birth_date, study_form_code, enrollment_order_date, leaving_reason_code,
                                         first_class_group_id)
    SELECT m.id, m.person_id, m.organization_id, ol.level, m.starts_on, m.ends_on, p.sex, p.birth_date,
           m.study_form_code, m.enrollment_order_date, m.leaving_reason_code,
           (SELECT cp.class_group_id FROM registry.class_placement cp WHERE cp.membership_id = m.id
             ORDER BY cp.starts_on, cp.id LIMIT 1)
      FROM registry.membership m
      JOIN registry.person p ON p.id = m.person_id
      JOIN registry.organization_level ol ON ol.id = m.organization_id
     WHERE m.id = ANY (memberships) AND m.role = 'learner';
$$;

-- The first class of the memberships given, found again.
CREATE FUNCTION registry.learner_periods_place(memberships bigint[]) RETURNS void LANGUAGE sql AS $$
    UPDATE registry.learner_period f
       SET first_class_group_id = (SELECT cp.class_group_id FROM registry.class_placement cp
                                    WHERE cp.membership_id = f.membership_id ORDER BY cp.starts_on, cp.id LIMIT 1)
     WHERE f.membership_id = ANY (memberships)
$$;

CREATE FUNCTION registry.learner_periods_placements_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_place(ARRAY(SELECT DISTINCT membership_id FROM added));
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.learner_periods_placements_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_place(ARRAY(SELECT membership_id FROM removed UNION SELECT membership_id FROM added));
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.learner_periods_placements_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_place(ARRAY(SELECT DISTINCT membership_id FROM removed));
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.learner_periods_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_write(ARRAY(SELECT id FROM added WHERE role = 'learner'));
    PERFORM registry.learner_periods_chain(ARRAY(SELECT DISTINCT person_id FROM added WHERE role = 'learner'));
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.learner_periods_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_write(ARRAY(SELECT id FROM removed UNION SELECT id FROM added));
    PERFORM registry.learner_periods_chain(ARRAY(SELECT person_id FROM removed UNION SELECT person_id FROM added));
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.learner_periods_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM registry.learner_period f USING removed m WHERE f.membership_id = m.id;
    PERFORM registry.learner_periods_chain(ARRAY(SELECT DISTINCT person_id FROM removed WHERE role = 'learner'));
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.learner_periods_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE registry.learner_period;
    RETURN NULL;
END
$$;

-- a person's sex or birth date corrected: their periods follow
CREATE FUNCTION registry.learner_periods_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE registry.learner_period f SET sex = n.sex, birth_date = n.birth_date
      FROM added n
      JOIN removed o ON o.id = n.id
     WHERE f.person_id = n.id
       AND (n.sex IS DISTINCT FROM o.sex OR n.birth_date IS DISTINCT FROM o.birth_date);
    RETURN NULL;
END
$$;

-- The level of the organizations given changed (their education level, their type, or the levels
-- of the types): their periods take the new one, and their learners' previous periods are found again.
CREATE FUNCTION registry.learner_periods_relevel(organizations bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    persons bigint[];
BEGIN
    WITH moved AS (
        UPDATE registry.learner_period f SET level = ol.level
          FROM registry.organization_level ol
         WHERE f.organization_id = ANY (organizations) AND ol.id = f.organization_id AND f.level <> ol.level
     RETURNING f.person_id
    )
    SELECT array_agg(DISTINCT person_id) INTO persons FROM moved;
    IF persons IS NOT NULL THEN
        PERFORM registry.learner_periods_chain(persons);
    END IF;
END
$$;

CREATE FUNCTION registry.learner_periods_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_relevel(ARRAY(
        SELECT n.id FROM added n JOIN removed o ON o.id = n.id
         WHERE n.education_level IS DISTINCT FROM o.education_level OR n.type_code IS DISTINCT FROM o.type_code));
    RETURN NULL;
END
$$;

-- a dictionary changed: the organization types may belong to other levels now (mixed organizations count by them)
CREATE FUNCTION registry.learner_periods_types_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.learner_periods_relevel(ARRAY(SELECT id FROM registry.organization WHERE education_level = 'mixed'));
    RETURN NULL;
END
$$;

CREATE TRIGGER learner_periods_added AFTER INSERT ON registry.membership
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_added();
CREATE TRIGGER learner_periods_changed AFTER UPDATE ON registry.membership
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_changed();
CREATE TRIGGER learner_periods_removed AFTER DELETE ON registry.membership
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_removed();
CREATE TRIGGER learner_periods_truncated AFTER TRUNCATE ON registry.membership
    FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_truncated();
CREATE TRIGGER learner_periods_person_changed AFTER UPDATE ON registry.person
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_person_changed();
CREATE TRIGGER learner_periods_placements_added AFTER INSERT ON registry.class_placement
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_placements_added();
CREATE TRIGGER learner_periods_placements_changed AFTER UPDATE ON registry.class_placement
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION registry.learner_periods_placements_changed();
CREATE TRIGGER learner_periods_placements_removed AFTER DELETE ON registry.class_placement
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_placements_removed();
CREATE TRIGGER learner_periods_organization_changed AFTER UPDATE ON registry.organization
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION registry.learner_periods_organization_changed();
CREATE TRIGGER learner_periods_types_changed AFTER INSERT OR UPDATE OR DELETE ON registry.dictionary_entry
    FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_types_changed();

-- The organizations of the report scope, by id only: what the published views check rows
-- against. report.organization does the same but also finds each organization's municipality,
-- which a check need not pay for, and which keeps the planner from counting in parallel.
CREATE VIEW registry.report_scope_organization AS
SELECT o.id
  FROM registry.organization o
 WHERE CASE report.scope_kind()
           WHEN 'region' THEN TRUE
           WHEN 'authority' THEN o.authority_id IN (SELECT descendant_id FROM registry.authority_closure
                                                     WHERE ancestor_id = report.scope_id())
           WHEN 'organization' THEN o.id = report.scope_id()
           ELSE FALSE
       END;

-- The published views read the periods and check the scope by id; they keep their columns and
-- gain the level a period counts at, the period before it and the first class (views version 1.1.0).
CREATE OR REPLACE VIEW report.learner AS
SELECT f.membership_id, f.person_id, f.organization_id, f.starts_on, f.ends_on, f.study_form_code,
       f.enrollment_order_date, f.leaving_reason_code, f.sex, f.birth_date,
       f.level, f.previous_membership_id, f.previous_organization_id, f.previous_ends_on, f.first_class_group_id
  FROM registry.learner_period f
 WHERE f.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- A learner of the scope's history: the scope's kind is read once (an init plan) rather than on
-- every row, and outside the region each person is checked through their own periods.
CREATE OR REPLACE VIEW report.learner_history AS
SELECT f.membership_id, f.person_id, f.organization_id, o.education_level, f.starts_on, f.ends_on,
       f.leaving_reason_code, f.level, f.previous_membership_id, f.previous_organization_id, f.previous_ends_on
  FROM registry.learner_period f
  JOIN registry.organization o ON o.id = f.organization_id
 WHERE (SELECT report.scope_kind()) = 'region'
    OR EXISTS (SELECT FROM registry.learner_period s
                WHERE s.person_id = f.person_id
                  AND s.organization_id IN (SELECT id FROM registry.report_scope_organization));

CREATE OR REPLACE VIEW report.class_group AS
SELECT g.id, g.organization_id, g.academic_year, g.name, g.grade, g.capacity, g.study_form_code, g.specialization
  FROM registry.class_group g
 WHERE g.organization_id IN (SELECT id FROM registry.report_scope_organization);

CREATE OR REPLACE VIEW report.class_placement AS
SELECT cp.membership_id, cp.class_group_id, cp.starts_on, cp.ends_on
  FROM registry.class_placement cp
 WHERE cp.class_group_id IN (SELECT g.id FROM registry.class_group g
                              WHERE g.organization_id IN (SELECT id FROM registry.report_scope_organization));

CREATE OR REPLACE VIEW report.programme_completion AS
SELECT pc.person_id, pc.organization_id, pc.programme, pc.level_code, pc.completed_on
  FROM registry.programme_completion pc
 WHERE pc.organization_id IN (SELECT id FROM registry.report_scope_organization);
