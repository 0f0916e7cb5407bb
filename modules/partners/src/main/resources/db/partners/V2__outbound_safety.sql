-- Outbound safety (issue 10 item 4, issue 11 item 4).

-- Signing secrets are kept sealed (AES-256-GCM, key from viogen.partners.secret-key; demo: a generated key kept in
-- sealing_key). Rows written before this migration held the secret in clear: they are marked "plain:" and sealed at
-- the next start.
ALTER TABLE subscription RENAME COLUMN signing_secret TO signing_secret_sealed;
ALTER TABLE subscription ALTER COLUMN signing_secret_sealed TYPE varchar(300);
UPDATE subscription SET signing_secret_sealed = 'plain:' || signing_secret_sealed;
ALTER TABLE subscription ADD COLUMN cancelled_at timestamptz;

CREATE TABLE sealing_key (
    kid         varchar(40)  PRIMARY KEY,
    key_base64  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

-- The relay claims a batch in a short transaction (a lease), sends with no transaction open, and records each
-- result in its own transaction; a lease that ran out (the instance died mid-send) is claimed again.
ALTER TABLE delivery ADD COLUMN claimed_until timestamptz;
ALTER TABLE delivery ADD COLUMN claim_token varchar(40);
ALTER TABLE delivery ADD COLUMN cancelled_at timestamptz;

-- Deliveries still waiting for a subscription that was cancelled are cancelled too (they used to keep going).
UPDATE delivery SET status = 'CANCELLED', cancelled_at = now()
 WHERE status = 'PENDING' AND subscription_id IN (SELECT id FROM subscription WHERE NOT active);
