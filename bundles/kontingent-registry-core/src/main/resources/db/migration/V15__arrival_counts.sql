-- Arrival counts: the learner periods counted by organization, first day, first class and where
-- the learner came from — from another organization (the previous period at the same level was
-- elsewhere and ended at most 30 days before this one started, or had not ended) or enrolled for
-- the first time at the level (no previous period). A region's arrivals of a school year are
-- some 570 thousand periods at 2 million learners, fetched by day in about 2 s; their counts are
-- a fraction of that. Kept from registry.learner_period by the statement triggers below (the
-- previous period and the first class are set by updates of the periods); a count that falls to
-- zero stays as a row of zero.
CREATE TABLE registry.arrival_count (
    organization_id      bigint  NOT NULL,
    starts_on            date    NOT NULL,
    first_class_group_id bigint,
    from_other           boolean NOT NULL,
    first_enrolled       boolean NOT NULL,
    arrivals             integer NOT NULL
);
CREATE UNIQUE INDEX arrival_count_key ON registry.arrival_count
    (organization_id, starts_on, (coalesce(first_class_group_id, 0)), from_other, first_enrolled);
CREATE INDEX arrival_count_starts_on ON registry.arrival_count (starts_on);

-- The counting key of a period.
CREATE FUNCTION registry.arrival_from_other(organization_id bigint, starts_on date, previous_organization_id bigint,
        previous_ends_on date) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(previous_organization_id <> organization_id
                    AND (previous_ends_on IS NULL OR previous_ends_on >= starts_on - 30), false)
$$;

INSERT INTO registry.arrival_count
SELECT organization_id, starts_on, first_class_group_id,
       registry.arrival_from_other(organization_id, starts_on, previous_organization_id, previous_ends_on),
       previous_membership_id IS NULL, count(*)
  FROM registry.learner_period
 GROUP BY 1, 2, 3, 4, 5;

CREATE FUNCTION registry.arrival_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO registry.arrival_count AS c
        SELECT organization_id, starts_on, first_class_group_id,
               registry.arrival_from_other(organization_id, starts_on, previous_organization_id, previous_ends_on),
               previous_membership_id IS NULL, count(*)
          FROM added GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (organization_id, starts_on, (coalesce(first_class_group_id, 0)), from_other, first_enrolled)
            DO UPDATE SET arrivals = c.arrivals + EXCLUDED.arrivals;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO registry.arrival_count AS c
        SELECT organization_id, starts_on, first_class_group_id,
               registry.arrival_from_other(organization_id, starts_on, previous_organization_id, previous_ends_on),
               previous_membership_id IS NULL, -count(*)
          FROM removed GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (organization_id, starts_on, (coalesce(first_class_group_id, 0)), from_other, first_enrolled)
            DO UPDATE SET arrivals = c.arrivals + EXCLUDED.arrivals;
    ELSE
        INSERT INTO registry.arrival_count AS c
        SELECT organization_id, starts_on, first_class_group_id, from_other, first_enrolled, sum(delta)
          FROM (SELECT organization_id, starts_on, first_class_group_id,
                       registry.arrival_from_other(organization_id, starts_on, previous_organization_id,
                                                   previous_ends_on) AS from_other,
                       previous_membership_id IS NULL AS first_enrolled, 1 AS delta
                  FROM added
                UNION ALL
                SELECT organization_id, starts_on, first_class_group_id,
                       registry.arrival_from_other(organization_id, starts_on, previous_organization_id, previous_ends_on),
                       previous_membership_id IS NULL, -1
                  FROM removed) changed
         GROUP BY 1, 2, 3, 4, 5
        HAVING sum(delta) <> 0
            ON CONFLICT (organization_id, starts_on, (coalesce(first_class_group_id, 0)), from_other, first_enrolled)
            DO UPDATE SET arrivals = c.arrivals + EXCLUDED.arrivals;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.arrival_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE registry.arrival_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER arrival_counts_added AFTER INSERT ON registry.learner_period
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.arrival_counts_apply();
CREATE TRIGGER arrival_counts_changed AFTER UPDATE ON registry.learner_period
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.arrival_counts_apply();
CREATE TRIGGER arrival_counts_removed AFTER DELETE ON registry.learner_period
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry.arrival_counts_apply();
CREATE TRIGGER arrival_counts_truncated AFTER TRUNCATE ON registry.learner_period
    FOR EACH STATEMENT EXECUTE FUNCTION registry.arrival_counts_truncated();

-- Published (views version 1.3.0): the arrival counts of organizations of the scope.
CREATE VIEW report.arrival_count AS
SELECT a.organization_id, a.starts_on, a.first_class_group_id, a.from_other, a.first_enrolled, a.arrivals
  FROM registry.arrival_count a
 WHERE a.organization_id IN (SELECT id FROM registry.report_scope_organization);
