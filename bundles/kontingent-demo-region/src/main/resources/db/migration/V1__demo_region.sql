-- What the demo loader made in this database: the region, once, and each extension's part of it,
-- so that an extension installed later gets its part of the same region, and only once.
CREATE SCHEMA demo;

CREATE TABLE demo.region (
    single    boolean     PRIMARY KEY DEFAULT TRUE CHECK (single),
    seed      bigint      NOT NULL,
    learners  integer     NOT NULL,
    -- the day the region was generated as of: its extensions' parts are generated as of it too
    as_of     date        NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE demo.extension_data (
    extension_id text        PRIMARY KEY,
    rows         bigint      NOT NULL,
    seconds      numeric     NOT NULL,
    generated_at timestamptz NOT NULL DEFAULT now()
);
