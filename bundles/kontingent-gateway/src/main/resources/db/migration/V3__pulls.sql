-- Providers whose systems the gateway asks for changes, rather than being sent them: which
-- connector's source to ask, how often, with which settings, and where the last answer left off.
-- What a source answers is stored as a package of the provider in the same transaction as the
-- watermark moves on, so an answer is neither lost nor taken twice.
CREATE TABLE gateway.provider_pull (
    provider_id      bigint  PRIMARY KEY REFERENCES gateway.provider (id) ON DELETE CASCADE,
    source           text    NOT NULL CHECK (source ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    interval_minutes integer NOT NULL CHECK (interval_minutes BETWEEN 1 AND 10080),
    settings         jsonb   NOT NULL DEFAULT '{}'::jsonb,
    enabled          boolean NOT NULL DEFAULT true,
    watermark        text,
    next_at          timestamptz NOT NULL DEFAULT now(),
    last_at          timestamptz,
    last_error       text,
    last_package_id  bigint REFERENCES gateway.package (id)
);
CREATE INDEX provider_pull_due ON gateway.provider_pull (next_at) WHERE enabled;
