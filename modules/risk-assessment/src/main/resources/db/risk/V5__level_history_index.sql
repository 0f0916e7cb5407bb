-- The monthly statistics ask, for each case active at a month's end, its last assessment submitted before then:
-- one backward probe of this index per case, answered from the index alone (the level and flags are included).
CREATE INDEX assessment_level_history ON risk.assessment (case_id, assessed_at DESC, id DESC)
    INCLUDE (level_in_force, final_level, especial_relevancia, minors_at_risk, minors_vulnerable)
    WHERE status = 'SUBMITTED';
