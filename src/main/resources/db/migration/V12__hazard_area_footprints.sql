-- A page of hazard areas in a small map window used to read every polygon in the window from the
-- table before the first hundred in the list's order could be chosen: in a dense window of a large
-- database that is thousands of heap pages per request. The footprint (the polygon's bounding box)
-- and the list orders sit in one covering index, so that the window's rows are put in order from
-- the index alone and rows are read from the table in that order only until the page is full. A plain box is used because PostgreSQL can
-- answer an index-only scan from a GiST index on it, which it cannot from one on a geometry.
-- The rewrite holds an exclusive lock; rather than queue behind a long read (an export) while
-- every other read of hazard areas queues behind it, the migration gives up after a minute and
-- the service does not start: start it again when the database is quieter.
SET LOCAL lock_timeout = '1min';
ALTER TABLE hazard_area ADD COLUMN footprint box GENERATED ALWAYS AS (box(geom)) STORED;

CREATE INDEX hazard_area_footprint_idx ON hazard_area USING gist (footprint)
    INCLUDE (updated_at, created_at, local_id, id) WHERE deleted_at IS NULL;

-- How many rows PostGIS's statistics expect to share an area with a geometry column, and how many
-- the table holds, so that the service can choose between the index above (few rows in the window)
-- and an ordered scan that stops after one page (much of the table in the window). PostgreSQL keeps
-- no statistics on plain boxes and cannot make that choice itself. NULLs while the table has no
-- statistics yet (before its first ANALYZE), when PostGIS raises an internal error instead of an
-- estimate; any other error (PostGIS missing, no permission) is raised as it is.
CREATE FUNCTION estimated_window(tbl regclass, col text, area geometry,
        OUT matches double precision, OUT total double precision)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT reltuples INTO total FROM pg_class WHERE oid = tbl;
    matches := _postgis_selectivity(tbl, col, area) * total;
EXCEPTION WHEN internal_error THEN
    matches := NULL;
    total := NULL;
END
$$;
