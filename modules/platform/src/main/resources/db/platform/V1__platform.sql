-- Platform schema: units, people, partner clients, audit log, alerts, signing keys.

CREATE TABLE unit (
    id                bigserial PRIMARY KEY,
    code              varchar(40)  NOT NULL UNIQUE,
    name              varchar(200) NOT NULL,
    kind              varchar(30)  NOT NULL,
    region_code       varchar(2),
    province_code     varchar(2),
    municipality_code varchar(5),
    active            boolean      NOT NULL DEFAULT true,
    version           bigint       NOT NULL DEFAULT 0
);

CREATE TABLE user_account (
    id               bigserial PRIMARY KEY,
    username         varchar(80)  NOT NULL UNIQUE,
    full_name        varchar(200) NOT NULL,
    password_hash    varchar(400) NOT NULL,
    role             varchar(30)  NOT NULL,
    unit_id          bigint       NOT NULL REFERENCES unit (id),
    active           boolean      NOT NULL DEFAULT true,
    failed_attempts  integer      NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX user_account_unit_idx ON user_account (unit_id);

CREATE TABLE partner_client (
    id            bigserial PRIMARY KEY,
    client_id     varchar(80)  NOT NULL UNIQUE,
    organisation  varchar(200) NOT NULL,
    kind          varchar(30)  NOT NULL,
    secret_hash   varchar(400) NOT NULL,
    scopes        varchar(1000) NOT NULL DEFAULT '',
    region_code   varchar(2),
    province_code varchar(2),
    active        boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);

-- Append-only, hash-chained. Each row's hash covers its own fields and the previous row's hash.
CREATE TABLE audit_log (
    id           bigint       PRIMARY KEY,
    at           timestamptz  NOT NULL,
    actor        varchar(80)  NOT NULL,
    actor_role   varchar(30),
    actor_unit   bigint,
    action       varchar(30)  NOT NULL,
    record_type  varchar(60),
    record_id    varchar(80),
    purpose      varchar(300),
    prev_hash    varchar(64)  NOT NULL,
    hash         varchar(64)  NOT NULL
);
CREATE SEQUENCE audit_log_seq START 1 INCREMENT 1;
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE alert (
    id               bigserial PRIMARY KEY,
    unit_id          bigint       NOT NULL,
    username         varchar(80),
    type             varchar(60)  NOT NULL,
    severity         varchar(20)  NOT NULL,
    record_type      varchar(60),
    record_id        varchar(80),
    link             varchar(300),
    message_key      varchar(120) NOT NULL,
    message_args     varchar(1000) NOT NULL DEFAULT '',
    dedup_key        varchar(200) NOT NULL UNIQUE,
    raised_at        timestamptz  NOT NULL DEFAULT now(),
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(80),
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX alert_unit_open_idx ON alert (unit_id, acknowledged_at);

CREATE TABLE signing_key (
    id               bigserial PRIMARY KEY,
    kid              varchar(60)  NOT NULL UNIQUE,
    private_key_pem  text         NOT NULL,
    public_key_pem   text         NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0
);
