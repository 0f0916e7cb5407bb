-- Indexes for the case lists and the text search at national size (about 1 million cases; see the README, "Scale").
-- The lists are ordered by opening, newest first, within the reader's scope: a unit's cases or a region's.
CREATE INDEX case_file_unit_opened_idx ON intake.case_file (unit_id, opened_at DESC, id DESC);
CREATE INDEX case_file_region_opened_idx ON intake.case_file (region_code, opened_at DESC, id DESC);
-- Text search: names are matched with LIKE '%...%' on the normalised name key (trigram GIN indexes answer it without
-- reading every victim and aggressor); an atestado is matched in upper case.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX victim_name_key_trgm_idx ON intake.victim USING gin (name_key public.gin_trgm_ops);
CREATE INDEX aggressor_name_key_trgm_idx ON intake.aggressor USING gin (name_key public.gin_trgm_ops);
CREATE INDEX complaint_atestado_upper_idx ON intake.complaint (upper(atestado_number));
