-- Learner periods deferred in a bulk load. The triggers of V13 keep the periods statement by
-- statement; a bulk load that copies a region in chunks, with the tables' indexes dropped until
-- the end, made them look memberships and placements up without indexes chunk after chunk (a
-- 300-thousand-learner demo region loaded in over 20 minutes instead of 2). Like the scope table,
-- a load now sets kontingent.learner_periods = 'deferred' for its transaction and calls
-- registry.learner_periods_rebuild() once at its end. Emptying the periods empties the counts
-- (their truncate triggers), and the one insert of all periods fills the counts set-based.

CREATE FUNCTION registry.learner_periods_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE registry.learner_period;
    INSERT INTO registry.learner_period
    SELECT m.id, m.person_id, m.organization_id, ol.level, m.starts_on, m.ends_on, p.sex, p.birth_date,
           m.study_form_code, m.enrollment_order_date, m.leaving_reason_code,
           lag(m.id) OVER chain, lag(m.organization_id) OVER chain, lag(m.ends_on) OVER chain,
           fp.class_group_id
      FROM registry.membership m
      JOIN registry.person p ON p.id = m.person_id
      JOIN registry.organization_level ol ON ol.id = m.organization_id
      LEFT JOIN (SELECT DISTINCT ON (cp.membership_id) cp.membership_id, cp.class_group_id
                   FROM registry.class_placement cp
                  ORDER BY cp.membership_id, cp.starts_on, cp.id) fp ON fp.membership_id = m.id
     WHERE m.role = 'learner'
    WINDOW chain AS (PARTITION BY m.person_id, ol.level ORDER BY m.starts_on, m.id);
END
$$;

DROP TRIGGER learner_periods_added ON registry.membership;
DROP TRIGGER learner_periods_changed ON registry.membership;
DROP TRIGGER learner_periods_removed ON registry.membership;
DROP TRIGGER learner_periods_person_changed ON registry.person;
DROP TRIGGER learner_periods_placements_added ON registry.class_placement;
DROP TRIGGER learner_periods_placements_changed ON registry.class_placement;
DROP TRIGGER learner_periods_placements_removed ON registry.class_placement;
DROP TRIGGER learner_periods_organization_changed ON registry.organization;
DROP TRIGGER learner_periods_types_changed ON registry.dictionary_entry;

CREATE TRIGGER learner_periods_added AFTER INSERT ON registry.membership
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_added();
CREATE TRIGGER learner_periods_changed AFTER UPDATE ON registry.membership
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_changed();
CREATE TRIGGER learner_periods_removed AFTER DELETE ON registry.membership
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_removed();
CREATE TRIGGER learner_periods_person_changed AFTER UPDATE ON registry.person
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_person_changed();
CREATE TRIGGER learner_periods_placements_added AFTER INSERT ON registry.class_placement
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_placements_added();
CREATE TRIGGER learner_periods_placements_changed AFTER UPDATE ON registry.class_placement
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_placements_changed();
CREATE TRIGGER learner_periods_placements_removed AFTER DELETE ON registry.class_placement
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_placements_removed();
CREATE TRIGGER learner_periods_organization_changed AFTER UPDATE ON registry.organization
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_organization_changed();
CREATE TRIGGER learner_periods_types_changed AFTER INSERT OR UPDATE OR DELETE ON registry.dictionary_entry
    FOR EACH STATEMENT
    WHEN (current_setting('kontingent.learner_periods', true) IS DISTINCT FROM 'deferred')
    EXECUTE FUNCTION registry.learner_periods_types_changed();
