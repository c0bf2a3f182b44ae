-- Person search.
--
-- Searches look among persons not merged into another. The name index is partial to them and
-- carries the id (the last sort key), birth date and sex, so counting and paging by name read
-- the index alone. A second index serves searches that give a name but no surname.
DROP INDEX registry.person_fio;
CREATE INDEX person_fio ON registry.person (surname_norm, name_norm, patronymic_norm, id) INCLUDE (birth_date, sex)
    WHERE merged_into IS NULL;
CREATE INDEX person_name ON registry.person (name_norm, patronymic_norm) WHERE merged_into IS NULL;

-- Every normal form ever written of each part of a name: some ten thousand surnames and a
-- thousand names and patronymics against millions of persons. Fragments and typos are looked
-- up here first; the persons with the values found are then read through the name indexes
-- above. A value no person has any longer only finds nobody.
CREATE TABLE registry.person_name_part (
    part  text NOT NULL CHECK (part IN ('surname', 'name', 'patronymic')),
    value text COLLATE "C" NOT NULL CHECK (value <> ''),
    PRIMARY KEY (part, value)
);
CREATE INDEX person_name_part_trgm ON registry.person_name_part USING gin (value gin_trgm_ops);

-- Once per statement over the rows it wrote, so that a bulk load pays once per COPY.
CREATE FUNCTION registry.person_name_part_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry.person_name_part (part, value)
    SELECT 'surname', surname_norm FROM written WHERE surname_norm <> ''
     UNION SELECT 'name', name_norm FROM written WHERE name_norm <> ''
     UNION SELECT 'patronymic', patronymic_norm FROM written WHERE patronymic_norm <> ''
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER person_name_part_insert AFTER INSERT ON registry.person REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_name_part_collect();
CREATE TRIGGER person_name_part_update AFTER UPDATE ON registry.person REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION registry.person_name_part_collect();

INSERT INTO registry.person_name_part (part, value)
SELECT 'surname', surname_norm FROM registry.person WHERE surname_norm <> ''
 UNION SELECT 'name', name_norm FROM registry.person WHERE name_norm <> ''
 UNION SELECT 'patronymic', patronymic_norm FROM registry.person WHERE patronymic_norm <> '';

-- The whole-name trigram index gives way to the dictionary above.
DROP INDEX registry.person_fio_trgm;

-- Levenshtein distance for names with a typo.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Documents found by number alone (the unique key starts with the type).
CREATE INDEX identity_document_number ON registry.identity_document (number);
