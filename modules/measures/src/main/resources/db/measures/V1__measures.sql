-- Measures and follow-up: protocol versions (catalogue + re-assessment periods, loaded from resource files),
-- the module's read model of cases, protection plans with history, executions, judicial orders, safety plans,
-- and the log of alerts this module raised (for timelines and dashboards).

CREATE TABLE measures.protocol_version (
    id              bigserial PRIMARY KEY,
    code            varchar(40)  NOT NULL UNIQUE,
    title           varchar(200) NOT NULL,
    effective_from  date         NOT NULL,
    due_soon_hours  integer      NOT NULL,
    order_notice_days integer    NOT NULL,
    loaded_at       timestamptz  NOT NULL DEFAULT now()
);

-- maximum interval between assessments per level, and the grace before an overdue one escalates to the region
CREATE TABLE measures.reassessment_policy (
    protocol_id     bigint      NOT NULL REFERENCES measures.protocol_version (id),
    level           varchar(20) NOT NULL,
    max_interval_minutes integer NOT NULL CHECK (max_interval_minutes > 0),
    grace_minutes   integer     NOT NULL CHECK (grace_minutes >= 0),
    PRIMARY KEY (protocol_id, level)
);

CREATE TABLE measures.catalogue_measure (
    id              bigserial PRIMARY KEY,
    protocol_id     bigint       NOT NULL REFERENCES measures.protocol_version (id),
    code            varchar(60)  NOT NULL,
    min_level       varchar(20)  NOT NULL,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('MANDATORY', 'COMPLEMENTARY')),
    frequency_hours integer      CHECK (frequency_hours IS NULL OR frequency_hours > 0),
    name_key        varchar(120) NOT NULL,
    name            varchar(300) NOT NULL,
    position        integer      NOT NULL,
    UNIQUE (protocol_id, code)
);

CREATE TABLE measures.safety_plan_template (
    id              bigserial PRIMARY KEY,
    protocol_id     bigint       NOT NULL REFERENCES measures.protocol_version (id),
    code            varchar(60)  NOT NULL,
    name_key        varchar(120) NOT NULL,
    name            varchar(300) NOT NULL,
    position        integer      NOT NULL,
    UNIQUE (protocol_id, code)
);

-- read model of cases, kept from intake's and risk's events (no other module's tables are read)
CREATE TABLE measures.followed_case (
    case_id              bigint PRIMARY KEY,
    case_number          varchar(40),
    unit_id              bigint       NOT NULL,
    region_code          varchar(2),
    province_code        varchar(2),
    municipality_code    varchar(5),
    status               varchar(20)  NOT NULL DEFAULT 'ACTIVE',
    level                varchar(20),
    especial_relevancia  boolean      NOT NULL DEFAULT false,
    minors_at_risk       boolean      NOT NULL DEFAULT false,
    protocol_id          bigint       REFERENCES measures.protocol_version (id),
    last_assessment_id   bigint,
    last_assessed_at     timestamptz,
    reassessment_due     timestamptz,
    reassessment_reason  varchar(20),
    -- alert stage reached for the current due date and when the scheduler must look again (null: nothing to do)
    reassessment_stage   varchar(20)  NOT NULL DEFAULT 'NONE',
    next_check_at        timestamptz,
    opened_at            timestamptz,
    version              bigint       NOT NULL DEFAULT 0
);
CREATE INDEX followed_case_check ON measures.followed_case (next_check_at) WHERE next_check_at IS NOT NULL;
CREATE INDEX followed_case_unit ON measures.followed_case (unit_id);
CREATE INDEX followed_case_territory ON measures.followed_case (region_code, province_code);

CREATE TABLE measures.plan_measure (
    id                bigserial PRIMARY KEY,
    case_id           bigint       NOT NULL REFERENCES measures.followed_case (case_id),
    catalogue_id      bigint       NOT NULL REFERENCES measures.catalogue_measure (id),
    code              varchar(60)  NOT NULL,
    kind              varchar(20)  NOT NULL,
    frequency_hours   integer,
    added_at          timestamptz  NOT NULL,
    added_for_level   varchar(20)  NOT NULL,
    withdrawn_at      timestamptz,
    withdrawn_for_level varchar(20),
    last_executed_at  timestamptz,
    next_due_at       timestamptz,
    stage             varchar(20)  NOT NULL DEFAULT 'NONE',
    next_check_at     timestamptz,
    version           bigint       NOT NULL DEFAULT 0
);
CREATE INDEX plan_measure_case ON measures.plan_measure (case_id);
CREATE UNIQUE INDEX plan_measure_in_force ON measures.plan_measure (case_id, code) WHERE withdrawn_at IS NULL;
CREATE INDEX plan_measure_check ON measures.plan_measure (next_check_at) WHERE next_check_at IS NOT NULL;

CREATE TABLE measures.plan_event (
    id           bigserial PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES measures.followed_case (case_id),
    at           timestamptz  NOT NULL,
    kind         varchar(30)  NOT NULL,
    from_level   varchar(20),
    to_level     varchar(20),
    measure_code varchar(60),
    assessment_id bigint,
    unit_id      bigint,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX plan_event_case ON measures.plan_event (case_id, at);

CREATE TABLE measures.measure_execution (
    id              bigserial PRIMARY KEY,
    plan_measure_id bigint        NOT NULL REFERENCES measures.plan_measure (id),
    case_id         bigint        NOT NULL,
    executed_at     timestamptz   NOT NULL,
    notes           varchar(2000),
    recorded_by     varchar(100)  NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0
);
CREATE INDEX measure_execution_measure ON measures.measure_execution (plan_measure_id, executed_at);

CREATE TABLE measures.judicial_order (
    id                bigserial PRIMARY KEY,
    case_id           bigint        NOT NULL REFERENCES measures.followed_case (case_id),
    type              varchar(30)   NOT NULL,
    court             varchar(200)  NOT NULL,
    procedure_number  varchar(60)   NOT NULL,
    starts_on         date          NOT NULL,
    ends_on           date,
    distance_metres   integer,
    notes             varchar(2000),
    registered_at     timestamptz   NOT NULL,
    registered_by     varchar(100)  NOT NULL,
    expiry_notified   boolean       NOT NULL DEFAULT false,
    version           bigint        NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX judicial_order_case ON measures.judicial_order (case_id);
CREATE INDEX judicial_order_expiry ON measures.judicial_order (ends_on) WHERE NOT expiry_notified AND ends_on IS NOT NULL;

CREATE TABLE measures.order_breach (
    id           bigserial PRIMARY KEY,
    order_id     bigint       NOT NULL REFERENCES measures.judicial_order (id),
    case_id      bigint       NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    incident_id  bigint,
    recorded_by  varchar(100) NOT NULL,
    recorded_at  timestamptz  NOT NULL
);

CREATE TABLE measures.safety_plan_item (
    id          bigserial PRIMARY KEY,
    case_id     bigint        NOT NULL REFERENCES measures.followed_case (case_id),
    code        varchar(60)   NOT NULL,
    name_key    varchar(120)  NOT NULL,
    name        varchar(300)  NOT NULL,
    position    integer       NOT NULL,
    done        boolean       NOT NULL DEFAULT false,
    done_at     timestamptz,
    done_by     varchar(100),
    version     bigint        NOT NULL DEFAULT 0,
    UNIQUE (case_id, code)
);

-- every alert this module raised (the platform inbox holds the alert itself; this keeps the case's side)
CREATE TABLE measures.raised_alert (
    dedup_key   varchar(200) PRIMARY KEY,
    case_id     bigint       NOT NULL,
    unit_id     bigint       NOT NULL,
    type        varchar(40)  NOT NULL,
    raised_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX raised_alert_case ON measures.raised_alert (case_id, raised_at);
CREATE INDEX raised_alert_unit ON measures.raised_alert (unit_id, raised_at);
