-- The registry's level-independent core: provenance, dictionaries, territories, authorities
-- (with a closure table for "everything under X"), organizations, academic years and
-- classes/groups, persons with their documents and representatives, memberships with their
-- orders and class placements, completed programmes and organization subjects.
--
-- Conventions:
-- * A period is half-open: a membership or placement holds on day D when
--   starts_on <= D AND (ends_on IS NULL OR D < ends_on); ends_on is the first day it no longer holds.
-- * Names are kept as written; *_norm columns hold the normal form (see
--   org.kontingent.registry.api.names.PersonNames), in the C collation so that prefix search
--   uses the index whatever the database's collation.
-- * source_id says who supplied a fact (a data provider, a user, an import).
-- * Education-level data lives in extension bundles' own tables that reference these ids.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA IF NOT EXISTS registry;

CREATE TABLE registry.source (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind      text NOT NULL CHECK (kind IN ('provider', 'user', 'import', 'system')),
    reference text NOT NULL,
    name      text NOT NULL,
    UNIQUE (kind, reference)
);

CREATE TABLE registry.dictionary_entry (
    dictionary  text    NOT NULL,
    code        text    NOT NULL,
    name        text    NOT NULL,
    parent_code text,
    sort_order  integer NOT NULL DEFAULT 0,
    valid_from  date,
    valid_to    date,
    PRIMARY KEY (dictionary, code),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from < valid_to)
);

CREATE TABLE registry.territory (
    oktmo        text PRIMARY KEY CHECK (oktmo ~ '^[0-9]{8}([0-9]{3})?$'),
    name         text NOT NULL,
    kind         text,
    parent_oktmo text REFERENCES registry.territory (oktmo)
);
CREATE INDEX territory_parent ON registry.territory (parent_oktmo);

-- Authorities ---------------------------------------------------------------------------

CREATE TABLE registry.authority (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id  bigint REFERENCES registry.authority (id),
    full_name  text NOT NULL,
    short_name text,
    level      text NOT NULL CHECK (level IN ('regional', 'municipal', 'other')),
    oktmo      text REFERENCES registry.territory (oktmo),
    inn        text CHECK (inn ~ '^[0-9]{10}$'),
    kpp        text CHECK (kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'),
    ogrn       text CHECK (ogrn ~ '^[0-9]{13}$'),
    address    text,
    phone      text,
    email      text,
    website    text,
    source_id  bigint REFERENCES registry.source (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX authority_parent ON registry.authority (parent_id);

-- Every (ancestor, descendant) pair, each authority its own ancestor at depth 0.
CREATE TABLE registry.authority_closure (
    ancestor_id   bigint  NOT NULL REFERENCES registry.authority (id) ON DELETE CASCADE,
    descendant_id bigint  NOT NULL REFERENCES registry.authority (id) ON DELETE CASCADE,
    depth         integer NOT NULL CHECK (depth >= 0),
    PRIMARY KEY (ancestor_id, descendant_id)
);
CREATE INDEX authority_closure_descendant ON registry.authority_closure (descendant_id);

CREATE FUNCTION registry.authority_closure_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry.authority_closure (ancestor_id, descendant_id, depth)
    SELECT NEW.id, NEW.id, 0
    UNION ALL
    SELECT c.ancestor_id, NEW.id, c.depth + 1
      FROM registry.authority_closure c
     WHERE c.descendant_id = NEW.parent_id;
    RETURN NEW;
END
$$;

CREATE FUNCTION registry.authority_closure_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id THEN
        RETURN NEW;
    END IF;
    IF NEW.parent_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM registry.authority_closure
             WHERE ancestor_id = NEW.id AND descendant_id = NEW.parent_id) THEN
        RAISE EXCEPTION 'authority % cannot be placed under authority %, which is subordinate to it', NEW.id, NEW.parent_id
              USING ERRCODE = 'check_violation';
    END IF;
    -- cut the subtree from its old ancestors ...
    DELETE FROM registry.authority_closure link
     WHERE link.descendant_id IN (SELECT descendant_id FROM registry.authority_closure WHERE ancestor_id = NEW.id)
       AND link.ancestor_id IN (SELECT ancestor_id FROM registry.authority_closure
                                 WHERE descendant_id = NEW.id AND ancestor_id <> NEW.id);
    -- ... and hang it under the new ones
    INSERT INTO registry.authority_closure (ancestor_id, descendant_id, depth)
    SELECT above.ancestor_id, below.descendant_id, above.depth + below.depth + 1
      FROM registry.authority_closure above
      JOIN registry.authority_closure below ON below.ancestor_id = NEW.id
     WHERE above.descendant_id = NEW.parent_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER authority_closure_insert AFTER INSERT ON registry.authority
    FOR EACH ROW EXECUTE FUNCTION registry.authority_closure_insert();
CREATE TRIGGER authority_closure_move AFTER UPDATE OF parent_id ON registry.authority
    FOR EACH ROW EXECUTE FUNCTION registry.authority_closure_move();

-- Organizations -------------------------------------------------------------------------

CREATE TABLE registry.organization (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id    bigint NOT NULL REFERENCES registry.authority (id),
    full_name       text   NOT NULL,
    short_name      text,
    type_code       text   NOT NULL,
    kind_code       text,
    ownership_code  text,
    education_level text   NOT NULL CHECK (education_level IN ('preschool', 'general', 'additional', 'vocational', 'mixed')),
    inn             text CHECK (inn ~ '^[0-9]{10}$'),
    kpp             text CHECK (kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'),
    ogrn            text CHECK (ogrn ~ '^[0-9]{13}$'),
    oktmo           text REFERENCES registry.territory (oktmo),
    district        text,
    settlement      text,
    address         text,
    phone           text,
    fax             text,
    email           text,
    website         text,
    source_id       bigint REFERENCES registry.source (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_authority ON registry.organization (authority_id);
CREATE INDEX organization_oktmo ON registry.organization (oktmo);
CREATE INDEX organization_name_trgm ON registry.organization USING gin (lower(full_name) gin_trgm_ops);

CREATE TABLE registry.organization_branch (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES registry.organization (id) ON DELETE CASCADE,
    name            text   NOT NULL,
    address         text,
    phone           text
);
CREATE INDEX organization_branch_organization ON registry.organization_branch (organization_id);

-- Subjects an organization teaches, by its own names, each mapped (when known) to the
-- master subject dictionary ('subject').
CREATE TABLE registry.organization_subject (
    organization_id bigint NOT NULL REFERENCES registry.organization (id) ON DELETE CASCADE,
    local_name      text   NOT NULL,
    subject_code    text,
    PRIMARY KEY (organization_id, local_name)
);

CREATE TABLE registry.academic_year (
    code      text PRIMARY KEY CHECK (code ~ '^[0-9]{4}-[0-9]{4}$'),
    starts_on date NOT NULL,
    ends_on   date NOT NULL,
    CHECK (starts_on < ends_on)
);

CREATE TABLE registry.class_group (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint   NOT NULL REFERENCES registry.organization (id),
    academic_year   text     NOT NULL REFERENCES registry.academic_year (code),
    name            text     NOT NULL,
    grade           smallint CHECK (grade BETWEEN 0 AND 12),
    specialization  text,
    study_form_code text,
    capacity        integer CHECK (capacity >= 0),
    UNIQUE (organization_id, academic_year, name)
);

-- Persons -------------------------------------------------------------------------------

CREATE TABLE registry.person (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    surname              text NOT NULL,
    name                 text NOT NULL,
    patronymic           text,
    surname_norm         text COLLATE "C" NOT NULL,
    name_norm            text COLLATE "C" NOT NULL,
    patronymic_norm      text COLLATE "C" NOT NULL DEFAULT '',
    birth_date           date,
    sex                  char(1) CHECK (sex IN ('M', 'F')),
    snils                char(11) UNIQUE CHECK (snils ~ '^[0-9]{11}$'),
    citizenship          text,
    birthplace           text,
    registration_address text,
    residence_address    text,
    phone                text,
    email                text,
    merged_into          bigint REFERENCES registry.person (id),
    source_id            bigint REFERENCES registry.source (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX person_fio ON registry.person (surname_norm, name_norm, patronymic_norm, birth_date);
CREATE INDEX person_birth_date ON registry.person (birth_date);
CREATE INDEX person_fio_trgm ON registry.person
    USING gin ((surname_norm || ' ' || name_norm || ' ' || patronymic_norm) gin_trgm_ops);

CREATE TABLE registry.identity_document (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint NOT NULL REFERENCES registry.person (id),
    type_code  text   NOT NULL,
    series     text,
    number     text   NOT NULL,
    issued_on  date,
    issuer     text,
    source_id  bigint REFERENCES registry.source (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (type_code, series, number)
);
CREATE INDEX identity_document_person ON registry.identity_document (person_id);

-- A legal representative (parent, guardian, ...) of a learner.
CREATE TABLE registry.representative (
    learner_id        bigint NOT NULL REFERENCES registry.person (id),
    representative_id bigint NOT NULL REFERENCES registry.person (id),
    relationship_code text   NOT NULL,
    starts_on         date,
    ends_on           date,
    source_id         bigint REFERENCES registry.source (id),
    PRIMARY KEY (learner_id, representative_id),
    CHECK (learner_id <> representative_id),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on < ends_on)
);
CREATE INDEX representative_representative ON registry.representative (representative_id);

-- Memberships ---------------------------------------------------------------------------

CREATE TABLE registry.membership (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id               bigint NOT NULL REFERENCES registry.person (id),
    organization_id         bigint NOT NULL REFERENCES registry.organization (id),
    role                    text   NOT NULL CHECK (role IN ('learner', 'staff')),
    starts_on               date   NOT NULL,
    ends_on                 date,
    study_form_code         text,
    enrollment_order_number text,
    enrollment_order_date   date,
    leaving_reason_code     text,
    leaving_order_number    text,
    leaving_order_date      date,
    source_id               bigint REFERENCES registry.source (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on < ends_on),
    CHECK (ends_on IS NOT NULL OR leaving_reason_code IS NULL),
    -- one person is not twice in one organization in one role at the same time
    EXCLUDE USING gist (person_id WITH =, organization_id WITH =, role WITH =, daterange(starts_on, ends_on) WITH &&)
);
-- "who was in organization X on day D" and "learners at period start / end"
CREATE INDEX membership_organization_period ON registry.membership (organization_id, starts_on) INCLUDE (ends_on, person_id, role);
CREATE INDEX membership_person ON registry.membership (person_id);
-- movement over a period (arrivals, leavings) region-wide
CREATE INDEX membership_ends_on ON registry.membership (ends_on) INCLUDE (organization_id, leaving_reason_code) WHERE ends_on IS NOT NULL;

-- Which class/group a membership was in, and from when: transfers between classes are
-- consecutive placements; two placements of one membership never overlap.
CREATE TABLE registry.class_placement (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    membership_id  bigint NOT NULL REFERENCES registry.membership (id) ON DELETE CASCADE,
    class_group_id bigint NOT NULL REFERENCES registry.class_group (id),
    starts_on      date   NOT NULL,
    ends_on        date,
    order_number   text,
    order_date     date,
    CHECK (ends_on IS NULL OR starts_on < ends_on),
    EXCLUDE USING gist (membership_id WITH =, daterange(starts_on, ends_on) WITH &&)
);
CREATE INDEX class_placement_class ON registry.class_placement (class_group_id);

-- Education programmes a person has completed.
CREATE TABLE registry.programme_completion (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES registry.person (id),
    organization_id bigint REFERENCES registry.organization (id),
    programme       text   NOT NULL,
    level_code      text,
    completed_on    date   NOT NULL,
    document        text,
    source_id       bigint REFERENCES registry.source (id)
);
CREATE INDEX programme_completion_person ON registry.programme_completion (person_id);
