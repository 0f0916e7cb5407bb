-- The follow-up dashboards count the cases still followed (not inactive) by region, province, level and unit, with
-- their overdue re-assessments; a unit's due list reads them by due date. Partial indexes over those cases only
-- (about a tenth of the table at national size) let each read just those entries (index-only for the counts), not
-- every case of the region or unit (see the README, "Scale").
CREATE INDEX followed_case_dashboard_region_idx ON measures.followed_case
    (region_code, province_code, level, unit_id, reassessment_due) WHERE status <> 'INACTIVE';
CREATE INDEX followed_case_dashboard_unit_idx ON measures.followed_case
    (unit_id, reassessment_due, level) WHERE status <> 'INACTIVE';
