-- Partner interfaces: registry, idempotency keys, prison events, victim notifications, subscriptions, outbox.

-- The registry of partner organisations. Credentials themselves (client id + PBKDF2 secret hash) live in
-- platform.partner_client, which the token endpoint reads; this table carries what the partners module manages.
CREATE TABLE partner (
    id                 bigserial    PRIMARY KEY,
    client_id          varchar(80)  NOT NULL UNIQUE,
    organisation       varchar(200) NOT NULL,
    kind               varchar(30)  NOT NULL,
    scopes             varchar(1000) NOT NULL DEFAULT '',
    region_code        varchar(2),
    province_code      varchar(2),
    active             boolean      NOT NULL DEFAULT true,
    contact_email      varchar(200),
    created_at         timestamptz  NOT NULL DEFAULT now(),
    secret_rotated_at  timestamptz,
    version            bigint       NOT NULL DEFAULT 0
);

-- One row per partner submission (REST Idempotency-Key / SOAP MessageId header): a retry returns the stored answer.
CREATE TABLE idempotency_key (
    id              bigserial    PRIMARY KEY,
    partner_client  varchar(80)  NOT NULL,
    message_key     varchar(100) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    state           varchar(20)  NOT NULL,
    response_status integer,
    content_type    varchar(100),
    location        varchar(400),
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    CONSTRAINT idempotency_key_unique UNIQUE (partner_client, message_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

CREATE TABLE prison_event (
    id              bigserial    PRIMARY KEY,
    case_id         bigint       NOT NULL,
    incident_id     bigint       NOT NULL,
    partner_client  varchar(80)  NOT NULL,
    type            varchar(30)  NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    starts_on       date,
    ends_on         date,
    facility        varchar(200) NOT NULL,
    reason          varchar(500),
    received_at     timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX prison_event_case ON prison_event (case_id);

-- What the victim is told (SMS) about a prison event: recorded here for the SMS gateway; never the address.
CREATE TABLE victim_notification (
    id              bigserial    PRIMARY KEY,
    case_id         bigint       NOT NULL,
    prison_event_id bigint       NOT NULL REFERENCES prison_event (id),
    channel         varchar(20)  NOT NULL,
    message_key     varchar(100) NOT NULL,
    message_text    varchar(500) NOT NULL,
    status          varchar(20)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT victim_notification_once UNIQUE (prison_event_id, channel)
);

CREATE TABLE subscription (
    id              bigserial    PRIMARY KEY,
    partner_client  varchar(80)  NOT NULL,
    event_types     varchar(300) NOT NULL,
    callback_url    varchar(500) NOT NULL,
    signing_secret  varchar(100) NOT NULL,
    active          boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX subscription_partner ON subscription (partner_client);

-- The outbox: written in the publisher's transaction, relayed by the scheduler (FOR UPDATE SKIP LOCKED).
CREATE TABLE delivery (
    id               bigserial    PRIMARY KEY,
    subscription_id  bigint       NOT NULL REFERENCES subscription (id),
    partner_client   varchar(80)  NOT NULL,
    event_type       varchar(40)  NOT NULL,
    event_key        varchar(120) NOT NULL,
    payload          text         NOT NULL,
    status           varchar(20)  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(300),
    created_at       timestamptz  NOT NULL,
    sent_at          timestamptz,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT delivery_once UNIQUE (subscription_id, event_key)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_partner ON delivery (partner_client, created_at DESC);
