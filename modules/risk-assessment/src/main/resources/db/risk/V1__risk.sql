-- Risk assessment: instrument versions (as data) and assessments (pending and submitted).

CREATE TABLE risk.instrument (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    version     VARCHAR(20)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    definition  TEXT         NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    source      VARCHAR(20)  NOT NULL,
    loaded_by   VARCHAR(100) NOT NULL,
    loaded_at   TIMESTAMPTZ  NOT NULL,
    current     BOOLEAN      NOT NULL DEFAULT FALSE,
    row_version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT instrument_code_version UNIQUE (code, version)
);
-- one current version per instrument code
CREATE UNIQUE INDEX instrument_one_current ON risk.instrument (code) WHERE current;

CREATE TABLE risk.assessment (
    id                      BIGSERIAL PRIMARY KEY,
    case_id                 BIGINT       NOT NULL,
    case_number             VARCHAR(40),
    unit_id                 BIGINT       NOT NULL,
    kind                    VARCHAR(20)  NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    trigger_kind            VARCHAR(20)  NOT NULL,
    trigger_ref             BIGINT,
    due_at                  TIMESTAMPTZ  NOT NULL,
    created_at              TIMESTAMPTZ  NOT NULL,
    instrument_code         VARCHAR(20),
    instrument_version      VARCHAR(20),
    answers                 TEXT,
    score                   INTEGER,
    max_score               INTEGER,
    score_level             VARCHAR(20),
    red_flag_minimum        VARCHAR(20),
    computed_level          VARCHAR(20),
    victim_perception_asked BOOLEAN,
    victim_perceived_level  VARCHAR(20),
    officer_level           VARCHAR(20),
    override_reason         VARCHAR(2000),
    final_level             VARCHAR(20),
    previous_level          VARCHAR(20),
    especial_relevancia     BOOLEAN,
    h_score                 INTEGER,
    minors_at_risk          BOOLEAN,
    minors_vulnerable       BOOLEAN,
    confidence              DOUBLE PRECISION,
    low_confidence          BOOLEAN,
    follow_up_due           BOOLEAN,
    explanation             TEXT,
    assessed_at             TIMESTAMPTZ,
    assessor                VARCHAR(100),
    assessor_unit_id        BIGINT,
    assessor_unit_name      VARCHAR(200),
    row_version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT assessment_status CHECK (status IN ('PENDING', 'SUBMITTED', 'CANCELLED')),
    CONSTRAINT assessment_submitted_complete CHECK (status <> 'SUBMITTED' OR (final_level IS NOT NULL
        AND computed_level IS NOT NULL AND instrument_code IS NOT NULL AND instrument_version IS NOT NULL
        AND answers IS NOT NULL AND assessed_at IS NOT NULL)),
    -- the officer may raise the level, never lower it: the database keeps the rule too
    CONSTRAINT assessment_override_raises CHECK (officer_level IS NULL OR override_reason IS NOT NULL)
);
-- event reactions are idempotent: one VPR per opened case, one VPER per incident, one follow-up per assessment
CREATE UNIQUE INDEX assessment_vpr_once ON risk.assessment (case_id) WHERE trigger_kind = 'CASE_OPENED';
CREATE UNIQUE INDEX assessment_incident_once ON risk.assessment (case_id, trigger_ref) WHERE trigger_kind = 'INCIDENT';
CREATE UNIQUE INDEX assessment_follow_up_once ON risk.assessment (trigger_ref) WHERE trigger_kind = 'FOLLOW_UP';
CREATE INDEX assessment_case ON risk.assessment (case_id, status, assessed_at);
CREATE INDEX assessment_pending_unit ON risk.assessment (unit_id, due_at) WHERE status = 'PENDING';
