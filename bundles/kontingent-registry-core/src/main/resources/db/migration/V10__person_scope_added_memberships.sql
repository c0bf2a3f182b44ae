-- New memberships only ever add to a person's scope: the rows for the persons they touch are
-- what those persons had plus the rows of the new memberships. The insert trigger therefore
-- adds the rows of the memberships written (and of their learners' representatives) instead of
-- recomputing the touched persons from all their memberships, which looked every membership of
-- thousands of persons up by an array and grew with the registry.
CREATE FUNCTION registry.person_scope_memberships_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kontingent.person_scope', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    INSERT INTO registry.person_scope (authority_id, person_id, surname_norm, name_norm, patronymic_norm)
    SELECT DISTINCT c.ancestor_id, p.id, p.surname_norm, p.name_norm, p.patronymic_norm
      FROM (SELECT w.person_id, w.organization_id FROM written w
             WHERE w.ends_on IS NULL OR w.ends_on > current_date - 365
            UNION ALL
            SELECT r.representative_id, w.organization_id FROM written w
              JOIN registry.representative r ON r.learner_id = w.person_id
             WHERE w.role = 'learner' AND (w.ends_on IS NULL OR w.ends_on > current_date - 365)) placed
      JOIN registry.person p ON p.id = placed.person_id AND p.merged_into IS NULL
      JOIN registry.organization o ON o.id = placed.organization_id
      JOIN registry.authority_closure c ON c.descendant_id = o.authority_id
      JOIN registry.authority a ON a.id = c.ancestor_id AND a.parent_id IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
DROP TRIGGER person_scope_membership_insert ON registry.membership;
CREATE TRIGGER person_scope_membership_insert AFTER INSERT ON registry.membership REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_memberships_added();
