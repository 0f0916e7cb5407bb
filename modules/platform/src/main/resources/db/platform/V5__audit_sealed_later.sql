-- The audit log without a global lock. Appenders insert a row with the SHA-256 of its own fields (row_hash) and no
-- link; the sealer (one at a time, cluster-wide) links committed rows into the chain a few seconds later, in id order
-- within a pass, giving each its place (seal_seq), the previous row's hash and its chain hash. Rows written before
-- this migration keep their chain (they had no row_hash and are linked in id order); they get seal_seq = id.

DROP TRIGGER audit_log_no_update ON audit_log;

ALTER TABLE audit_log ADD COLUMN row_hash varchar(64);
ALTER TABLE audit_log ADD COLUMN seal_seq bigint;
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN id SET DEFAULT nextval('audit_log_seq');
UPDATE audit_log SET seal_seq = id;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_sealed_whole
    CHECK ((seal_seq IS NULL AND prev_hash IS NULL AND hash IS NULL)
        OR (seal_seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL));
ALTER TABLE audit_log ADD CONSTRAINT audit_log_row_hash_new CHECK (row_hash IS NOT NULL OR seal_seq IS NOT NULL);

CREATE UNIQUE INDEX audit_log_seal_seq_idx ON audit_log (seal_seq);
-- what the sealer looks for: small, since rows leave it within seconds
CREATE INDEX audit_log_unsealed_idx ON audit_log (id) WHERE seal_seq IS NULL;
-- a search by record id alone (the old index led with record_type, which a search by id alone cannot use)
DROP INDEX audit_log_record_idx;
CREATE INDEX audit_log_record_idx ON audit_log (record_id, record_type);

-- Append-only: no DELETE; an UPDATE only seals an unsealed row (sets its place and hashes, nothing else).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seal_seq IS NULL AND NEW.seal_seq IS NOT NULL
       AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
       AND NEW.actor_role IS NOT DISTINCT FROM OLD.actor_role
       AND NEW.actor_unit IS NOT DISTINCT FROM OLD.actor_unit
       AND NEW.action = OLD.action
       AND NEW.record_type IS NOT DISTINCT FROM OLD.record_type
       AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id
       AND NEW.purpose IS NOT DISTINCT FROM OLD.purpose
       AND NEW.row_hash IS NOT DISTINCT FROM OLD.row_hash THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
