-- Intake's copy of the judicial orders the measures module holds (dates only): inactivation checks it.
CREATE TABLE judicial_order_copy (
    order_id     bigint       PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES case_file (id),
    type         varchar(40)  NOT NULL,
    starts_on    date         NOT NULL,
    ends_on      date,
    recorded_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX judicial_order_copy_case_idx ON judicial_order_copy (case_id);
