-- Event publication registry (after Spring Modulith's event_publication): one row per durable listener and event,
-- written in the publisher's transaction; completed in the listener's own transaction, together with its effect.
CREATE TABLE event_publication (
    id               bigserial    PRIMARY KEY,
    listener_id      varchar(120) NOT NULL,
    event_type       varchar(200) NOT NULL,
    payload          jsonb        NOT NULL,
    published_at     timestamptz  NOT NULL DEFAULT now(),
    critical         boolean      NOT NULL DEFAULT true,
    status           varchar(12)  NOT NULL DEFAULT 'PENDING',
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_attempt_at  timestamptz,
    last_error       varchar(30),
    completed_at     timestamptz,
    CONSTRAINT event_publication_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT event_publication_completed_ck CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
-- the relay's work list and the administrator's list: only what is not complete
CREATE INDEX event_publication_due_idx ON event_publication (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX event_publication_open_idx ON event_publication (published_at) WHERE status <> 'COMPLETED';
CREATE INDEX event_publication_completed_idx ON event_publication (completed_at) WHERE status = 'COMPLETED';
