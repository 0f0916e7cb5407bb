-- Municipal integration: INE registry, programme list, adhesion workflow, agreements, training, funds,
-- crisis centres and referrals, registry import runs.

CREATE TABLE municipality (
    ine_code            varchar(5)   PRIMARY KEY,
    name                varchar(200) NOT NULL,
    name_ine            varchar(200),
    province_code       varchar(2)   NOT NULL,
    province_name       varchar(100) NOT NULL,
    region_code         varchar(2)   NOT NULL,
    region_name         varchar(100) NOT NULL,
    population          integer      NOT NULL CHECK (population >= 0),
    population_year     smallint     NOT NULL,
    lat                 double precision,
    lon                 double precision,
    seat                varchar(200),
    has_local_police    boolean      NOT NULL DEFAULT false,
    local_police_source varchar(300),
    local_police_as_of  date,
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX municipality_province_idx ON municipality (province_code);
CREATE INDEX municipality_region_idx ON municipality (region_code);
CREATE INDEX municipality_name_idx ON municipality (lower(name));

-- The explicit programme list of a region: which municipalities the adhesion programme targets (or explicitly not).
CREATE TABLE programme_entry (
    ine_code     varchar(5)   PRIMARY KEY REFERENCES municipality (ine_code),
    region_code  varchar(2)   NOT NULL,
    included     boolean      NOT NULL,
    reason       varchar(500) NOT NULL,
    decided_by   varchar(80)  NOT NULL,
    decided_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX programme_entry_region_idx ON programme_entry (region_code, included);

CREATE TABLE adhesion (
    id                    bigserial    PRIMARY KEY,
    ine_code              varchar(5)   NOT NULL UNIQUE REFERENCES municipality (ine_code),
    status                varchar(30)  NOT NULL,
    status_since          timestamptz  NOT NULL,
    local_police_unit_id  bigint,
    max_level             varchar(20)  NOT NULL DEFAULT 'MEDIO',
    integrated_at         timestamptz,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX adhesion_unit_idx ON adhesion (local_police_unit_id) WHERE local_police_unit_id IS NOT NULL;
CREATE INDEX adhesion_status_idx ON adhesion (status);

CREATE TABLE adhesion_transition (
    id           bigserial    PRIMARY KEY,
    adhesion_id  bigint       NOT NULL REFERENCES adhesion (id),
    from_status  varchar(30)  NOT NULL,
    to_status    varchar(30)  NOT NULL,
    effective_on date         NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    actor        varchar(80)  NOT NULL,
    note         varchar(1000)
);
CREATE INDEX adhesion_transition_adhesion_idx ON adhesion_transition (adhesion_id, recorded_at);

CREATE TABLE agreement (
    id           bigserial    PRIMARY KEY,
    adhesion_id  bigint       NOT NULL REFERENCES adhesion (id),
    signed_on    date         NOT NULL,
    term_years   integer      NOT NULL DEFAULT 4 CHECK (term_years BETWEEN 1 AND 10),
    expires_on   date         NOT NULL,
    renewal_due  date         NOT NULL,
    max_level    varchar(20)  NOT NULL DEFAULT 'MEDIO',
    reference    varchar(100),
    recorded_by  varchar(80)  NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX agreement_adhesion_idx ON agreement (adhesion_id, signed_on);
CREATE INDEX agreement_renewal_idx ON agreement (renewal_due);

CREATE TABLE commission_member (
    id            bigserial    PRIMARY KEY,
    agreement_id  bigint       NOT NULL REFERENCES agreement (id),
    side          varchar(20)  NOT NULL,
    member_name   varchar(200) NOT NULL,
    position      varchar(200)
);
CREATE INDEX commission_member_agreement_idx ON commission_member (agreement_id);

CREATE TABLE training_record (
    id           bigserial    PRIMARY KEY,
    adhesion_id  bigint       NOT NULL REFERENCES adhesion (id),
    officer      varchar(200) NOT NULL,
    hours        integer      NOT NULL CHECK (hours > 0 AND hours <= 500),
    trained_on   date         NOT NULL,
    course       varchar(200),
    recorded_by  varchar(80)  NOT NULL,
    recorded_at  timestamptz  NOT NULL
);
CREATE INDEX training_record_adhesion_idx ON training_record (adhesion_id);

CREATE TABLE funding_grant (
    id           bigserial     PRIMARY KEY,
    adhesion_id  bigint        NOT NULL REFERENCES adhesion (id),
    grant_year   integer       NOT NULL,
    amount       numeric(12,2) NOT NULL CHECK (amount > 0),
    granted_on   date          NOT NULL,
    purpose      varchar(300),
    recorded_by  varchar(80)   NOT NULL,
    recorded_at  timestamptz   NOT NULL
);
CREATE INDEX funding_grant_adhesion_idx ON funding_grant (adhesion_id);

CREATE TABLE crisis_centre (
    id             bigserial    PRIMARY KEY,
    code           varchar(40)  NOT NULL UNIQUE,
    name           varchar(200) NOT NULL,
    ine_code       varchar(5)   NOT NULL REFERENCES municipality (ine_code),
    region_code    varchar(2)   NOT NULL,
    province_code  varchar(2)   NOT NULL,
    address        varchar(300),
    phone          varchar(40),
    email          varchar(120),
    open_24h       boolean      NOT NULL DEFAULT true,
    hours          varchar(300),
    active         boolean      NOT NULL DEFAULT true,
    version        bigint       NOT NULL DEFAULT 0
);

CREATE TABLE crisis_centre_service (
    centre_id     bigint       NOT NULL REFERENCES crisis_centre (id),
    service_code  varchar(40)  NOT NULL,
    hours         varchar(200),
    PRIMARY KEY (centre_id, service_code)
);

CREATE TABLE referral (
    id              bigserial    PRIMARY KEY,
    case_id         bigint       NOT NULL,
    centre_id       bigint       NOT NULL REFERENCES crisis_centre (id),
    service_code    varchar(40),
    status          varchar(20)  NOT NULL,
    consent_given   boolean      NOT NULL,
    consent_on      date         NOT NULL,
    consent_by      varchar(80)  NOT NULL,
    referring_unit  bigint,
    region_code     varchar(2)   NOT NULL,
    province_code   varchar(2)   NOT NULL,
    note            varchar(1000),
    created_by      varchar(80)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    status_at       timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX referral_case_idx ON referral (case_id);
CREATE INDEX referral_centre_idx ON referral (centre_id, status);

CREATE TABLE import_run (
    id            bigserial    PRIMARY KEY,
    file_name     varchar(300),
    started_by    varchar(80)  NOT NULL,
    started_at    timestamptz  NOT NULL,
    finished_at   timestamptz,
    rows_read     integer      NOT NULL DEFAULT 0,
    added         integer      NOT NULL DEFAULT 0,
    updated       integer      NOT NULL DEFAULT 0,
    unchanged     integer      NOT NULL DEFAULT 0,
    summary       text,
    status        varchar(20)  NOT NULL
);

-- One row per agreement expiry that has been announced (alerts raised, AgreementExpiring published): the daily check
-- inserts with ON CONFLICT DO NOTHING, so two instances or two runs announce it once.
CREATE TABLE expiry_notice (
    agreement_id  bigint       NOT NULL REFERENCES agreement (id),
    expires_on    date         NOT NULL,
    noticed_at    timestamptz  NOT NULL,
    PRIMARY KEY (agreement_id, expires_on)
);
