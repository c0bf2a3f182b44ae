-- Learner counts by health. Counting the learners of a whole region on a day by their health joined
-- 2.35 million learners to 2 million conclusions (about 10 s at 2 million learners). The extension
-- keeps instead, for every learner period, what the learner's health is during it, piece by piece
-- (health.learner_state), and counts those pieces per organization as a timeline: from each day on
-- which a count changes, how many learners of the organization are in each health group, medical
-- group for physical education and so on (health.learner_count: a few hundred rows per
-- organization). The learners of a region on a day by health are then one row per organization.
--
-- A piece is kept from the extension's own tables and the registry's learner periods: written again
-- when a conclusion, disability or special needs of its organization and person change (the
-- statement triggers below), and when the registry tells of a learner period added, changed or
-- removed (its subscription, registry views 1.4.0). What the pieces a transaction wrote change in the
-- counts is gathered by organization and day, and added to the organizations' timelines once, when it
-- commits: a batch that ends a thousand learners' periods changes a few rows of each of their
-- organizations' timelines, not the timelines counted again from all their pieces.

-- What a learner's health is during a piece [valid_from, valid_to) of one learner period (valid_to
-- NULL: open-ended), where anything of it is known: the conclusion in force (the latest to begin, when
-- several), whether any disability (of them, of a disabled child) and any special educational needs
-- (of them, needing an adapted programme) hold. Nothing else should read it.
CREATE TABLE health.learner_state (
    membership_id       bigint   NOT NULL,
    organization_id     bigint   NOT NULL,
    person_id           bigint   NOT NULL,
    valid_from          date     NOT NULL,
    valid_to            date,
    health_group        smallint,
    pe_group            text,
    long_term_treatment boolean  NOT NULL,
    disabled            boolean  NOT NULL,
    child_disabled      boolean  NOT NULL,
    special_needs       boolean  NOT NULL,
    adapted_programme   boolean  NOT NULL,
    PRIMARY KEY (membership_id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX learner_state_learner ON health.learner_state (organization_id, person_id);

-- The learners of an organization by health from valid_from to the day before valid_to (NULL: from
-- then on): one row per day on which a count changes.
CREATE TABLE health.learner_count (
    organization_id     bigint  NOT NULL,
    valid_from          date    NOT NULL,
    valid_to            date,
    group_1             integer NOT NULL,
    group_2             integer NOT NULL,
    group_3             integer NOT NULL,
    group_4             integer NOT NULL,
    group_5             integer NOT NULL,
    pe_basic            integer NOT NULL,
    pe_preparatory      integer NOT NULL,
    pe_special_a        integer NOT NULL,
    pe_special_b        integer NOT NULL,
    pe_exempt           integer NOT NULL,
    long_term_treatment integer NOT NULL,
    disabled            integer NOT NULL,
    child_disabled      integer NOT NULL,
    special_needs       integer NOT NULL,
    adapted_programme   integer NOT NULL,
    PRIMARY KEY (organization_id, valid_from)
);

-- What the pieces a transaction wrote change in an organization's counts from a day on, gathered
-- until it commits.
CREATE TABLE health.learner_count_change (
    transaction_id      xid8    NOT NULL,
    organization_id     bigint  NOT NULL,
    day                 date    NOT NULL,
    group_1             integer NOT NULL,
    group_2             integer NOT NULL,
    group_3             integer NOT NULL,
    group_4             integer NOT NULL,
    group_5             integer NOT NULL,
    pe_basic            integer NOT NULL,
    pe_preparatory      integer NOT NULL,
    pe_special_a        integer NOT NULL,
    pe_special_b        integer NOT NULL,
    pe_exempt           integer NOT NULL,
    long_term_treatment integer NOT NULL,
    disabled            integer NOT NULL,
    child_disabled      integer NOT NULL,
    special_needs       integer NOT NULL,
    adapted_programme   integer NOT NULL,
    PRIMARY KEY (transaction_id, organization_id, day)
);

-- The organizations whose counts a transaction changed: each is brought up to date when it commits.
CREATE TABLE health.learner_count_pending (
    transaction_id  xid8   NOT NULL,
    organization_id bigint NOT NULL,
    PRIMARY KEY (transaction_id, organization_id)
);

-- What holds of a learner's health during one learner period, cut to the period [f, t): a conclusion
-- (its day, the day it was concluded and id rank it against others in force; flag: long-term
-- treatment), a disability (flag: of a disabled child) or special needs (flag: an adapted programme).
CREATE TYPE health.learner_fact AS (
    kind         text,
    f            date,
    t            date,
    valid_from   date,
    concluded_on date,
    id           bigint,
    health_group smallint,
    pe_group     text,
    flag         boolean
);

-- Writes the pieces of the learner periods of the memberships given (NULL: of every period) from
-- the periods as report.learner shows them (scope region, the caller's set back after) and the
-- extension's tables; answers the pieces written. Each period's
-- facts are gathered into one array and its pieces found from that array alone: no join of one large
-- set with another, whose size the planner cannot foresee (it took the pieces of 54 thousand periods
-- for a few dozen and joined them row by row).
CREATE FUNCTION health.learner_states_write(memberships bigint[]) RETURNS SETOF health.learner_state
LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
BEGIN
    PERFORM set_config('kontingent.report_scope', 'region', true);
    -- fact: what holds during a period, cut to it; piece: the days between two successive ends of
    -- facts, over which nothing changes, with the conclusion in force and the flags that hold
    RETURN QUERY EXECUTE format($sql$
        WITH period AS (
            SELECT l.membership_id, l.organization_id, l.person_id, l.starts_on, l.ends_on
              FROM report.learner l %s
        ), fact AS (
            SELECT p.membership_id, p.organization_id, p.person_id,
                   ROW('conclusion', greatest(c.valid_from, p.starts_on), least(c.valid_until + 1, p.ends_on), c.valid_from,
                       c.concluded_on, c.id, c.health_group, c.pe_group, c.long_term_treatment)::health.learner_fact AS fact
              FROM period p
              JOIN health.conclusion c ON c.person_id = p.person_id AND c.organization_id = p.organization_id
             WHERE c.valid_from < coalesce(p.ends_on, 'infinity') AND coalesce(c.valid_until, 'infinity') >= p.starts_on
            UNION ALL
            SELECT p.membership_id, p.organization_id, p.person_id,
                   ROW('disability', greatest(d.established_on, p.starts_on), least(d.valid_until + 1, p.ends_on), NULL, NULL,
                       d.id, NULL, NULL, d.category = 'child-disabled')::health.learner_fact
              FROM period p
              JOIN health.disability d ON d.person_id = p.person_id AND d.organization_id = p.organization_id
             WHERE d.established_on < coalesce(p.ends_on, 'infinity') AND coalesce(d.valid_until, 'infinity') >= p.starts_on
            UNION ALL
            SELECT p.membership_id, p.organization_id, p.person_id,
                   ROW('special-needs', greatest(s.concluded_on, p.starts_on), least(s.valid_until + 1, p.ends_on), NULL, NULL,
                       s.id, NULL, NULL, s.adapted_programme)::health.learner_fact
              FROM period p
              JOIN health.special_needs s ON s.person_id = p.person_id AND s.organization_id = p.organization_id
             WHERE s.concluded_on < coalesce(p.ends_on, 'infinity') AND coalesce(s.valid_until, 'infinity') >= p.starts_on
        ), facts AS (
            SELECT membership_id, organization_id, person_id, array_agg(fact) AS facts
              FROM fact
             GROUP BY membership_id, organization_id, person_id
        )
        INSERT INTO health.learner_state (membership_id, organization_id, person_id, valid_from, valid_to, health_group,
                                          pe_group, long_term_treatment, disabled, child_disabled, special_needs,
                                          adapted_programme)
        SELECT m.membership_id, m.organization_id, m.person_id, x.f, x.t, c.health_group, c.pe_group,
               coalesce(c.flag, false), coalesce(g.disabled, false), coalesce(g.child_disabled, false),
               coalesce(g.special_needs, false), coalesce(g.adapted_programme, false)
          FROM facts m
         CROSS JOIN LATERAL (
             SELECT d.day AS f, lead(d.day) OVER (ORDER BY d.day) AS t
               FROM (SELECT DISTINCT e.day
                       FROM unnest(m.facts) x
                      CROSS JOIN LATERAL (VALUES (x.f), (x.t)) e(day)
                      WHERE e.day IS NOT NULL) d
         ) x
          LEFT JOIN LATERAL (
             SELECT c.health_group, c.pe_group, c.flag
               FROM unnest(m.facts) c
              WHERE c.kind = 'conclusion' AND c.f <= x.f AND (c.t IS NULL OR x.f < c.t)
              ORDER BY c.valid_from DESC, c.concluded_on DESC, c.id DESC
              LIMIT 1
         ) c ON TRUE
         CROSS JOIN LATERAL (
             SELECT bool_or(d.kind = 'disability') AS disabled, bool_or(d.kind = 'disability' AND d.flag) AS child_disabled,
                    bool_or(d.kind = 'special-needs') AS special_needs,
                    bool_or(d.kind = 'special-needs' AND d.flag) AS adapted_programme
               FROM unnest(m.facts) d
              WHERE d.kind <> 'conclusion' AND d.f <= x.f AND (d.t IS NULL OR x.f < d.t)
         ) g
         WHERE c.health_group IS NOT NULL OR g.disabled IS NOT NULL
        RETURNING *
        $sql$, CASE WHEN memberships IS NULL THEN '' ELSE 'JOIN (SELECT DISTINCT unnest($1) AS id) m ON m.id = l.membership_id' END)
        USING memberships;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
END
$$;

-- Writes the pieces of the memberships given (NULL: of every learner period) again, and gathers what
-- that changes in their organizations' counts, by day, for the transaction's commit.
CREATE FUNCTION health.learner_states_refresh(memberships bigint[]) RETURNS void LANGUAGE sql AS $$
    WITH gone AS (
        DELETE FROM health.learner_state WHERE membership_id = ANY (memberships) RETURNING *
    ), piece AS (
        SELECT g.*, -1 AS sign FROM gone g
        UNION ALL
        SELECT w.*, 1 FROM health.learner_states_write(memberships) w
    ), edge AS (
        SELECT organization_id, valid_from AS day, sign, health_group, pe_group, long_term_treatment, disabled,
               child_disabled, special_needs, adapted_programme
          FROM piece
        UNION ALL
        SELECT organization_id, valid_to, -sign, health_group, pe_group, long_term_treatment, disabled, child_disabled,
               special_needs, adapted_programme
          FROM piece
         WHERE valid_to IS NOT NULL
    ), changed AS (
        INSERT INTO health.learner_count_change AS c (transaction_id, organization_id, day, group_1, group_2, group_3, group_4,
                group_5, pe_basic, pe_preparatory, pe_special_a, pe_special_b, pe_exempt, long_term_treatment, disabled,
                child_disabled, special_needs, adapted_programme)
        SELECT pg_current_xact_id(), organization_id, day,
               coalesce(sum(sign) FILTER (WHERE health_group = 1), 0),
               coalesce(sum(sign) FILTER (WHERE health_group = 2), 0),
               coalesce(sum(sign) FILTER (WHERE health_group = 3), 0),
               coalesce(sum(sign) FILTER (WHERE health_group = 4), 0),
               coalesce(sum(sign) FILTER (WHERE health_group = 5), 0),
               coalesce(sum(sign) FILTER (WHERE pe_group = 'basic'), 0),
               coalesce(sum(sign) FILTER (WHERE pe_group = 'preparatory'), 0),
               coalesce(sum(sign) FILTER (WHERE pe_group = 'special-a'), 0),
               coalesce(sum(sign) FILTER (WHERE pe_group = 'special-b'), 0),
               coalesce(sum(sign) FILTER (WHERE pe_group = 'exempt'), 0),
               coalesce(sum(sign) FILTER (WHERE long_term_treatment), 0),
               coalesce(sum(sign) FILTER (WHERE disabled), 0),
               coalesce(sum(sign) FILTER (WHERE child_disabled), 0),
               coalesce(sum(sign) FILTER (WHERE special_needs), 0),
               coalesce(sum(sign) FILTER (WHERE adapted_programme), 0)
          FROM edge
         GROUP BY organization_id, day
            ON CONFLICT (transaction_id, organization_id, day) DO UPDATE
           SET group_1 = c.group_1 + EXCLUDED.group_1,
               group_2 = c.group_2 + EXCLUDED.group_2,
               group_3 = c.group_3 + EXCLUDED.group_3,
               group_4 = c.group_4 + EXCLUDED.group_4,
               group_5 = c.group_5 + EXCLUDED.group_5,
               pe_basic = c.pe_basic + EXCLUDED.pe_basic,
               pe_preparatory = c.pe_preparatory + EXCLUDED.pe_preparatory,
               pe_special_a = c.pe_special_a + EXCLUDED.pe_special_a,
               pe_special_b = c.pe_special_b + EXCLUDED.pe_special_b,
               pe_exempt = c.pe_exempt + EXCLUDED.pe_exempt,
               long_term_treatment = c.long_term_treatment + EXCLUDED.long_term_treatment,
               disabled = c.disabled + EXCLUDED.disabled,
               child_disabled = c.child_disabled + EXCLUDED.child_disabled,
               special_needs = c.special_needs + EXCLUDED.special_needs,
               adapted_programme = c.adapted_programme + EXCLUDED.adapted_programme
        RETURNING organization_id
    )
    INSERT INTO health.learner_count_pending (transaction_id, organization_id)
    SELECT DISTINCT pg_current_xact_id(), organization_id FROM changed
        ON CONFLICT DO NOTHING;
$$;

-- Adds what a transaction changed in an organization's counts to its timeline: from the first day
-- changed on, each row (and a new one for each day changed that had none) holds what the row in force
-- on its day held, plus the changes up to its day; the row before the first day changed ends there.
-- PL/pgSQL, so that the statement is planned once per session, not at every call.
CREATE FUNCTION health.learner_counts_add(transaction xid8, organization bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
        WITH change AS (
            DELETE FROM health.learner_count_change
             WHERE transaction_id = transaction AND organization_id = organization
            RETURNING *
        ), moved AS (
            -- the changes that change anything (a piece written again as it was leaves changes that add up to none)
            SELECT * FROM change
             WHERE group_1 <> 0 OR group_2 <> 0 OR group_3 <> 0 OR group_4 <> 0 OR group_5 <> 0 OR pe_basic <> 0 OR
                pe_preparatory <> 0 OR pe_special_a <> 0 OR pe_special_b <> 0 OR pe_exempt <> 0 OR
                long_term_treatment <> 0 OR disabled <> 0 OR child_disabled <> 0 OR special_needs <> 0 OR
                adapted_programme <> 0
        ), first AS (
            SELECT min(day) AS day FROM moved
        ), day AS (
            -- the days from the first changed on: those of the rows there, with no change, and those changed
            SELECT day,
                   sum(group_1) AS group_1,
                   sum(group_2) AS group_2,
                   sum(group_3) AS group_3,
                   sum(group_4) AS group_4,
                   sum(group_5) AS group_5,
                   sum(pe_basic) AS pe_basic,
                   sum(pe_preparatory) AS pe_preparatory,
                   sum(pe_special_a) AS pe_special_a,
                   sum(pe_special_b) AS pe_special_b,
                   sum(pe_exempt) AS pe_exempt,
                   sum(long_term_treatment) AS long_term_treatment,
                   sum(disabled) AS disabled,
                   sum(child_disabled) AS child_disabled,
                   sum(special_needs) AS special_needs,
                   sum(adapted_programme) AS adapted_programme
              FROM (SELECT day, group_1, group_2, group_3, group_4, group_5, pe_basic, pe_preparatory, pe_special_a,
                            pe_special_b, pe_exempt, long_term_treatment, disabled, child_disabled, special_needs,
                            adapted_programme FROM moved
                    UNION ALL
                    SELECT c.valid_from, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                      FROM health.learner_count c, first
                     WHERE c.organization_id = organization AND c.valid_from >= first.day) changed
             GROUP BY day
        ), counted AS (
            SELECT d.day, lead(d.day) OVER w AS next, o.valid_from IS NOT DISTINCT FROM d.day AS kept,
                   coalesce(o.group_1, 0) + sum(d.group_1) OVER w AS group_1,
                   coalesce(o.group_2, 0) + sum(d.group_2) OVER w AS group_2,
                   coalesce(o.group_3, 0) + sum(d.group_3) OVER w AS group_3,
                   coalesce(o.group_4, 0) + sum(d.group_4) OVER w AS group_4,
                   coalesce(o.group_5, 0) + sum(d.group_5) OVER w AS group_5,
                   coalesce(o.pe_basic, 0) + sum(d.pe_basic) OVER w AS pe_basic,
                   coalesce(o.pe_preparatory, 0) + sum(d.pe_preparatory) OVER w AS pe_preparatory,
                   coalesce(o.pe_special_a, 0) + sum(d.pe_special_a) OVER w AS pe_special_a,
                   coalesce(o.pe_special_b, 0) + sum(d.pe_special_b) OVER w AS pe_special_b,
                   coalesce(o.pe_exempt, 0) + sum(d.pe_exempt) OVER w AS pe_exempt,
                   coalesce(o.long_term_treatment, 0) + sum(d.long_term_treatment) OVER w AS long_term_treatment,
                   coalesce(o.disabled, 0) + sum(d.disabled) OVER w AS disabled,
                   coalesce(o.child_disabled, 0) + sum(d.child_disabled) OVER w AS child_disabled,
                   coalesce(o.special_needs, 0) + sum(d.special_needs) OVER w AS special_needs,
                   coalesce(o.adapted_programme, 0) + sum(d.adapted_programme) OVER w AS adapted_programme
              FROM day d
              LEFT JOIN LATERAL (SELECT * FROM health.learner_count c
                                  WHERE c.organization_id = organization AND c.valid_from <= d.day
                                  ORDER BY c.valid_from DESC LIMIT 1) o ON TRUE
            WINDOW w AS (ORDER BY d.day)
        ), kept AS (
            UPDATE health.learner_count c
               SET valid_to = n.next,
                   group_1 = n.group_1,
                   group_2 = n.group_2,
                   group_3 = n.group_3,
                   group_4 = n.group_4,
                   group_5 = n.group_5,
                   pe_basic = n.pe_basic,
                   pe_preparatory = n.pe_preparatory,
                   pe_special_a = n.pe_special_a,
                   pe_special_b = n.pe_special_b,
                   pe_exempt = n.pe_exempt,
                   long_term_treatment = n.long_term_treatment,
                   disabled = n.disabled,
                   child_disabled = n.child_disabled,
                   special_needs = n.special_needs,
                   adapted_programme = n.adapted_programme
              FROM counted n
             WHERE n.kept AND c.organization_id = organization AND c.valid_from = n.day
        ), before AS (
            UPDATE health.learner_count c SET valid_to = first.day
              FROM first
             WHERE c.organization_id = organization
               AND c.valid_from = (SELECT max(p.valid_from) FROM health.learner_count p
                                    WHERE p.organization_id = organization AND p.valid_from < first.day)
        )
        INSERT INTO health.learner_count (organization_id, valid_from, valid_to, group_1, group_2, group_3, group_4, group_5,
                pe_basic, pe_preparatory, pe_special_a, pe_special_b, pe_exempt, long_term_treatment, disabled, child_disabled,
                special_needs, adapted_programme)
        SELECT organization, day, next, group_1, group_2, group_3, group_4, group_5, pe_basic, pe_preparatory, pe_special_a,
               pe_special_b, pe_exempt, long_term_treatment, disabled, child_disabled, special_needs, adapted_programme
          FROM counted
         WHERE NOT kept;
END
$$;

-- At commit, once per organization a transaction changed: the changes added to its counts, one
-- transaction after another (each reads the counts as the one before left them).
CREATE FUNCTION health.learner_counts_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('health.learner_count'), hashint8(NEW.organization_id));
    PERFORM health.learner_counts_add(NEW.transaction_id, NEW.organization_id);
    DELETE FROM health.learner_count_pending
     WHERE transaction_id = NEW.transaction_id AND organization_id = NEW.organization_id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER learner_counts_pending AFTER INSERT ON health.learner_count_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION health.learner_counts_pending();

-- Every piece and count written again from nothing (the counts when the transaction commits).
CREATE FUNCTION health.learner_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE health.learner_state, health.learner_count, health.learner_count_change, health.learner_count_pending;
    PERFORM health.learner_states_refresh(NULL);
END
$$;

-- The registry's subscription: the memberships whose periods a statement wrote, or NULL when every
-- period was removed (a bulk load rebuilding them, which then adds them all).
CREATE FUNCTION health.learner_periods_changed(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF memberships IS NULL THEN
        TRUNCATE health.learner_state, health.learner_count, health.learner_count_change, health.learner_count_pending;
    ELSE
        PERFORM health.learner_states_refresh(memberships);
    END IF;
END
$$;

-- The learner memberships of the organizations and persons given, pair by pair: those report.learner
-- shows (scope region, the caller's set back after) and those that have pieces.
CREATE FUNCTION health.learner_memberships(organizations bigint[], persons bigint[]) RETURNS bigint[]
LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
    found bigint[];
BEGIN
    PERFORM set_config('kontingent.report_scope', 'region', true);
    SELECT ARRAY(SELECT l.membership_id
                   FROM unnest(organizations, persons) k(organization_id, person_id)
                   JOIN report.learner l ON l.person_id = k.person_id AND l.organization_id = k.organization_id
                 UNION
                 SELECT s.membership_id
                   FROM unnest(organizations, persons) k(organization_id, person_id)
                   JOIN health.learner_state s ON s.organization_id = k.organization_id AND s.person_id = k.person_id)
      INTO found;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
    RETURN found;
END
$$;

-- A conclusion, disability or special needs written: the pieces of its organization's and person's
-- learner periods (before and after the change) written again.
CREATE FUNCTION health.learner_states_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    organizations bigint[];
    persons bigint[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM health.learner_counts_rebuild();
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(organization_id), array_agg(person_id) INTO organizations, persons
          FROM (SELECT DISTINCT organization_id, person_id FROM added) k;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(organization_id), array_agg(person_id) INTO organizations, persons
          FROM (SELECT DISTINCT organization_id, person_id FROM removed) k;
    ELSE
        SELECT array_agg(organization_id), array_agg(person_id) INTO organizations, persons
          FROM (SELECT organization_id, person_id FROM added UNION SELECT organization_id, person_id FROM removed) k;
    END IF;
    IF organizations IS NOT NULL THEN
        PERFORM health.learner_states_refresh(health.learner_memberships(organizations, persons));
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['conclusion', 'disability', 'special_needs'] LOOP
        EXECUTE format('CREATE TRIGGER learner_states_added AFTER INSERT ON health.%I REFERENCING NEW TABLE AS added'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION health.learner_states_facts_changed()', t);
        EXECUTE format('CREATE TRIGGER learner_states_changed AFTER UPDATE ON health.%I'
                       ' REFERENCING OLD TABLE AS removed NEW TABLE AS added'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION health.learner_states_facts_changed()', t);
        EXECUTE format('CREATE TRIGGER learner_states_removed AFTER DELETE ON health.%I REFERENCING OLD TABLE AS removed'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION health.learner_states_facts_changed()', t);
        EXECUTE format('CREATE TRIGGER learner_states_truncated AFTER TRUNCATE ON health.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION health.learner_states_facts_changed()', t);
    END LOOP;
END
$$;

SELECT health.learner_counts_rebuild();
SELECT report.subscribe_to_learner_periods('health', 'health.learner_periods_changed(bigint[])');

-- Published (views version 1.1.0): the counts of organizations of the scope. The learners of an
-- organization on day D by health: its row where valid_from <= D AND (valid_to IS NULL OR D < valid_to);
-- none: no learner of it has anything of their health recorded that holds on D.
CREATE VIEW report.health_learner_count AS
SELECT c.organization_id, c.valid_from, c.valid_to, c.group_1, c.group_2, c.group_3, c.group_4, c.group_5, c.pe_basic,
       c.pe_preparatory, c.pe_special_a, c.pe_special_b, c.pe_exempt, c.long_term_treatment, c.disabled, c.child_disabled,
       c.special_needs, c.adapted_programme
  FROM health.learner_count c
 WHERE c.organization_id IN (SELECT id FROM registry.report_scope_organization);
