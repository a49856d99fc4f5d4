-- Administrative areas (levels 0 to 4, as in OCHA's common operational datasets), the pcode of
-- the deepest area holding each item, and background jobs.

CREATE TABLE admin_area (
    pcode        text PRIMARY KEY CHECK (pcode ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$'),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    level        smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
    parent_pcode text REFERENCES admin_area (pcode) DEFERRABLE INITIALLY DEFERRED,
    -- The pcodes from level 0 down to this area itself; a parent is always one level up, so
    -- lineage[n + 1] is the area's ancestor at level n. Grouping and filtering at any level is
    -- one array lookup, not a recursive query per row.
    lineage      text[] NOT NULL,
    geom         geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    area_m2      double precision GENERATED ALWAYS AS (ST_Area(geom::geography)) STORED,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT admin_area_parent_above CHECK ((level = 0) = (parent_pcode IS NULL)),
    CONSTRAINT admin_area_lineage_ends_here CHECK (array_length(lineage, 1) = level + 1
                                                   AND lineage[level + 1] = pcode)
);

CREATE INDEX admin_area_geom_idx ON admin_area USING gist (geom);
CREATE INDEX admin_area_parent_idx ON admin_area (parent_pcode);
CREATE INDEX admin_area_lineage_idx ON admin_area USING gin (lineage);
CREATE INDEX admin_area_name_trgm_idx ON admin_area USING gin (name gin_trgm_ops);

-- The deepest area that holds a shape's point on surface (a point of the shape itself, unlike
-- the centroid of a crescent). Ties on a shared border go to the lower pcode, so that the
-- answer does not depend on the order of rows.
CREATE FUNCTION admin_pcode_of(shape geometry) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.pcode FROM admin_area a
    WHERE shape IS NOT NULL AND NOT ST_IsEmpty(shape) AND ST_Intersects(a.geom, ST_PointOnSurface(shape))
    ORDER BY a.level DESC, a.pcode
    LIMIT 1
$$;

-- Every write of a shape, whichever path it takes (API, field report approval, bulk load),
-- places the item; an import of areas places them all again (a job).
CREATE FUNCTION place_in_admin_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.admin_pcode := admin_pcode_of(NEW.geom);
    RETURN NEW;
END $$;

ALTER TABLE hazard_area ADD COLUMN admin_pcode text;
ALTER TABLE activity ADD COLUMN admin_pcode text;
ALTER TABLE land_release ADD COLUMN admin_pcode text;
ALTER TABLE device_finding ADD COLUMN admin_pcode text;
ALTER TABLE accident ADD COLUMN admin_pcode text;

CREATE INDEX hazard_area_admin_pcode_idx ON hazard_area (admin_pcode);
CREATE INDEX activity_admin_pcode_idx ON activity (admin_pcode);
CREATE INDEX land_release_admin_pcode_idx ON land_release (admin_pcode);
CREATE INDEX device_finding_admin_pcode_idx ON device_finding (admin_pcode);
CREATE INDEX accident_admin_pcode_idx ON accident (admin_pcode);

CREATE TRIGGER hazard_area_admin_area BEFORE INSERT OR UPDATE OF geom ON hazard_area
    FOR EACH ROW EXECUTE FUNCTION place_in_admin_area();
CREATE TRIGGER activity_admin_area BEFORE INSERT OR UPDATE OF geom ON activity
    FOR EACH ROW EXECUTE FUNCTION place_in_admin_area();
CREATE TRIGGER land_release_admin_area BEFORE INSERT OR UPDATE OF geom ON land_release
    FOR EACH ROW EXECUTE FUNCTION place_in_admin_area();
CREATE TRIGGER device_finding_admin_area BEFORE INSERT OR UPDATE OF geom ON device_finding
    FOR EACH ROW EXECUTE FUNCTION place_in_admin_area();
CREATE TRIGGER accident_admin_area BEFORE INSERT OR UPDATE OF geom ON accident
    FOR EACH ROW EXECUTE FUNCTION place_in_admin_area();

-- Background work whose progress any replica can report: the state lives here, not in memory.
CREATE TABLE job (
    id           uuid PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('ADMIN_AREA_IMPORT', 'ADMIN_AREA_ASSIGNMENT')),
    state        text NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done         bigint NOT NULL DEFAULT 0 CHECK (done >= 0),
    total        bigint CHECK (total >= 0),
    summary      jsonb,
    failure      text,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    -- Refreshed as the work advances: a job whose heartbeat stops (its replica died) is failed.
    heartbeat_at timestamptz NOT NULL,
    finished_at  timestamptz
);

CREATE INDEX job_running_idx ON job (heartbeat_at) WHERE state IN ('QUEUED', 'RUNNING');
