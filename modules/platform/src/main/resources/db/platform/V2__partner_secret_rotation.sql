-- Tokens issued before a partner's secret was rotated stop working.
ALTER TABLE partner_client ADD COLUMN secret_rotated_at timestamptz;
