-- Throttling of the token endpoint: failed client-credentials requests per client id and per address; a subject
-- with too many failures is locked for a while (429 with Retry-After; the lock is audited).
CREATE TABLE token_throttle (
    subject       varchar(200) PRIMARY KEY,
    window_start  timestamptz  NOT NULL,
    failures      integer      NOT NULL DEFAULT 0,
    locked_until  timestamptz
);
