-- The change feed: one row per committed write of a shared record, in the same transaction.
--
-- Order and cursors use the writing transaction's id (tx) before the row's position. A reader
-- only sees rows whose transaction is older than the oldest one still running (the xmin of its
-- snapshot): those can no longer be joined by others that sort before them, so a consumer
-- polling with its last cursor never misses a change that committed late, and never sees one
-- twice. A position alone would not do: a transaction that began first but commits last would
-- slip in behind a cursor already handed out.
CREATE TABLE change_log (
    position   bigserial PRIMARY KEY,
    tx         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    collection text NOT NULL,
    item_id    uuid NOT NULL,
    version    bigint NOT NULL,
    operation  text NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
    changed_at timestamptz NOT NULL
);

CREATE INDEX change_log_order_idx ON change_log (tx, position);

-- Records with a deleted_at: setting it is the deletion, which the feed carries as a tombstone.
CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_log (collection, item_id, version, operation, changed_at)
    VALUES (TG_ARGV[0], NEW.id, NEW.version,
            CASE WHEN TG_OP = 'INSERT' THEN 'CREATE'
                 WHEN NEW.deleted_at IS NOT NULL THEN 'DELETE'
                 ELSE 'UPDATE' END,
            coalesce(NEW.deleted_at, NEW.updated_at));
    RETURN NULL;
END $$;

-- Land release is never deleted, only voided: a voided release stays readable, so voiding is an update.
CREATE FUNCTION record_release_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_log (collection, item_id, version, operation, changed_at)
    VALUES (TG_ARGV[0], NEW.id, NEW.version, CASE WHEN TG_OP = 'INSERT' THEN 'CREATE' ELSE 'UPDATE' END,
            NEW.updated_at);
    RETURN NULL;
END $$;

CREATE TRIGGER hazard_area_change AFTER INSERT OR UPDATE ON hazard_area
    FOR EACH ROW EXECUTE FUNCTION record_change('hazard-areas');
CREATE TRIGGER activity_change AFTER INSERT OR UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION record_change('activities');
CREATE TRIGGER device_finding_change AFTER INSERT OR UPDATE ON device_finding
    FOR EACH ROW EXECUTE FUNCTION record_change('device-findings');
CREATE TRIGGER accident_change AFTER INSERT OR UPDATE ON accident
    FOR EACH ROW EXECUTE FUNCTION record_change('accidents');
CREATE TRIGGER casualty_change AFTER INSERT OR UPDATE ON casualty
    FOR EACH ROW EXECUTE FUNCTION record_change('casualties');
CREATE TRIGGER land_release_change AFTER INSERT OR UPDATE ON land_release
    FOR EACH ROW EXECUTE FUNCTION record_release_change('land-release');

-- What exists already enters the feed once, as created, so that a new consumer starts complete.
INSERT INTO change_log (collection, item_id, version, operation, changed_at)
SELECT 'hazard-areas', id, version, CASE WHEN deleted_at IS NULL THEN 'CREATE' ELSE 'DELETE' END, updated_at
FROM hazard_area ORDER BY updated_at, id;
INSERT INTO change_log (collection, item_id, version, operation, changed_at)
SELECT 'activities', id, version, CASE WHEN deleted_at IS NULL THEN 'CREATE' ELSE 'DELETE' END, updated_at
FROM activity ORDER BY updated_at, id;
INSERT INTO change_log (collection, item_id, version, operation, changed_at)
SELECT 'land-release', id, version, 'CREATE', updated_at FROM land_release ORDER BY updated_at, id;
INSERT INTO change_log (collection, item_id, version, operation, changed_at)
SELECT 'device-findings', id, version, CASE WHEN deleted_at IS NULL THEN 'CREATE' ELSE 'DELETE' END, updated_at
FROM device_finding ORDER BY updated_at, id;
INSERT INTO change_log (collection, item_id, version, operation, changed_at)
SELECT 'accidents', id, version, CASE WHEN deleted_at IS NULL THEN 'CREATE' ELSE 'DELETE' END, updated_at
FROM accident ORDER BY updated_at, id;
INSERT INTO change_log (collection, item_id, version, operation, changed_at)
SELECT 'casualties', id, version, CASE WHEN deleted_at IS NULL THEN 'CREATE' ELSE 'DELETE' END, updated_at
FROM casualty ORDER BY updated_at, id;
