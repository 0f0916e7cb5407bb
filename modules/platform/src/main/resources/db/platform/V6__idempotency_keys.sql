-- Idempotency keys of every submission (REST Idempotency-Key, SOAP MessageId), per client. A REST claim is taken in
-- the business transaction itself, so a request that dies leaves nothing behind; a claim taken in a transaction of
-- its own (SOAP) carries a lease, after which a retry may take it over.
CREATE TABLE idempotency_key (
    client          varchar(80)  NOT NULL,
    key             varchar(100) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    state           varchar(20)  NOT NULL,
    lease_until     timestamptz  NOT NULL,
    response_status integer,
    content_type    varchar(100),
    location        varchar(400),
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    PRIMARY KEY (client, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
