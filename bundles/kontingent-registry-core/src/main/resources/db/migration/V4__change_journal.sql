-- The journal of changes: every write through the registry's command service, with its source,
-- and the record as it was before and as it is after (to_jsonb of the row). It is where the
-- provenance of each fact can be followed back, and what a merge is undone from. Rows are only
-- ever added.
CREATE TABLE registry.change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now(),
    source_id  bigint      NOT NULL REFERENCES registry.source (id),
    entity     text        NOT NULL,
    entity_id  bigint      NOT NULL,
    action     text        NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    before     jsonb,
    after      jsonb
);
CREATE INDEX change_entity ON registry.change (entity, entity_id, id);

CREATE FUNCTION registry.change_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the registry''s change journal is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER change_is_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON registry.change
    FOR EACH STATEMENT EXECUTE FUNCTION registry.change_is_append_only();
