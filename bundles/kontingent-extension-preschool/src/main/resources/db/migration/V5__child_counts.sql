-- Children counted by their enrollment. The distributions of a region's children by age group, stay
-- mode and group type joined the 560 thousand preschool learners on a day to their memberships'
-- latest enrollments (about 1.9 s at 2 million learners). The extension keeps instead each preschool
-- learner period with the codes of its enrollment (preschool.child_period) and those periods counted by
-- organization, first day, end and codes (preschool.child_count), as the registry counts its learners:
-- children enrol and leave on few days, so a region's children on a day are summed from a few thousand
-- counts. A period is written again when an enrollment of its membership is written (the statement
-- triggers below) and when the registry tells of it (its subscription, registry views 1.4.0: added,
-- ended, moved, removed); the counts follow the periods statement by statement.

-- A preschool learner period with the codes of the membership's latest enrollment recorded by the same
-- organization (none: no enrollment). Nothing else should read it.
CREATE TABLE preschool.child_period (
    membership_id   bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    starts_on       date   NOT NULL,
    ends_on         date,
    age_group       text,
    stay_mode       text,
    group_type      text
);

-- The periods counted; a count that falls to zero stays as a row of zero.
CREATE TABLE preschool.child_count (
    organization_id bigint  NOT NULL,
    starts_on       date    NOT NULL,
    ends_on         date,
    age_group       text,
    stay_mode       text,
    group_type      text,
    children        integer NOT NULL
);
CREATE UNIQUE INDEX child_count_key ON preschool.child_count (organization_id, starts_on, (coalesce(ends_on, 'infinity')),
    (coalesce(age_group, '')), (coalesce(stay_mode, '')), (coalesce(group_type, '')));

-- Adds the periods of a statement's transition table, counted, times the trigger's sign: the rows
-- inserted add, those deleted take away, an update does both.
CREATE FUNCTION preschool.child_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO preschool.child_count AS c (organization_id, starts_on, ends_on, age_group, stay_mode, group_type, children)
    SELECT organization_id, starts_on, ends_on, age_group, stay_mode, group_type, TG_ARGV[0]::integer * count(*)
      FROM changed
     GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (organization_id, starts_on, (coalesce(ends_on, 'infinity')), (coalesce(age_group, '')),
                     (coalesce(stay_mode, '')), (coalesce(group_type, '')))
        DO UPDATE SET children = c.children + EXCLUDED.children;
    RETURN NULL;
END
$$;

CREATE FUNCTION preschool.child_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE preschool.child_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER child_counts_added AFTER INSERT ON preschool.child_period
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_counts_apply('1');
CREATE TRIGGER child_counts_removed AFTER DELETE ON preschool.child_period
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_counts_apply('-1');
CREATE TRIGGER child_counts_changed_from AFTER UPDATE ON preschool.child_period
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_counts_apply('-1');
CREATE TRIGGER child_counts_changed_to AFTER UPDATE ON preschool.child_period
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_counts_apply('1');
CREATE TRIGGER child_counts_truncated AFTER TRUNCATE ON preschool.child_period
    FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_counts_truncated();

-- Writes the periods of the memberships given (NULL: every preschool period) again, from the periods
-- as report.learner shows them (scope region, the caller's set back after) and the enrollments.
CREATE FUNCTION preschool.child_periods_write(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
BEGIN
    IF memberships IS NULL THEN
        TRUNCATE preschool.child_period;
    ELSE
        DELETE FROM preschool.child_period WHERE membership_id = ANY (memberships);
    END IF;
    PERFORM set_config('kontingent.report_scope', 'region', true);
    EXECUTE format($sql$
        INSERT INTO preschool.child_period (membership_id, organization_id, starts_on, ends_on, age_group, stay_mode, group_type)
        SELECT l.membership_id, l.organization_id, l.starts_on, l.ends_on, e.age_group, e.stay_mode, e.group_type
          FROM report.learner l %s
          LEFT JOIN LATERAL (SELECT e.age_group, e.stay_mode, e.group_type
                               FROM preschool.enrollment e
                              WHERE e.membership_id = l.membership_id AND e.organization_id = l.organization_id
                              ORDER BY e.id DESC LIMIT 1) e ON TRUE
         WHERE l.level = 'preschool'
        $sql$, CASE WHEN memberships IS NULL THEN '' ELSE 'JOIN (SELECT DISTINCT unnest($1) AS id) m ON m.id = l.membership_id' END) USING memberships;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
END
$$;

-- The registry's subscription: the memberships whose periods a statement wrote, or NULL when every
-- period was removed (a bulk load rebuilding them, which then adds them all).
CREATE FUNCTION preschool.learner_periods_changed(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF memberships IS NULL THEN
        TRUNCATE preschool.child_period;
    ELSE
        PERFORM preschool.child_periods_write(memberships);
    END IF;
END
$$;

-- An enrollment written: the periods of its membership (before and after the change) written again.
CREATE FUNCTION preschool.child_periods_enrollments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM preschool.child_periods_write(NULL);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM preschool.child_periods_write(ARRAY(SELECT DISTINCT membership_id FROM added WHERE membership_id IS NOT NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM preschool.child_periods_write(ARRAY(SELECT DISTINCT membership_id FROM removed
                                                     WHERE membership_id IS NOT NULL));
    ELSE
        PERFORM preschool.child_periods_write(ARRAY(SELECT membership_id FROM added WHERE membership_id IS NOT NULL
                                                    UNION
                                                    SELECT membership_id FROM removed WHERE membership_id IS NOT NULL));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER child_periods_added AFTER INSERT ON preschool.enrollment REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_periods_enrollments_changed();
CREATE TRIGGER child_periods_changed AFTER UPDATE ON preschool.enrollment
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_periods_enrollments_changed();
CREATE TRIGGER child_periods_removed AFTER DELETE ON preschool.enrollment REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_periods_enrollments_changed();
CREATE TRIGGER child_periods_truncated AFTER TRUNCATE ON preschool.enrollment
    FOR EACH STATEMENT EXECUTE FUNCTION preschool.child_periods_enrollments_changed();

SELECT preschool.child_periods_write(NULL);
SELECT report.subscribe_to_learner_periods('preschool', 'preschool.learner_periods_changed(bigint[])');

-- Published (views version 1.1.0): the counts of organizations of the scope. The children of an
-- organization on day D: the sum of children where starts_on <= D AND (ends_on IS NULL OR D < ends_on),
-- by the codes of their enrollment (none: no enrollment recorded by the organization).
CREATE VIEW report.preschool_child_count AS
SELECT c.organization_id, c.starts_on, c.ends_on, c.age_group, c.stay_mode, c.group_type, c.children
  FROM preschool.child_count c
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);
