-- The scope rows of new memberships, read by key. V10's insert joined the memberships written with
-- every person and every representative of the registry, and the planner chose to walk them all
-- (a merge join over the persons' primary key, a scan of the representatives): some 90 ms for a
-- batch of 5,000 memberships into a registry of 100 thousand persons, growing with the registry.
-- The persons and learners concerned are now looked up by their keys (= ANY of an array), so a
-- batch costs the same whatever the size of the registry.
CREATE OR REPLACE FUNCTION registry.person_scope_memberships_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kontingent.person_scope', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    WITH placed AS MATERIALIZED (
        SELECT w.person_id, w.organization_id FROM written w
         WHERE w.ends_on IS NULL OR w.ends_on > current_date - 365
        UNION ALL
        SELECT r.representative_id, w.organization_id FROM written w
          JOIN registry.representative r ON r.learner_id = w.person_id
         WHERE r.learner_id = ANY (ARRAY(SELECT person_id FROM written WHERE role = 'learner'))
           AND w.role = 'learner' AND (w.ends_on IS NULL OR w.ends_on > current_date - 365))
    INSERT INTO registry.person_scope (authority_id, person_id, surname_norm, name_norm, patronymic_norm)
    SELECT DISTINCT c.ancestor_id, p.id, p.surname_norm, p.name_norm, p.patronymic_norm
      FROM placed
      JOIN registry.person p ON p.id = placed.person_id AND p.merged_into IS NULL
      JOIN registry.organization o ON o.id = placed.organization_id
      JOIN registry.authority_closure c ON c.descendant_id = o.authority_id
      JOIN registry.authority a ON a.id = c.ancestor_id AND a.parent_id IS NOT NULL
     WHERE p.id = ANY (ARRAY(SELECT person_id FROM placed))
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
