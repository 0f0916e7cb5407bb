-- Escalation of unacknowledged critical alerts: copies point to the alert they escalate; the original records the
-- last stage reached, so each stage happens once.
ALTER TABLE alert ADD COLUMN escalation_of bigint REFERENCES alert (id);
ALTER TABLE alert ADD COLUMN escalation_stage integer NOT NULL DEFAULT 0;
CREATE INDEX alert_escalation_open_idx ON alert (raised_at) WHERE severity = 'CRITICAL' AND acknowledged_at IS NULL
    AND escalation_of IS NULL;
CREATE INDEX alert_escalation_of_idx ON alert (escalation_of) WHERE escalation_of IS NOT NULL;
