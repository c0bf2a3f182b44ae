-- Accounts, console sessions and API keys (schema "security"), and the append-only journal of
-- user actions on personal data (schema "audit").
--
-- * Passwords are kept as PBKDF2-HMAC-SHA256 strings "pbkdf2-sha256$<iterations>$<salt>$<hash>".
-- * Session tokens and API secrets are random (256 bits) and kept only as their SHA-256.
-- * A scope is a kind and an id in the registry (an authority or an organization) or of a data
--   provider; the registry's ids are checked by the application, not by foreign keys, because
--   the registry belongs to another bundle.

CREATE SCHEMA IF NOT EXISTS security;

CREATE TABLE security.account (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login                    text NOT NULL CHECK (login = lower(login) AND login ~ '^[a-z0-9._@-]{3,64}$'),
    display_name             text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role                     text NOT NULL CHECK (role IN ('SYSTEM_ADMINISTRATOR', 'AUTHORITY_ADMINISTRATOR', 'EMPLOYEE',
                                                           'PROVIDER_REPRESENTATIVE')),
    scope_kind               text NOT NULL CHECK (scope_kind IN ('REGION', 'AUTHORITY', 'ORGANIZATION', 'PROVIDER')),
    scope_id                 bigint,
    snils                    text UNIQUE CHECK (snils ~ '^[0-9]{11}$'),
    password_hash            text,
    password_change_required boolean NOT NULL DEFAULT true,
    failed_sign_ins          integer NOT NULL DEFAULT 0,
    locked_until             timestamptz,
    active                   boolean NOT NULL DEFAULT true,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK ((scope_kind = 'REGION') = (scope_id IS NULL)),
    CHECK (role <> 'SYSTEM_ADMINISTRATOR' OR scope_kind = 'REGION'),
    CHECK ((role = 'PROVIDER_REPRESENTATIVE') = (scope_kind = 'PROVIDER'))
);
CREATE UNIQUE INDEX account_login ON security.account (login);

CREATE TABLE security.session (
    token_hash   bytea PRIMARY KEY,
    account_id   bigint NOT NULL REFERENCES security.account (id) ON DELETE CASCADE,
    csrf_token   text NOT NULL,
    address      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL
);
CREATE INDEX session_account ON security.session (account_id);
CREATE INDEX session_expires ON security.session (expires_at);

CREATE TABLE security.api_key (
    key_id      text PRIMARY KEY CHECK (key_id ~ '^[A-Za-z0-9_-]{16,64}$'),
    account_id  bigint NOT NULL REFERENCES security.account (id) ON DELETE CASCADE,
    secret_hash bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX api_key_account ON security.api_key (account_id);

CREATE SCHEMA IF NOT EXISTS audit;

-- One row per action, numbered without gaps in the order they were journaled. Each row's hash
-- covers its content and the hash of the row before, so that a changed or removed row breaks the
-- chain from there on.
CREATE TABLE audit.entry (
    seq           bigint PRIMARY KEY,
    at            timestamptz NOT NULL,
    account_id    bigint,
    login         text NOT NULL,
    address       text,
    action        text NOT NULL CHECK (action IN ('VIEW', 'SEARCH', 'CHANGE', 'EXPORT', 'ADMINISTRATION', 'SIGN_IN',
                                                  'SIGN_IN_FAILED', 'SIGN_OUT', 'DENIED')),
    target        text NOT NULL,
    person_ids    bigint[] NOT NULL DEFAULT '{}',
    details       text,
    previous_hash bytea,
    hash          bytea NOT NULL
);
CREATE INDEX entry_at ON audit.entry USING brin (at);
CREATE INDEX entry_login ON audit.entry (login, seq);
CREATE INDEX entry_person ON audit.entry USING gin (person_ids);

-- The canonical text a row's hash covers; the application's verification uses the same.
CREATE FUNCTION audit.entry_text(e audit.entry) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT concat_ws(E'\x1f', e.seq::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                     coalesce(e.account_id::text, ''), e.login, coalesce(e.address, ''), e.action, e.target,
                     array_to_string(e.person_ids, ','), coalesce(e.details, ''))
$$;

-- Numbers the row and chains it to the one before, one writer at a time.
CREATE FUNCTION audit.entry_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last audit.entry;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit.entry'));
    SELECT * INTO last FROM audit.entry ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.at := clock_timestamp();
    NEW.previous_hash := last.hash;
    NEW.hash := sha256(coalesce(last.hash, ''::bytea) || convert_to(audit.entry_text(NEW), 'UTF8'));
    RETURN NEW;
END
$$;
CREATE TRIGGER entry_chain BEFORE INSERT ON audit.entry FOR EACH ROW EXECUTE FUNCTION audit.entry_chain();

CREATE FUNCTION audit.entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the action journal is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.entry_append_only();
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.entry_append_only();
