-- Subscribers to the learner periods. An extension that keeps figures of its own over the learner
-- periods (the health extension counts the learners of each organization by health group on any
-- day) has to hear of every period added, changed or removed, and may not put triggers on the
-- registry's tables. It subscribes a function of its own instead, taking the memberships whose
-- periods a statement wrote (bigint[]), or NULL when every period was removed at once (a bulk load
-- rebuilding them). The function is called within that statement, after the periods are written:
-- report.learner shows them as they are now, and a membership without a period there has none any
-- more. A period counts as changed when its person, organization, level, first day, end, or the
-- person's sex or birth date changed; not when only the period before it, its first class or what
-- the membership says besides did. A subscriber's error fails the registry's statement: the
-- extension's figures are never behind the registry.
-- (Published: views version 1.4.0.)
CREATE TABLE registry.learner_period_subscriber (
    subscriber text         PRIMARY KEY,
    callback   regprocedure NOT NULL
);

-- Subscribes (or subscribes again, with another function) an extension by its id. A function that
-- was dropped (the extension's schema removed) is passed over.
CREATE FUNCTION report.subscribe_to_learner_periods(subscriber text, callback regprocedure) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO registry.learner_period_subscriber (subscriber, callback) VALUES (subscriber, callback)
        ON CONFLICT ON CONSTRAINT learner_period_subscriber_pkey DO UPDATE SET callback = EXCLUDED.callback
$$;

CREATE FUNCTION report.unsubscribe_from_learner_periods(subscriber text) RETURNS void LANGUAGE sql AS $$
    DELETE FROM registry.learner_period_subscriber s WHERE s.subscriber = unsubscribe_from_learner_periods.subscriber
$$;

-- Only the platform (the owner) subscribes: a role that may run reports must not have its functions
-- called by the registry's writes.
REVOKE EXECUTE ON FUNCTION report.subscribe_to_learner_periods(text, regprocedure) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION report.unsubscribe_from_learner_periods(text) FROM PUBLIC;

-- Tells every subscriber, in the order of their ids, of the memberships given (NULL: all removed).
CREATE FUNCTION registry.learner_periods_publish(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    subscribed regprocedure;
BEGIN
    IF cardinality(memberships) = 0 THEN
        RETURN;
    END IF;
    FOR subscribed IN SELECT s.callback FROM registry.learner_period_subscriber s
                       WHERE EXISTS (SELECT FROM pg_catalog.pg_proc p WHERE p.oid = s.callback)
                       ORDER BY s.subscriber LOOP
        EXECUTE format('SELECT %s($1)', subscribed::oid::regproc) USING memberships;
    END LOOP;
END
$$;

CREATE FUNCTION registry.learner_periods_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM registry.learner_period_subscriber) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM registry.learner_periods_publish(ARRAY(SELECT membership_id FROM added));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM registry.learner_periods_publish(ARRAY(SELECT membership_id FROM removed));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM registry.learner_periods_publish(ARRAY(
            SELECT n.membership_id
              FROM added n
              JOIN removed o ON o.membership_id = n.membership_id
             WHERE (n.person_id, n.organization_id, n.level, n.starts_on, n.ends_on, n.sex, n.birth_date)
                   IS DISTINCT FROM (o.person_id, o.organization_id, o.level, o.starts_on, o.ends_on, o.sex, o.birth_date)));
    ELSE
        PERFORM registry.learner_periods_publish(NULL);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER learner_periods_published_added AFTER INSERT ON registry.learner_period
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_published();
CREATE TRIGGER learner_periods_published_changed AFTER UPDATE ON registry.learner_period
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION registry.learner_periods_published();
CREATE TRIGGER learner_periods_published_removed AFTER DELETE ON registry.learner_period
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_published();
CREATE TRIGGER learner_periods_published_truncated AFTER TRUNCATE ON registry.learner_period
    FOR EACH STATEMENT EXECUTE FUNCTION registry.learner_periods_published();
