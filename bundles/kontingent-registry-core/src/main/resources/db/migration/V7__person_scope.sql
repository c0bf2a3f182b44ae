-- The scope table for today: each person under every authority above an organization where
-- they, or a learner they represent, hold a membership that holds today, ended within the last
-- 365 days, or starts later — but for the top authorities, under which everyone placed is: a
-- search in a top authority's scope checks memberships instead (org.kontingent.registry.core.internal.ScopeSql says the same for
-- any day). It carries the normal forms of the name, so that a search within an authority's
-- scope walks this table's name index for that authority alone, as a search of the whole
-- region walks the person table's, and counts from the index alone. Merged persons are not in it.
--
-- Kept by statement-level triggers on memberships, representatives, persons, organizations
-- and authorities; a membership crossing the 365 days is moved out by the platform's daily
-- refresh. A bulk load sets kontingent.person_scope = 'deferred' for its transaction and calls
-- registry.person_scope_rebuild() once at its end.

CREATE TABLE registry.person_scope (
    authority_id    bigint NOT NULL,
    person_id       bigint NOT NULL,
    surname_norm    text COLLATE "C" NOT NULL,
    name_norm       text COLLATE "C" NOT NULL,
    patronymic_norm text COLLATE "C" NOT NULL,
    PRIMARY KEY (person_id, authority_id)
);
CREATE INDEX person_scope_fio ON registry.person_scope (authority_id, surname_norm, name_norm, patronymic_norm, person_id);

-- The rows of some persons, or of all when persons is null.
CREATE FUNCTION registry.person_scope_rows(persons bigint[])
RETURNS TABLE (authority_id bigint, person_id bigint, surname_norm text, name_norm text, patronymic_norm text)
LANGUAGE sql STABLE AS $$
    WITH placed AS (
        SELECT m.person_id, m.organization_id FROM registry.membership m
         WHERE (m.ends_on IS NULL OR m.ends_on > current_date - 365)
           AND (persons IS NULL OR m.person_id = ANY (persons))
        UNION ALL
        SELECT r.representative_id, m.organization_id FROM registry.representative r
          JOIN registry.membership m ON m.person_id = r.learner_id AND m.role = 'learner'
         WHERE (m.ends_on IS NULL OR m.ends_on > current_date - 365)
           AND (persons IS NULL OR r.representative_id = ANY (persons))
    )
    SELECT DISTINCT c.ancestor_id, p.id, p.surname_norm, p.name_norm, p.patronymic_norm
      FROM placed
      JOIN registry.person p ON p.id = placed.person_id AND p.merged_into IS NULL
      JOIN registry.organization o ON o.id = placed.organization_id
      JOIN registry.authority_closure c ON c.descendant_id = o.authority_id
      JOIN registry.authority a ON a.id = c.ancestor_id AND a.parent_id IS NOT NULL
$$;

CREATE FUNCTION registry.person_scope_refresh(persons bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF persons IS NULL OR cardinality(persons) = 0
       OR current_setting('kontingent.person_scope', true) = 'deferred' THEN
        RETURN;
    END IF;
    DELETE FROM registry.person_scope WHERE person_id = ANY (persons);
    INSERT INTO registry.person_scope SELECT * FROM registry.person_scope_rows(persons);
END
$$;

CREATE FUNCTION registry.person_scope_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM registry.person_scope;
    INSERT INTO registry.person_scope SELECT * FROM registry.person_scope_rows(NULL);
END
$$;

-- The persons a change of memberships touches: their own, and their representatives'.
CREATE FUNCTION registry.person_scope_touched(persons bigint[]) RETURNS bigint[] LANGUAGE sql STABLE AS $$
    SELECT array(SELECT unnest(persons)
                 UNION SELECT r.representative_id FROM registry.representative r WHERE r.learner_id = ANY (persons))
$$;

CREATE FUNCTION registry.person_scope_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kontingent.person_scope', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM registry.person_scope_refresh(registry.person_scope_touched(array(SELECT DISTINCT person_id FROM written)));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM registry.person_scope_refresh(registry.person_scope_touched(array(SELECT DISTINCT person_id FROM removed)));
    ELSE
        PERFORM registry.person_scope_refresh(registry.person_scope_touched(array(
            SELECT person_id FROM written UNION SELECT person_id FROM removed)));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER person_scope_membership_insert AFTER INSERT ON registry.membership REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_memberships();
CREATE TRIGGER person_scope_membership_update AFTER UPDATE ON registry.membership
    REFERENCING OLD TABLE AS removed NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_memberships();
CREATE TRIGGER person_scope_membership_delete AFTER DELETE ON registry.membership REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_memberships();

CREATE FUNCTION registry.person_scope_representatives() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM registry.person_scope_refresh(array(SELECT DISTINCT representative_id FROM written));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM registry.person_scope_refresh(array(SELECT DISTINCT representative_id FROM removed));
    ELSE
        PERFORM registry.person_scope_refresh(array(SELECT representative_id FROM written
                                                    UNION SELECT representative_id FROM removed));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER person_scope_representative_insert AFTER INSERT ON registry.representative REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_representatives();
CREATE TRIGGER person_scope_representative_update AFTER UPDATE ON registry.representative
    REFERENCING OLD TABLE AS removed NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_representatives();
CREATE TRIGGER person_scope_representative_delete AFTER DELETE ON registry.representative REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_representatives();

-- A renamed or merged person: only rows whose name or merge changed.
CREATE FUNCTION registry.person_scope_persons() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.person_scope_refresh(array(
        SELECT w.id FROM written w JOIN removed r ON r.id = w.id
         WHERE (w.surname_norm, w.name_norm, w.patronymic_norm) IS DISTINCT FROM (r.surname_norm, r.name_norm, r.patronymic_norm)
            OR w.merged_into IS DISTINCT FROM r.merged_into));
    RETURN NULL;
END
$$;
CREATE TRIGGER person_scope_person_update AFTER UPDATE ON registry.person
    REFERENCING OLD TABLE AS removed NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_persons();

-- An organization given to another authority, or an authority moved under another: everyone
-- placed in the organizations concerned.
CREATE FUNCTION registry.person_scope_placed_in(organizations bigint[]) RETURNS bigint[] LANGUAGE sql STABLE AS $$
    SELECT registry.person_scope_touched(array(SELECT DISTINCT person_id FROM registry.membership
                                                WHERE organization_id = ANY (organizations)))
$$;

CREATE FUNCTION registry.person_scope_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.person_scope_refresh(registry.person_scope_placed_in(array(
        SELECT w.id FROM written w JOIN removed r ON r.id = w.id WHERE w.authority_id <> r.authority_id)));
    RETURN NULL;
END
$$;
CREATE TRIGGER person_scope_organization_update AFTER UPDATE ON registry.organization
    REFERENCING OLD TABLE AS removed NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_organizations();

CREATE FUNCTION registry.person_scope_authorities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry.person_scope_refresh(registry.person_scope_placed_in(array(
        SELECT o.id FROM registry.organization o
          JOIN registry.authority_closure c ON c.descendant_id = o.authority_id
          JOIN written w ON w.id = c.ancestor_id
          JOIN removed r ON r.id = w.id
         WHERE w.parent_id IS DISTINCT FROM r.parent_id)));
    RETURN NULL;
END
$$;
-- after the closure trigger (names sort: authority_closure_move < person_scope_authority_update)
CREATE TRIGGER person_scope_authority_update AFTER UPDATE ON registry.authority
    REFERENCING OLD TABLE AS removed NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_scope_authorities();

SELECT registry.person_scope_rebuild();
