-- Learner counts of additional education. Counting a region's learners of additional education on a
-- day by programme kind joined its 384 thousand learners to 412 thousand programmes and grouped them
-- per learner (about 2.5 s at 2 million learners). The extension keeps instead, for every learner
-- period of additional education and every other learner period with a programme, the pieces of it over
-- which the learner's programmes and age band do not change, one row per programme kind
-- (additional.learner_state), and counts them per organization and kind as the changes of each day:
-- how many learners, of which orientations, adapted and distance programmes, age bands and sex, come
-- and go on the day (additional.learner_count). The learners of an organization on a day are the sums
-- of its changes up to the day.
--
-- Changes, not each day's totals: an open-ended period is cut at the learner's coming birthdays, so an
-- organization's counts change on hundreds of days to come, and a total kept per day would have to be
-- written again on all of them whenever a learner comes or goes (30 ms an organization at commit);
-- adding a change writes the days it changes alone.
--
-- A period's pieces are written again when a programme of its membership is written (the statement
-- triggers below) and when the registry tells of the period (its subscription, registry views 1.4.0:
-- added, ended, moved, removed, the learner's sex or birth date corrected). What the pieces a
-- transaction wrote change in the counts is gathered by organization, kind and day, and added to the
-- counts once, when it commits.

-- What changes a learner's counting during one learner period, cut to the period [f, t): a programme
-- of the membership (kind: the programme's kind; orientation: its orientation's bit), the period itself
-- when it is one of additional education (kind 'period': counted without a programme too), or the day
-- the learner turns 5, 10, 15 or 18 (kind 'age').
CREATE TYPE additional.learner_fact AS (
    kind        text,
    f           date,
    t           date,
    orientation integer,
    adapted     boolean,
    distance    boolean
);

-- A learner during a piece [valid_from, valid_to) of one learner period (valid_to NULL: open-ended)
-- with the programmes of one kind in force (kind NULL: none, a learner of additional education without
-- one): their orientations as bits (technical 1, natural science 2, physical culture and sport 4,
-- artistic 8, tourist and local history 16, social and humanitarian 32), whether any is adapted or
-- uses distance technologies; the age band (0: under 5, 1: 5–9, 2: 10–14, 3: 15–17, 4: 18 and over)
-- and sex. Nothing else should read it.
CREATE TABLE additional.learner_state (
    membership_id   bigint   NOT NULL,
    organization_id bigint   NOT NULL,
    valid_from      date     NOT NULL,
    valid_to        date,
    kind            text,
    orientations    integer  NOT NULL,
    adapted         boolean  NOT NULL,
    distance        boolean  NOT NULL,
    age_band        smallint NOT NULL,
    sex             char(1),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX learner_state_membership ON additional.learner_state (membership_id);
CREATE INDEX learner_state_organization ON additional.learner_state (organization_id);

-- What changes on a day in the learners of an organization by programme kind (NULL: without a
-- programme): those who come less those who go, in all and of each orientation, adapted and distance
-- programmes, age band and sex. A day whose changes add up to nothing has no row.
CREATE TABLE additional.learner_count (
    organization_id            bigint  NOT NULL,
    kind                       text,
    day                        date    NOT NULL,
    learners                   integer NOT NULL,
    technical                  integer NOT NULL,
    natural_science            integer NOT NULL,
    physical_culture_and_sport integer NOT NULL,
    artistic                   integer NOT NULL,
    tourist_and_local_history  integer NOT NULL,
    social_humanitarian        integer NOT NULL,
    adapted                    integer NOT NULL,
    distance                   integer NOT NULL,
    age_under_5                integer NOT NULL,
    age_5_to_9                 integer NOT NULL,
    age_10_to_14               integer NOT NULL,
    age_15_to_17               integer NOT NULL,
    age_18_plus                integer NOT NULL,
    boys                       integer NOT NULL,
    girls                      integer NOT NULL
);
CREATE UNIQUE INDEX learner_count_key ON additional.learner_count (organization_id, (coalesce(kind, '')), day);

-- What the pieces a transaction wrote change in an organization's counts of a kind from a day on,
-- gathered until it commits.
CREATE TABLE additional.learner_count_change (
    transaction_id             xid8    NOT NULL,
    organization_id            bigint  NOT NULL,
    kind                       text,
    day                        date    NOT NULL,
    learners                   integer NOT NULL,
    technical                  integer NOT NULL,
    natural_science            integer NOT NULL,
    physical_culture_and_sport integer NOT NULL,
    artistic                   integer NOT NULL,
    tourist_and_local_history  integer NOT NULL,
    social_humanitarian        integer NOT NULL,
    adapted                    integer NOT NULL,
    distance                   integer NOT NULL,
    age_under_5                integer NOT NULL,
    age_5_to_9                 integer NOT NULL,
    age_10_to_14               integer NOT NULL,
    age_15_to_17               integer NOT NULL,
    age_18_plus                integer NOT NULL,
    boys                       integer NOT NULL,
    girls                      integer NOT NULL
);
CREATE UNIQUE INDEX learner_count_change_key
    ON additional.learner_count_change (transaction_id, organization_id, (coalesce(kind, '')), day);

-- The organizations whose counts a transaction changed: each is brought up to date when it commits.
CREATE TABLE additional.learner_count_pending (
    transaction_id  xid8   NOT NULL,
    organization_id bigint NOT NULL,
    PRIMARY KEY (transaction_id, organization_id)
);

-- Writes the pieces of the learner periods of the memberships given (NULL: of every period) from the
-- periods as report.learner shows them (scope region, the caller's set back after) and the programmes
-- recorded for the membership by its organization; answers the pieces written. Each period's facts are
-- gathered into one array and its pieces found from it alone: no join of one large set with another,
-- whose size the planner cannot foresee.
CREATE FUNCTION additional.learner_states_write(memberships bigint[]) RETURNS SETOF additional.learner_state
LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
BEGIN
    PERFORM set_config('kontingent.report_scope', 'region', true);
    RETURN QUERY EXECUTE format($sql$
        WITH period AS (
            SELECT l.membership_id, l.organization_id, l.level, l.starts_on, l.ends_on, l.sex, l.birth_date
              FROM report.learner l %s
             WHERE (l.level = 'additional' OR EXISTS (SELECT FROM additional.programme p
                                                       WHERE p.membership_id = l.membership_id
                                                         AND p.organization_id = l.organization_id))
        ), fact AS (
            SELECT l.membership_id, l.organization_id, l.sex, l.birth_date,
                   ROW(p.kind, greatest(p.starts_on, l.starts_on), least(p.ends_on, l.ends_on),
                       CASE p.orientation WHEN 'technical' THEN 1 WHEN 'natural-science' THEN 2
                                          WHEN 'physical-culture-and-sport' THEN 4 WHEN 'artistic' THEN 8
                                          WHEN 'tourist-and-local-history' THEN 16 WHEN 'social-humanitarian' THEN 32 END,
                       p.adapted, p.distance_technologies)::additional.learner_fact AS fact
              FROM period l
              JOIN additional.programme p ON p.membership_id = l.membership_id AND p.organization_id = l.organization_id
             WHERE p.starts_on < coalesce(l.ends_on, 'infinity') AND coalesce(p.ends_on, 'infinity') > l.starts_on
            UNION ALL
            SELECT l.membership_id, l.organization_id, l.sex, l.birth_date,
                   ROW('period', l.starts_on, l.ends_on, 0, false, false)::additional.learner_fact
              FROM period l
             WHERE l.level = 'additional'
            UNION ALL
            SELECT l.membership_id, l.organization_id, l.sex, l.birth_date,
                   ROW('age', a.day, NULL, 0, false, false)::additional.learner_fact
              FROM period l
             CROSS JOIN LATERAL (
                 -- the day one turns n: the birthday, or 1 March for one born on 29 February in a common year
                 SELECT (b.day + CASE WHEN to_char(l.birth_date, 'MM-DD') = '02-29' AND to_char(b.day, 'MM-DD') = '02-28'
                                      THEN 1 ELSE 0 END) AS day
                   FROM (SELECT (l.birth_date + make_interval(years => n))::date AS day FROM unnest(ARRAY[5, 10, 15, 18]) n) b
             ) a
             WHERE a.day > l.starts_on AND a.day < coalesce(l.ends_on, 'infinity')
        ), facts AS (
            SELECT membership_id, organization_id, sex, birth_date, array_agg(fact) AS facts
              FROM fact
             GROUP BY membership_id, organization_id, sex, birth_date
        )
        INSERT INTO additional.learner_state (membership_id, organization_id, valid_from, valid_to, kind, orientations,
                                              adapted, distance, age_band, sex)
        SELECT m.membership_id, m.organization_id, x.f, x.t, k.kind, k.orientations, k.adapted, k.distance,
               CASE WHEN x.age < 5 THEN 0 WHEN x.age < 10 THEN 1 WHEN x.age < 15 THEN 2 WHEN x.age < 18 THEN 3 ELSE 4 END,
               m.sex
          FROM facts m
         CROSS JOIN LATERAL (
             SELECT d.day AS f, lead(d.day) OVER (ORDER BY d.day) AS t, date_part('year', age(d.day, m.birth_date)) AS age
               FROM (SELECT DISTINCT e.day
                       FROM unnest(m.facts) x
                      CROSS JOIN LATERAL (VALUES (x.f), (x.t)) e(day)
                      WHERE e.day IS NOT NULL) d
         ) x
         CROSS JOIN LATERAL (
             SELECT c.kind, bit_or(c.orientation) AS orientations, bool_or(c.adapted) AS adapted,
                    bool_or(c.distance) AS distance
               FROM unnest(m.facts) c
              WHERE c.kind NOT IN ('period', 'age') AND c.f <= x.f AND (c.t IS NULL OR x.f < c.t)
              GROUP BY c.kind
             UNION ALL
             SELECT NULL, 0, false, false
              WHERE EXISTS (SELECT FROM unnest(m.facts) c
                             WHERE c.kind = 'period' AND c.f <= x.f AND (c.t IS NULL OR x.f < c.t))
                AND NOT EXISTS (SELECT FROM unnest(m.facts) c
                                 WHERE c.kind NOT IN ('period', 'age') AND c.f <= x.f AND (c.t IS NULL OR x.f < c.t))
         ) k
        RETURNING *
        $sql$, CASE WHEN memberships IS NULL THEN '' ELSE 'JOIN (SELECT DISTINCT unnest($1) AS id) m ON m.id = l.membership_id' END)
        USING memberships;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
END
$$;

-- Writes the pieces of the memberships given (NULL: of every learner period) again, and gathers what
-- that changes in their organizations' counts, by kind and day, for the transaction's commit.
CREATE FUNCTION additional.learner_states_refresh(memberships bigint[]) RETURNS void LANGUAGE sql AS $$
    WITH gone AS (
        DELETE FROM additional.learner_state WHERE membership_id = ANY (memberships) RETURNING *
    ), piece AS (
        SELECT g.*, -1 AS sign FROM gone g
        UNION ALL
        SELECT w.*, 1 FROM additional.learner_states_write(memberships) w
    ), edge AS (
        SELECT organization_id, kind, valid_from AS day, sign, orientations, adapted, distance, age_band, sex FROM piece
        UNION ALL
        SELECT organization_id, kind, valid_to, -sign, orientations, adapted, distance, age_band, sex
          FROM piece
         WHERE valid_to IS NOT NULL
    ), changed AS (
        INSERT INTO additional.learner_count_change AS c (transaction_id, organization_id, kind, day, learners,
                technical, natural_science, physical_culture_and_sport, artistic, tourist_and_local_history,
                social_humanitarian, adapted, distance, age_under_5, age_5_to_9, age_10_to_14, age_15_to_17,
                age_18_plus, boys, girls)
        SELECT pg_current_xact_id(), organization_id, kind, day,
               sum(sign),
               coalesce(sum(sign) FILTER (WHERE orientations & 1 <> 0), 0),
               coalesce(sum(sign) FILTER (WHERE orientations & 2 <> 0), 0),
               coalesce(sum(sign) FILTER (WHERE orientations & 4 <> 0), 0),
               coalesce(sum(sign) FILTER (WHERE orientations & 8 <> 0), 0),
               coalesce(sum(sign) FILTER (WHERE orientations & 16 <> 0), 0),
               coalesce(sum(sign) FILTER (WHERE orientations & 32 <> 0), 0),
               coalesce(sum(sign) FILTER (WHERE adapted), 0),
               coalesce(sum(sign) FILTER (WHERE distance), 0),
               coalesce(sum(sign) FILTER (WHERE age_band = 0), 0),
               coalesce(sum(sign) FILTER (WHERE age_band = 1), 0),
               coalesce(sum(sign) FILTER (WHERE age_band = 2), 0),
               coalesce(sum(sign) FILTER (WHERE age_band = 3), 0),
               coalesce(sum(sign) FILTER (WHERE age_band = 4), 0),
               coalesce(sum(sign) FILTER (WHERE sex = 'M'), 0),
               coalesce(sum(sign) FILTER (WHERE sex = 'F'), 0)
          FROM edge
         GROUP BY organization_id, kind, day
            ON CONFLICT (transaction_id, organization_id, (coalesce(kind, '')), day) DO UPDATE
           SET learners = c.learners + EXCLUDED.learners,
               technical = c.technical + EXCLUDED.technical,
               natural_science = c.natural_science + EXCLUDED.natural_science,
               physical_culture_and_sport = c.physical_culture_and_sport + EXCLUDED.physical_culture_and_sport,
               artistic = c.artistic + EXCLUDED.artistic,
               tourist_and_local_history = c.tourist_and_local_history + EXCLUDED.tourist_and_local_history,
               social_humanitarian = c.social_humanitarian + EXCLUDED.social_humanitarian,
               adapted = c.adapted + EXCLUDED.adapted,
               distance = c.distance + EXCLUDED.distance,
               age_under_5 = c.age_under_5 + EXCLUDED.age_under_5,
               age_5_to_9 = c.age_5_to_9 + EXCLUDED.age_5_to_9,
               age_10_to_14 = c.age_10_to_14 + EXCLUDED.age_10_to_14,
               age_15_to_17 = c.age_15_to_17 + EXCLUDED.age_15_to_17,
               age_18_plus = c.age_18_plus + EXCLUDED.age_18_plus,
               boys = c.boys + EXCLUDED.boys,
               girls = c.girls + EXCLUDED.girls
        RETURNING organization_id
    )
    INSERT INTO additional.learner_count_pending (transaction_id, organization_id)
    SELECT DISTINCT pg_current_xact_id(), organization_id FROM changed
        ON CONFLICT DO NOTHING;
$$;

-- Adds what a transaction changed in an organization's counts to them: the changes of a day added to
-- the day's row (or a new row), and a row whose changes come to nothing removed.
-- PL/pgSQL, so that the statements are planned once per session, not at every call.
CREATE FUNCTION additional.learner_counts_add(transaction xid8, organization bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    kinds text[];
    days  date[];
BEGIN
    WITH change AS (
        DELETE FROM additional.learner_count_change
         WHERE transaction_id = transaction AND organization_id = organization
        RETURNING *
    ), added AS (
        INSERT INTO additional.learner_count AS c (organization_id, kind, day, learners, technical, natural_science,
                physical_culture_and_sport, artistic, tourist_and_local_history, social_humanitarian, adapted, distance,
                age_under_5, age_5_to_9, age_10_to_14, age_15_to_17, age_18_plus, boys, girls)
        SELECT organization_id, kind, day, learners, technical, natural_science, physical_culture_and_sport, artistic,
               tourist_and_local_history, social_humanitarian, adapted, distance, age_under_5, age_5_to_9, age_10_to_14,
               age_15_to_17, age_18_plus, boys, girls
          FROM change
         -- a piece written again as it was leaves changes that add up to none
         WHERE learners <> 0 OR technical <> 0 OR natural_science <> 0 OR physical_culture_and_sport <> 0 OR
               artistic <> 0 OR tourist_and_local_history <> 0 OR social_humanitarian <> 0 OR adapted <> 0 OR
               distance <> 0 OR age_under_5 <> 0 OR age_5_to_9 <> 0 OR age_10_to_14 <> 0 OR age_15_to_17 <> 0 OR
               age_18_plus <> 0 OR boys <> 0 OR girls <> 0
            ON CONFLICT (organization_id, (coalesce(kind, '')), day) DO UPDATE
           SET learners = c.learners + EXCLUDED.learners,
               technical = c.technical + EXCLUDED.technical,
               natural_science = c.natural_science + EXCLUDED.natural_science,
               physical_culture_and_sport = c.physical_culture_and_sport + EXCLUDED.physical_culture_and_sport,
               artistic = c.artistic + EXCLUDED.artistic,
               tourist_and_local_history = c.tourist_and_local_history + EXCLUDED.tourist_and_local_history,
               social_humanitarian = c.social_humanitarian + EXCLUDED.social_humanitarian,
               adapted = c.adapted + EXCLUDED.adapted,
               distance = c.distance + EXCLUDED.distance,
               age_under_5 = c.age_under_5 + EXCLUDED.age_under_5,
               age_5_to_9 = c.age_5_to_9 + EXCLUDED.age_5_to_9,
               age_10_to_14 = c.age_10_to_14 + EXCLUDED.age_10_to_14,
               age_15_to_17 = c.age_15_to_17 + EXCLUDED.age_15_to_17,
               age_18_plus = c.age_18_plus + EXCLUDED.age_18_plus,
               boys = c.boys + EXCLUDED.boys,
               girls = c.girls + EXCLUDED.girls
        RETURNING *
    )
    SELECT array_agg(kind), array_agg(day) INTO kinds, days
      FROM added
     WHERE learners = 0 AND technical = 0 AND natural_science = 0 AND physical_culture_and_sport = 0 AND artistic = 0
       AND tourist_and_local_history = 0 AND social_humanitarian = 0 AND adapted = 0 AND distance = 0
       AND age_under_5 = 0 AND age_5_to_9 = 0 AND age_10_to_14 = 0 AND age_15_to_17 = 0 AND age_18_plus = 0
       AND boys = 0 AND girls = 0;
    IF days IS NOT NULL THEN
        DELETE FROM additional.learner_count c
         USING unnest(kinds, days) e(kind, day)
         WHERE c.organization_id = organization AND coalesce(c.kind, '') = coalesce(e.kind, '') AND c.day = e.day;
    END IF;
END
$$;

-- At commit, once per organization a transaction changed: the changes added to its counts, one
-- transaction after another.
CREATE FUNCTION additional.learner_counts_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('additional.learner_count'), hashint8(NEW.organization_id));
    PERFORM additional.learner_counts_add(NEW.transaction_id, NEW.organization_id);
    DELETE FROM additional.learner_count_pending
     WHERE transaction_id = NEW.transaction_id AND organization_id = NEW.organization_id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER learner_counts_pending AFTER INSERT ON additional.learner_count_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION additional.learner_counts_pending();

-- Every piece and count written again from nothing (the counts when the transaction commits).
CREATE FUNCTION additional.learner_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE additional.learner_state, additional.learner_count, additional.learner_count_change,
             additional.learner_count_pending;
    PERFORM additional.learner_states_refresh(NULL);
END
$$;

-- The registry's subscription: the memberships whose periods a statement wrote, or NULL when every
-- period was removed (a bulk load rebuilding them, which then adds them all).
CREATE FUNCTION additional.learner_periods_changed(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF memberships IS NULL THEN
        TRUNCATE additional.learner_state, additional.learner_count, additional.learner_count_change,
                 additional.learner_count_pending;
    ELSE
        PERFORM additional.learner_states_refresh(memberships);
    END IF;
END
$$;

-- A programme written: the pieces of its membership (before and after the change) written again.
CREATE FUNCTION additional.learner_states_programmes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM additional.learner_counts_rebuild();
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM additional.learner_states_refresh(ARRAY(SELECT DISTINCT membership_id FROM added
                                                         WHERE membership_id IS NOT NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM additional.learner_states_refresh(ARRAY(SELECT DISTINCT membership_id FROM removed
                                                         WHERE membership_id IS NOT NULL));
    ELSE
        PERFORM additional.learner_states_refresh(ARRAY(SELECT membership_id FROM added WHERE membership_id IS NOT NULL
                                                        UNION
                                                        SELECT membership_id FROM removed WHERE membership_id IS NOT NULL));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER learner_states_added AFTER INSERT ON additional.programme REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION additional.learner_states_programmes_changed();
CREATE TRIGGER learner_states_changed AFTER UPDATE ON additional.programme
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION additional.learner_states_programmes_changed();
CREATE TRIGGER learner_states_removed AFTER DELETE ON additional.programme REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION additional.learner_states_programmes_changed();
CREATE TRIGGER learner_states_truncated AFTER TRUNCATE ON additional.programme
    FOR EACH STATEMENT EXECUTE FUNCTION additional.learner_states_programmes_changed();

SELECT additional.learner_counts_rebuild();
SELECT report.subscribe_to_learner_periods('additional', 'additional.learner_periods_changed(bigint[])');

-- Published (views version 1.1.0): the counts of organizations of the scope, as what changes on each day.
-- The learners of an organization on day D by programme kind (kind NULL: learners of additional
-- education without a programme on D): the sums of its rows of the kind where day <= D.
CREATE VIEW report.additional_learner_count AS
SELECT c.organization_id, c.kind, c.day, c.learners, c.technical, c.natural_science, c.physical_culture_and_sport,
       c.artistic, c.tourist_and_local_history, c.social_humanitarian, c.adapted, c.distance, c.age_under_5,
       c.age_5_to_9, c.age_10_to_14, c.age_15_to_17, c.age_18_plus, c.boys, c.girls
  FROM additional.learner_count c
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);
