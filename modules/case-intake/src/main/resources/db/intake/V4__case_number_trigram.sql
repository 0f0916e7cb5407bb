-- The case list's text search matches the case number anywhere in it (upper(case_number) LIKE '%...%'): a trigram
-- index answers that from the text's trigrams instead of reading every case (see the README, "Scale").
CREATE INDEX case_file_number_trgm_idx ON intake.case_file USING gin (upper(case_number) public.gin_trgm_ops);
