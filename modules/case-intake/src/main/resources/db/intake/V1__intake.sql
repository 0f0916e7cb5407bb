-- Case intake schema: cases, victims, aggressors, minors, complaints, incidents, transfers, inactivations.

CREATE SEQUENCE case_number_seq START 1 INCREMENT 1;
-- One id per real person, shared by the victim/aggressor records that were linked as the same person.
CREATE SEQUENCE person_ref_seq START 1 INCREMENT 1;

CREATE TABLE case_file (
    id                    bigserial PRIMARY KEY,
    case_number           varchar(20)  NOT NULL UNIQUE,
    status                varchar(20)  NOT NULL,
    status_reason         varchar(500),
    status_since          timestamptz  NOT NULL,
    opened_at             timestamptz  NOT NULL,
    inactivated_at        timestamptz,
    supervised_until      date,
    supervision_extensions integer     NOT NULL DEFAULT 0,
    reactivated_at        timestamptz,
    unit_id               bigint       NOT NULL,
    municipality_code     varchar(5)   NOT NULL,
    region_code           varchar(2),
    province_code         varchar(2),
    current_level         varchar(20),
    especial_relevancia   boolean      NOT NULL DEFAULT false,
    ever_especial_relevancia boolean   NOT NULL DEFAULT false,
    minors_at_risk        boolean      NOT NULL DEFAULT false,
    level_assessed_at     timestamptz,
    last_medium_or_above_at timestamptz,
    repeat_aggressor      boolean      NOT NULL DEFAULT false,
    created_by            varchar(80)  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX case_file_unit_idx ON case_file (unit_id);
CREATE INDEX case_file_territory_idx ON case_file (region_code, province_code, municipality_code);
CREATE INDEX case_file_status_idx ON case_file (status, current_level);

CREATE TABLE victim (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL UNIQUE REFERENCES case_file (id),
    person_ref            bigint       NOT NULL,
    first_name            varchar(100) NOT NULL,
    last_name1            varchar(100) NOT NULL,
    last_name2            varchar(100),
    name_key              varchar(320) NOT NULL,
    document_type         varchar(10)  NOT NULL,
    document_number       varchar(30),
    birth_date            date,
    nationality           varchar(60),
    language              varchar(60),
    interpreter_needed    boolean      NOT NULL DEFAULT false,
    safe_contact_channel  varchar(200),
    safe_call_window      varchar(100),
    phone                 varchar(30),
    address               varchar(300),
    address_protected     boolean      NOT NULL DEFAULT false,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX victim_document_idx ON victim (document_number);
CREATE INDEX victim_birth_idx ON victim (birth_date);
CREATE INDEX victim_person_idx ON victim (person_ref);

CREATE TABLE aggressor (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL UNIQUE REFERENCES case_file (id),
    person_ref            bigint       NOT NULL,
    first_name            varchar(100) NOT NULL,
    last_name1            varchar(100) NOT NULL,
    last_name2            varchar(100),
    name_key              varchar(320) NOT NULL,
    document_type         varchar(10)  NOT NULL,
    document_number       varchar(30),
    birth_date            date,
    nationality           varchar(60),
    relationship          varchar(20)  NOT NULL,
    cohabiting            boolean      NOT NULL DEFAULT false,
    weapons_licence       boolean      NOT NULL DEFAULT false,
    whereabouts_known     boolean      NOT NULL DEFAULT true,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX aggressor_document_idx ON aggressor (document_number);
CREATE INDEX aggressor_birth_idx ON aggressor (birth_date);
CREATE INDEX aggressor_person_idx ON aggressor (person_ref);

CREATE TABLE minor (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL REFERENCES case_file (id),
    first_name            varchar(100) NOT NULL,
    age                   integer      NOT NULL,
    common_child          boolean      NOT NULL DEFAULT false,
    custody_arrangement   varchar(300),
    school                varchar(200),
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX minor_case_idx ON minor (case_id);

CREATE TABLE complaint (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL REFERENCES case_file (id),
    atestado_number       varchar(40),
    filed_at              timestamptz  NOT NULL,
    place                 varchar(300),
    municipality_code     varchar(5)   NOT NULL,
    channel               varchar(20)  NOT NULL,
    summary               varchar(4000),
    recorded_at           timestamptz  NOT NULL,
    recorded_by           varchar(80)  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX complaint_case_idx ON complaint (case_id);

CREATE TABLE incident (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL REFERENCES case_file (id),
    type                  varchar(30)  NOT NULL,
    occurred_at           timestamptz  NOT NULL,
    place                 varchar(300),
    description           varchar(4000) NOT NULL,
    source                varchar(200) NOT NULL,
    requires_reassessment boolean      NOT NULL,
    reactivated_case      boolean      NOT NULL DEFAULT false,
    recorded_at           timestamptz  NOT NULL,
    recorded_by           varchar(80)  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX incident_case_idx ON incident (case_id, occurred_at);

CREATE TABLE transfer (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL REFERENCES case_file (id),
    from_unit_id          bigint       NOT NULL,
    to_unit_id            bigint       NOT NULL,
    new_municipality_code varchar(5),
    reason                varchar(1000) NOT NULL,
    status                varchar(20)  NOT NULL,
    requested_at          timestamptz  NOT NULL,
    requested_by          varchar(80)  NOT NULL,
    decided_at            timestamptz,
    decided_by            varchar(80),
    decision_note         varchar(1000),
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX transfer_case_idx ON transfer (case_id);
CREATE INDEX transfer_to_idx ON transfer (to_unit_id, status);
-- at most one pending transfer per case
CREATE UNIQUE INDEX transfer_one_pending_idx ON transfer (case_id) WHERE status = 'PENDING';

CREATE TABLE inactivation (
    id                    bigserial PRIMARY KEY,
    case_id               bigint       NOT NULL REFERENCES case_file (id),
    kind                  varchar(20)  NOT NULL,
    rule_applied          varchar(60)  NOT NULL,
    level_at_decision     varchar(20),
    in_person_contact_on  date,
    victim_unlocatable_since date,
    judicial_measure_in_force boolean  NOT NULL DEFAULT false,
    vulnerability_observed boolean     NOT NULL DEFAULT false,
    supervised_until      date,
    reasons               varchar(1000),
    note                  varchar(2000),
    decided_at            timestamptz  NOT NULL,
    decided_by            varchar(80)  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX inactivation_case_idx ON inactivation (case_id);
