-- One row per agreement whose expiry ended an integrated local police mandate: gates the hand-over exactly once.
CREATE TABLE mandate_end (
    agreement_id  bigint       PRIMARY KEY REFERENCES agreement (id),
    unit_id       bigint       NOT NULL,
    ended_at      timestamptz  NOT NULL
);
