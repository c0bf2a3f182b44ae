-- The tables a batch writes by the thousand name their source on every row: persons, their
-- documents, memberships, the journal of changes and the source keys. A foreign key checks each
-- row on its own, with a lock on the one source row they all share: some 30,000 checks and 150 ms
-- of every batch of 5,000 persons with their memberships. Here the same rule is kept per
-- statement instead: the distinct sources of the rows a statement inserted are looked up once,
-- and a row whose source changes is checked as it changes. Nothing may remove a source or change
-- its id (no row lock is needed to keep it): facts and the journal are never left naming a source
-- that is not there. The other tables keep their foreign keys; they are written a row at a time.

CREATE FUNCTION registry.inserted_sources_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing bigint;
BEGIN
    SELECT a.source_id INTO missing
      FROM (SELECT DISTINCT source_id FROM added WHERE source_id IS NOT NULL) a
     WHERE NOT EXISTS (SELECT 1 FROM registry.source s WHERE s.id = a.source_id)
     LIMIT 1;
    IF FOUND THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('%s.%s names source %s, which registry.source does not hold', TG_TABLE_SCHEMA, TG_TABLE_NAME,
                             missing),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'source_id';
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION registry.changed_source_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM registry.source s WHERE s.id = NEW.source_id) THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('%s.%s names source %s, which registry.source does not hold', TG_TABLE_SCHEMA, TG_TABLE_NAME,
                             NEW.source_id),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'source_id';
    END IF;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['person', 'identity_document', 'membership', 'change', 'source_key'] LOOP
        EXECUTE format('ALTER TABLE registry.%I DROP CONSTRAINT %I', t, t || '_source_id_fkey');
        EXECUTE format('CREATE TRIGGER inserted_sources_exist AFTER INSERT ON registry.%I REFERENCING NEW TABLE AS added'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION registry.inserted_sources_exist()', t);
        EXECUTE format('CREATE TRIGGER changed_source_exists BEFORE UPDATE OF source_id ON registry.%I FOR EACH ROW'
                       ' WHEN (NEW.source_id IS NOT NULL AND NEW.source_id IS DISTINCT FROM OLD.source_id)'
                       ' EXECUTE FUNCTION registry.changed_source_exists()', t);
    END LOOP;
END
$$;

CREATE FUNCTION registry.sources_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE restrict_violation USING
        MESSAGE = 'registry.source keeps every source with its id: the registry''s facts and journal of changes name them';
END
$$;

CREATE TRIGGER sources_are_kept BEFORE DELETE OR TRUNCATE ON registry.source
    FOR EACH STATEMENT EXECUTE FUNCTION registry.sources_are_kept();
CREATE TRIGGER source_ids_are_kept BEFORE UPDATE OF id ON registry.source
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION registry.sources_are_kept();
