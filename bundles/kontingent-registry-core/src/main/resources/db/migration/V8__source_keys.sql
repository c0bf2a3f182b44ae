-- Which registry record each source's own key stands for: a provider names its persons,
-- classes and memberships by its own ids, and a record sent again with the same key updates what
-- the first one created. A key of a person merged into another is followed to the kept person
-- when it is read, so a merge (or its undoing) needs no change here.
CREATE TABLE registry.source_key (
    source_id bigint NOT NULL REFERENCES registry.source (id),
    entity    text   NOT NULL CHECK (entity IN ('person', 'class_group', 'membership')),
    key       text   NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    record_id bigint NOT NULL,
    PRIMARY KEY (source_id, entity, key)
);
CREATE INDEX source_key_record ON registry.source_key (entity, record_id);
