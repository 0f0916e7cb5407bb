-- The lists filtered by status (an officer's or a region's active cases, the most common filter): page and capped
-- count read the matching index entries only, instead of every case of the unit or region (see the README, "Scale").
CREATE INDEX case_file_unit_status_opened_idx ON intake.case_file (unit_id, status, opened_at DESC, id DESC);
CREATE INDEX case_file_region_status_opened_idx ON intake.case_file (region_code, status, opened_at DESC, id DESC);
