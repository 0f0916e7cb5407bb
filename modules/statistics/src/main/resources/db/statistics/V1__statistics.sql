-- Official monthly statistics: one snapshot per month, written once at the month's end (or by an administrator's
-- "build missing months"), and its cells. Never updated nor deleted: the triggers refuse it.

CREATE TABLE statistics.snapshot (
    month        date        PRIMARY KEY,          -- the first day of the month
    built_at     timestamptz NOT NULL,
    built_by     varchar(80) NOT NULL,
    trigger_kind varchar(20) NOT NULL,              -- MONTH_END | BACKFILL
    build_millis bigint      NOT NULL,
    cells        integer     NOT NULL,
    CONSTRAINT snapshot_first_day CHECK (extract(day FROM month) = 1),
    CONSTRAINT snapshot_trigger CHECK (trigger_kind IN ('MONTH_END', 'BACKFILL'))
);

CREATE TABLE statistics.snapshot_cell (
    month         date        NOT NULL REFERENCES statistics.snapshot (month),
    region_code   varchar(2)  NOT NULL,             -- '' when the case had no place
    province_code varchar(2)  NOT NULL,
    metric        varchar(30) NOT NULL,
    dimension     varchar(20) NOT NULL,
    value         bigint      NOT NULL CHECK (value >= 0),
    PRIMARY KEY (month, region_code, province_code, metric, dimension)
);
CREATE INDEX snapshot_cell_region ON statistics.snapshot_cell (region_code, month);

CREATE FUNCTION statistics.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a monthly statistics snapshot is written once and never changed (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER snapshot_written_once BEFORE UPDATE OR DELETE ON statistics.snapshot
    FOR EACH ROW EXECUTE FUNCTION statistics.refuse_change();
CREATE TRIGGER snapshot_cell_written_once BEFORE UPDATE OR DELETE ON statistics.snapshot_cell
    FOR EACH ROW EXECUTE FUNCTION statistics.refuse_change();
