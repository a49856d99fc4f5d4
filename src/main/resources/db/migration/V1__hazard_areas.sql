-- Hazard areas (IMSMA "Land") and their survey points.
-- Enumerations are text with CHECK constraints: readable in SQL exports and easy to extend
-- in a later migration, while the database still refuses values the API would refuse.

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SEQUENCE hazard_area_local_id_seq;

CREATE TABLE hazard_area (
    id                    uuid PRIMARY KEY,
    local_id              text NOT NULL UNIQUE
                          DEFAULT 'HAZ-' || lpad(nextval('hazard_area_local_id_seq')::text, 6, '0'),
    name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description           text,
    classification        text NOT NULL CHECK (classification IN
                          ('INDICATION', 'SHA', 'CHA', 'AMMUNITION_STORAGE', 'EOD_SPOT')),
    status                text NOT NULL CHECK (status IN ('OPEN', 'WORKED_ON', 'CLOSED', 'SUSPENDED')),
    status_changed_at     timestamptz NOT NULL,
    status_change_reason  text,
    status_change_comment text,
    evidence              text NOT NULL CHECK (evidence IN ('DIRECT', 'INDIRECT', 'NONE', 'NOT_SPECIFIED')),
    direct_evidence       text[] NOT NULL DEFAULT '{}' CHECK (direct_evidence <@ ARRAY[
                          'DETONATIONS', 'ACCIDENT_KNOWN_LOCATION', 'HIGH_RELIABILITY_RECORDS',
                          'MINE_SIGNS_OR_FENCING', 'VISUAL_OBSERVATION']),
    indirect_evidence     text[] NOT NULL DEFAULT '{}' CHECK (indirect_evidence <@ ARRAY[
                          'OLD_SURVEY', 'FORMER_COMBAT_ZONE', 'ACCIDENT_UNKNOWN_LOCATION',
                          'LOW_RELIABILITY_RECORDS', 'PRODUCTIVE_LAND_NOT_IN_USE', 'VERBAL_REPORTS']),
    contamination_types   text[] NOT NULL DEFAULT '{}' CHECK (contamination_types <@ ARRAY[
                          'AP_MINE', 'AV_MINE', 'IMPROVISED_MINE', 'IED', 'CLUSTER_SUBMUNITION', 'UXO',
                          'AXO', 'BOOBY_TRAP', 'SMALL_ARMS_AMMUNITION', 'OTHER']),
    priority              text CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    blockages             text[] NOT NULL DEFAULT '{}' CHECK (blockages <@ ARRAY[
                          'AGRICULTURE', 'GRAZING', 'HOUSING', 'INFRASTRUCTURE', 'ROADS', 'WATER', 'OTHER']),
    beneficiaries_women   integer CHECK (beneficiaries_women >= 0),
    beneficiaries_men     integer CHECK (beneficiaries_men >= 0),
    beneficiaries_girls   integer CHECK (beneficiaries_girls >= 0),
    beneficiaries_boys    integer CHECK (beneficiaries_boys >= 0),
    beneficiaries_indirect integer CHECK (beneficiaries_indirect >= 0),
    landowner             text,
    reporting_organisation text NOT NULL,
    date_of_information   date NOT NULL,
    estimated_area_m2     double precision CHECK (estimated_area_m2 >= 0),
    -- NOT NULL keeps bbox queries on the index: no "OR geom IS NULL" branch.
    geom                  geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    -- Square metres on the WGS 84 ellipsoid, kept in step with the shape by the database itself.
    area_m2               double precision GENERATED ALWAYS AS (ST_Area(geom::geography)) STORED,
    -- Digest of the creating request, so that a client replaying its POST can be told apart
    -- from one reusing an id for other content.
    creation_digest       text NOT NULL,
    created_at            timestamptz NOT NULL,
    created_by            text NOT NULL,
    updated_at            timestamptz NOT NULL,
    updated_by            text NOT NULL,
    deleted_at            timestamptz,
    deleted_by            text,
    version               bigint NOT NULL
);

CREATE INDEX hazard_area_geom_idx ON hazard_area USING gist (geom);
CREATE INDEX hazard_area_updated_idx ON hazard_area (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX hazard_area_created_idx ON hazard_area (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX hazard_area_name_trgm_idx ON hazard_area USING gin (name gin_trgm_ops);
CREATE INDEX hazard_area_local_id_trgm_idx ON hazard_area USING gin (local_id gin_trgm_ops);

CREATE TABLE survey_point (
    id             uuid PRIMARY KEY,
    hazard_area_id uuid NOT NULL REFERENCES hazard_area (id),
    sequence       integer NOT NULL CHECK (sequence > 0),
    type           text NOT NULL CHECK (type IN ('REFERENCE_POINT', 'BENCHMARK', 'START_POINT',
                   'TURNING_POINT', 'INTERMEDIATE_POINT', 'END_POINT', 'EVIDENCE_POINT', 'USAGE_POINT')),
    geom           geometry(Point, 4326) NOT NULL,
    entered_text   text,
    entered_format text CHECK (entered_format IN ('DECIMAL_DEGREES', 'DEGREES_DECIMAL_MINUTES',
                   'DEGREES_MINUTES_SECONDS', 'UTM', 'MGRS', 'OTHER')),
    entered_crs    text,
    bearing_deg    double precision CHECK (bearing_deg >= 0 AND bearing_deg < 360),
    distance_m     double precision CHECK (distance_m >= 0),
    elevation_m    double precision,
    description    text,
    -- Deferred: replacing a list renumbers points inside one transaction.
    CONSTRAINT survey_point_sequence_unique UNIQUE (hazard_area_id, sequence) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX survey_point_hazard_area_idx ON survey_point (hazard_area_id, sequence);
CREATE INDEX survey_point_geom_idx ON survey_point USING gist (geom);
