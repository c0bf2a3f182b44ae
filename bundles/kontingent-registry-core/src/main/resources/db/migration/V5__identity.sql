-- Identity: pairs of persons that may be one, kept for review, and merges with what they moved.

CREATE TABLE registry.duplicate_candidate (
    first_id  bigint      NOT NULL REFERENCES registry.person (id),
    second_id bigint      NOT NULL REFERENCES registry.person (id),
    score     smallint    NOT NULL CHECK (score BETWEEN 0 AND 100),
    reasons   text[]      NOT NULL,
    found_at  timestamptz NOT NULL DEFAULT now(),
    status    text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'merged')),
    reviewed_by bigint    REFERENCES registry.source (id),
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE INDEX duplicate_candidate_open ON registry.duplicate_candidate (score DESC, first_id, second_id) WHERE status = 'open';

-- A merge moves rows from the merged person to the kept one; "moved" lists them by kind (and
-- what each extension moved), so that the merge can be undone exactly.
CREATE TABLE registry.person_merge (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id        bigint      NOT NULL REFERENCES registry.person (id),
    merged_id      bigint      NOT NULL REFERENCES registry.person (id),
    source_id      bigint      NOT NULL REFERENCES registry.source (id),
    merged_at      timestamptz NOT NULL DEFAULT now(),
    moved          jsonb       NOT NULL,
    undone_at      timestamptz,
    undo_source_id bigint      REFERENCES registry.source (id),
    CHECK (kept_id <> merged_id),
    CHECK ((undone_at IS NULL) = (undo_source_id IS NULL))
);
CREATE INDEX person_merge_kept ON registry.person_merge (kept_id);
CREATE INDEX person_merge_merged ON registry.person_merge (merged_id);
