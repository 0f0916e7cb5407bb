-- A reactivated case owes a new VPR once per reactivating complaint.
CREATE UNIQUE INDEX assessment_reactivated_once ON risk.assessment (case_id, trigger_ref) WHERE trigger_kind = 'REACTIVATED';
