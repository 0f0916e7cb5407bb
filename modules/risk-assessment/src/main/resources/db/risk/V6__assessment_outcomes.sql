-- What happened after each assessment: risk's own outcome record, kept from intake's published events (incidents,
-- breaches, new complaints, confirmed serious outcomes). One row per assessment and kind of outcome with the first
-- time it happened within 180 days of the assessment (the longest window measured); the 30- and 90-day windows are
-- read from the same row. Written set-based by the durable listeners (an event updates every assessment of its case
-- whose window contains it), idempotent (the earliest time wins).
CREATE TABLE risk.assessment_outcome (
    assessment_id BIGINT      NOT NULL REFERENCES risk.assessment (id),
    kind          VARCHAR(20) NOT NULL,
    first_at      TIMESTAMPTZ NOT NULL,
    days_after    INTEGER     NOT NULL,
    PRIMARY KEY (assessment_id, kind),
    CONSTRAINT assessment_outcome_kind CHECK (kind IN ('AGGRESSION', 'THREAT', 'BREACH', 'COMPLAINT', 'SERIOUS')),
    CONSTRAINT assessment_outcome_window CHECK (days_after BETWEEN 0 AND 180)
);

-- The measured assessments of an instrument version, in time order (the monitoring's one scan).
CREATE INDEX assessment_monitoring ON risk.assessment (instrument_code, instrument_version, assessed_at)
    WHERE status = 'SUBMITTED';
