-- Controlled de-escalation, history carried forward, lasting flags and the victim's own review requests.

-- The risk in force on each case: the level (which only a new higher result, an allowed drop or an approved
-- proposal changes), since when and after how many assessments, and the flags that stay until a person lifts them.
CREATE TABLE risk.case_risk (
    case_id              BIGINT      PRIMARY KEY,
    level                VARCHAR(20) NOT NULL,
    level_since          TIMESTAMPTZ NOT NULL,
    assessments_at_level INTEGER     NOT NULL,
    especial_relevancia  BOOLEAN     NOT NULL DEFAULT FALSE,
    minors_at_risk       BOOLEAN     NOT NULL DEFAULT FALSE,
    minors_vulnerable    BOOLEAN     NOT NULL DEFAULT FALSE,
    row_version          BIGINT      NOT NULL DEFAULT 0
);

INSERT INTO risk.case_risk (case_id, level, level_since, assessments_at_level, especial_relevancia, minors_at_risk,
                            minors_vulnerable)
SELECT DISTINCT ON (case_id) case_id, final_level, assessed_at, 1, COALESCE(especial_relevancia, FALSE),
       COALESCE(minors_at_risk, FALSE), COALESCE(minors_vulnerable, FALSE)
FROM risk.assessment WHERE status = 'SUBMITTED' ORDER BY case_id, assessed_at DESC, id DESC;

-- Facts that cannot become untrue (attempted strangulation, threats to kill, weapon used, earlier breaches): the
-- first assessment that answered them "Sí" establishes them for good.
CREATE TABLE risk.case_fact (
    case_id        BIGINT      NOT NULL,
    fact           VARCHAR(40) NOT NULL,
    assessment_id  BIGINT      NOT NULL REFERENCES risk.assessment (id),
    established_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, fact)
);

-- A level below the one in force: applied with the officer's reason, or proposed and waiting for a supervisor.
CREATE TABLE risk.level_drop (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    case_number     VARCHAR(40),
    unit_id         BIGINT        NOT NULL,
    assessment_id   BIGINT        NOT NULL REFERENCES risk.assessment (id),
    from_level      VARCHAR(20)   NOT NULL,
    to_level        VARCHAR(20)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    needs_approval  BOOLEAN       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    proposed_by     VARCHAR(100)  NOT NULL,
    proposed_at     TIMESTAMPTZ   NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMPTZ,
    decision_reason VARCHAR(2000),
    row_version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT level_drop_status CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'SUPERSEDED', 'APPLIED')),
    CONSTRAINT level_drop_lower CHECK (to_level <> from_level),
    CONSTRAINT level_drop_decided CHECK (status IN ('PENDING', 'APPLIED', 'SUPERSEDED')
        OR (decided_by IS NOT NULL AND decided_at IS NOT NULL AND decision_reason IS NOT NULL))
);
CREATE UNIQUE INDEX level_drop_one_pending ON risk.level_drop (case_id) WHERE status = 'PENDING';
CREATE INDEX level_drop_pending_unit ON risk.level_drop (unit_id) WHERE status = 'PENDING';

-- Setting and lifting the lasting flags (especial relevancia, minors at risk / vulnerable), with who and why.
CREATE TABLE risk.flag_change (
    id            BIGSERIAL PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    flag          VARCHAR(30)   NOT NULL,
    lifted        BOOLEAN       NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    changed_by    VARCHAR(100)  NOT NULL,
    changed_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT flag_change_flag CHECK (flag IN ('ESPECIAL_RELEVANCIA', 'MINORS_AT_RISK', 'MINORS_VULNERABLE'))
);
CREATE INDEX flag_change_case ON risk.flag_change (case_id, changed_at);

-- The victim asks for a review of her risk: when, how, what changed in her view; it makes a VPER due now.
CREATE TABLE risk.review_request (
    id            BIGSERIAL PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    requested_on  DATE          NOT NULL,
    channel       VARCHAR(20)   NOT NULL,
    what_changed  VARCHAR(2000) NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT review_request_channel CHECK (channel IN ('IN_PERSON', 'PHONE', 'WRITTEN', 'THROUGH_SERVICES', 'OTHER'))
);
CREATE INDEX review_request_case ON risk.review_request (case_id, recorded_at);
CREATE UNIQUE INDEX assessment_victim_request_once ON risk.assessment (trigger_ref) WHERE trigger_kind = 'VICTIM_REQUEST';

ALTER TABLE risk.assessment
    ADD COLUMN level_in_force        VARCHAR(20),
    ADD COLUMN drop_outcome          VARCHAR(20),
    ADD COLUMN drop_reason           VARCHAR(2000),
    ADD COLUMN victim_confirm_reason VARCHAR(2000),
    ADD COLUMN carried_facts         VARCHAR(500);
UPDATE risk.assessment SET level_in_force = final_level WHERE status = 'SUBMITTED';
