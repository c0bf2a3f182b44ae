-- Learner marks and result counts. The results of a period and the average mark counted a
-- region's marks one by one (5.7 million marks of a year at 2 million learners, 17 s). Each
-- learner's marks of a period in an organization are summed up in general.learner_marks (one
-- row per learner), and those sums are counted by organization, lowest mark and failure in
-- general.result_count (some thousands of rows a period), which the forms read. Both are kept
-- by the statement triggers below (transition tables) and never written directly: marks added
-- are added to their learners' sums, marks changed or removed have their learners' sums counted
-- again, and every change of the sums is added to or taken from the counts.
CREATE TABLE general.learner_marks (
    academic_year   text     NOT NULL,
    period          text     NOT NULL,
    organization_id bigint   NOT NULL,
    person_id       bigint   NOT NULL,
    -- marks on the five-point and pass-fail scales: what the results of a period count
    graded          integer  NOT NULL,
    -- the five-point marks, their sum and the lowest of them
    marks           integer  NOT NULL,
    total           integer  NOT NULL,
    lowest          smallint,
    -- a pass-fail mark not passed
    failed          boolean  NOT NULL,
    PRIMARY KEY (academic_year, period, organization_id, person_id)
);

INSERT INTO general.learner_marks
SELECT academic_year, period, organization_id, person_id,
       count(*) FILTER (WHERE scale IN ('five-point', 'pass-fail')), count(*) FILTER (WHERE scale = 'five-point'),
       coalesce(sum(mark_value) FILTER (WHERE scale = 'five-point'), 0), min(mark_value), coalesce(bool_or(NOT passed), false)
  FROM general.mark
 GROUP BY 1, 2, 3, 4;

CREATE FUNCTION general.learner_marks_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO general.learner_marks AS s
    SELECT academic_year, period, organization_id, person_id,
           count(*) FILTER (WHERE scale IN ('five-point', 'pass-fail')), count(*) FILTER (WHERE scale = 'five-point'),
           coalesce(sum(mark_value) FILTER (WHERE scale = 'five-point'), 0), min(mark_value),
           coalesce(bool_or(NOT passed), false)
      FROM added
     GROUP BY 1, 2, 3, 4
        ON CONFLICT (academic_year, period, organization_id, person_id) DO UPDATE
       SET graded = s.graded + EXCLUDED.graded, marks = s.marks + EXCLUDED.marks, total = s.total + EXCLUDED.total,
           lowest = least(s.lowest, EXCLUDED.lowest), failed = s.failed OR EXCLUDED.failed;
    RETURN NULL;
END
$$;

-- The learners whose marks were changed or removed: their sums counted again from their marks.
CREATE TYPE general.learner_marks_key AS (academic_year text, period text, organization_id bigint, person_id bigint);

CREATE FUNCTION general.learner_marks_recount(keys general.learner_marks_key[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM general.learner_marks s
     WHERE (s.academic_year, s.period, s.organization_id, s.person_id) IN (SELECT * FROM unnest(keys));
    INSERT INTO general.learner_marks
    SELECT m.academic_year, m.period, m.organization_id, m.person_id,
           count(*) FILTER (WHERE m.scale IN ('five-point', 'pass-fail')), count(*) FILTER (WHERE m.scale = 'five-point'),
           coalesce(sum(m.mark_value) FILTER (WHERE m.scale = 'five-point'), 0), min(m.mark_value),
           coalesce(bool_or(NOT m.passed), false)
      FROM general.mark m
     WHERE (m.academic_year, m.period, m.organization_id, m.person_id) IN (SELECT * FROM unnest(keys))
     GROUP BY 1, 2, 3, 4;
$$;

CREATE FUNCTION general.learner_marks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM general.learner_marks_recount(ARRAY(
        SELECT ROW(academic_year, period, organization_id, person_id)::general.learner_marks_key FROM removed
         UNION
        SELECT ROW(academic_year, period, organization_id, person_id)::general.learner_marks_key FROM added));
    RETURN NULL;
END
$$;

CREATE FUNCTION general.learner_marks_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM general.learner_marks_recount(ARRAY(
        SELECT DISTINCT ROW(academic_year, period, organization_id, person_id)::general.learner_marks_key FROM removed));
    RETURN NULL;
END
$$;

CREATE FUNCTION general.learner_marks_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE general.learner_marks;
    RETURN NULL;
END
$$;

CREATE TRIGGER learner_marks_added AFTER INSERT ON general.mark
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION general.learner_marks_added();
CREATE TRIGGER learner_marks_changed AFTER UPDATE ON general.mark
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION general.learner_marks_changed();
CREATE TRIGGER learner_marks_removed AFTER DELETE ON general.mark
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION general.learner_marks_removed();
CREATE TRIGGER learner_marks_truncated AFTER TRUNCATE ON general.mark
    FOR EACH STATEMENT EXECUTE FUNCTION general.learner_marks_truncated();

-- The learners' sums counted: learners with marks of the period (five-point or pass-fail) and
-- learners with five-point marks, their marks and the sum of them, by organization, the lowest
-- five-point mark and whether a pass-fail mark was not passed. A count that falls to zero stays
-- as a row of zero.
CREATE TABLE general.result_count (
    academic_year   text     NOT NULL,
    period          text     NOT NULL,
    organization_id bigint   NOT NULL,
    lowest          smallint,
    failed          boolean  NOT NULL,
    learners        integer  NOT NULL,
    with_marks      integer  NOT NULL,
    marks           bigint   NOT NULL,
    total           bigint   NOT NULL
);
CREATE UNIQUE INDEX result_count_key
    ON general.result_count (academic_year, period, organization_id, (coalesce(lowest, 0)), failed);

INSERT INTO general.result_count
SELECT academic_year, period, organization_id, lowest, failed, count(*) FILTER (WHERE graded > 0),
       count(*) FILTER (WHERE marks > 0), sum(marks), sum(total)
  FROM general.learner_marks
 GROUP BY 1, 2, 3, 4, 5;

-- Adds the sums of one transition table and takes away those of another.
CREATE FUNCTION general.result_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO general.result_count AS c
        SELECT academic_year, period, organization_id, lowest, failed, count(*) FILTER (WHERE graded > 0),
               count(*) FILTER (WHERE marks > 0), sum(marks), sum(total)
          FROM added GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (academic_year, period, organization_id, (coalesce(lowest, 0)), failed) DO UPDATE
           SET learners = c.learners + EXCLUDED.learners, with_marks = c.with_marks + EXCLUDED.with_marks,
               marks = c.marks + EXCLUDED.marks, total = c.total + EXCLUDED.total;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO general.result_count AS c
        SELECT academic_year, period, organization_id, lowest, failed, -count(*) FILTER (WHERE graded > 0),
               -count(*) FILTER (WHERE marks > 0), -sum(marks), -sum(total)
          FROM removed GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (academic_year, period, organization_id, (coalesce(lowest, 0)), failed) DO UPDATE
           SET learners = c.learners + EXCLUDED.learners, with_marks = c.with_marks + EXCLUDED.with_marks,
               marks = c.marks + EXCLUDED.marks, total = c.total + EXCLUDED.total;
    ELSE
        INSERT INTO general.result_count AS c
        SELECT academic_year, period, organization_id, lowest, failed, sum(sign * (graded > 0)::int),
               sum(sign * (marks > 0)::int), sum(sign * marks), sum(sign * total)
          FROM (SELECT academic_year, period, organization_id, lowest, failed, graded, marks, total, -1 AS sign
                  FROM removed
                UNION ALL
                SELECT academic_year, period, organization_id, lowest, failed, graded, marks, total, 1 FROM added) changed
         GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (academic_year, period, organization_id, (coalesce(lowest, 0)), failed) DO UPDATE
           SET learners = c.learners + EXCLUDED.learners, with_marks = c.with_marks + EXCLUDED.with_marks,
               marks = c.marks + EXCLUDED.marks, total = c.total + EXCLUDED.total;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION general.result_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE general.result_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER result_counts_added AFTER INSERT ON general.learner_marks
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION general.result_counts_apply();
CREATE TRIGGER result_counts_changed AFTER UPDATE ON general.learner_marks
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION general.result_counts_apply();
CREATE TRIGGER result_counts_removed AFTER DELETE ON general.learner_marks
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION general.result_counts_apply();
CREATE TRIGGER result_counts_truncated AFTER TRUNCATE ON general.learner_marks
    FOR EACH STATEMENT EXECUTE FUNCTION general.result_counts_truncated();

-- Published (general views 1.1.0): the counts of organizations of the scope.
CREATE VIEW report.result_count AS
SELECT c.academic_year, c.period, c.organization_id, c.lowest, c.failed, c.learners, c.with_marks, c.marks, c.total
  FROM general.result_count c
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);
