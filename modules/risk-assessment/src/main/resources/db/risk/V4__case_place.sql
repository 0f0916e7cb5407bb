-- Where each case sits (intake's case territory: region, province, municipality), so that the lists of pending
-- assessments and level drops are scoped by the case's place, as intake's case list is, and not by the owning
-- unit's. Kept from intake's published CaseSummary when risk reacts to a case or reads it.
CREATE TABLE risk.case_place (
    case_id           BIGINT      PRIMARY KEY,
    region_code       VARCHAR(2),
    province_code     VARCHAR(2),
    municipality_code VARCHAR(5),
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX case_place_territory ON risk.case_place (region_code, province_code, municipality_code);
