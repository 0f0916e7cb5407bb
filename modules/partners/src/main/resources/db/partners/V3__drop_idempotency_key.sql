-- The partners' own idempotency table has not been written since idempotency became the platform's
-- (platform.idempotency_key, for REST and SOAP); the last rows it held are older than its 7-day retention.
DROP TABLE IF EXISTS partners.idempotency_key;
