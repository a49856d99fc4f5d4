-- Organisations and the ordnance catalogue; activities, the land they release and the devices
-- they find. A hazard area's reporting organisation becomes a reference to an organisation.

CREATE TABLE organisation (
    id                        uuid PRIMARY KEY,
    name                      text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    acronym                   text UNIQUE,
    type                      text NOT NULL CHECK (type IN
                              ('NATIONAL_AUTHORITY', 'NGO', 'COMMERCIAL', 'MILITARY', 'UN', 'OTHER')),
    accredited_activity_types text[] NOT NULL DEFAULT '{}' CHECK (accredited_activity_types <@ ARRAY[
                              'NTS', 'TS', 'CLEARANCE', 'BAC', 'EOD_SPOT_TASK', 'ROAD_ASSESSMENT',
                              'ROAD_VERIFICATION', 'ROAD_CLEARANCE', 'POST_CLEARANCE', 'STOCKPILE_DESTRUCTION']),
    accreditation_valid_until date,
    contact_name              text,
    contact_email             text,
    contact_phone             text,
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    version                   bigint NOT NULL
);

CREATE TABLE organisation_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    name                      text,
    acronym                   text,
    type                      text,
    accredited_activity_types text[],
    accreditation_valid_until date,
    contact_name              text,
    contact_email             text,
    contact_phone             text,
    created_at                timestamptz,
    created_by                text,
    updated_at                timestamptz,
    updated_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);

-- Every organisation named by a hazard so far becomes a record of its own.
INSERT INTO organisation (id, name, type, created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), named.reporting_organisation, 'OTHER', now(), 'system', now(), 'system', 1
FROM (SELECT DISTINCT reporting_organisation FROM hazard_area) named;

ALTER TABLE hazard_area ADD COLUMN reporting_organisation_id uuid REFERENCES organisation (id);
UPDATE hazard_area h SET reporting_organisation_id = o.id FROM organisation o WHERE o.name = h.reporting_organisation;
ALTER TABLE hazard_area ALTER COLUMN reporting_organisation_id SET NOT NULL;
ALTER TABLE hazard_area DROP COLUMN reporting_organisation;
CREATE INDEX hazard_area_reporting_organisation_idx ON hazard_area (reporting_organisation_id);

ALTER TABLE hazard_area_aud ADD COLUMN reporting_organisation_id uuid;
UPDATE hazard_area_aud h SET reporting_organisation_id = o.id FROM organisation o WHERE o.name = h.reporting_organisation;
ALTER TABLE hazard_area_aud DROP COLUMN reporting_organisation;

INSERT INTO revision (changed_at, subject, client)
SELECT now(), 'system', 'migration V3' WHERE EXISTS (SELECT 1 FROM organisation);
INSERT INTO organisation_aud (id, rev, revtype, name, type, accredited_activity_types, created_at, created_by,
    updated_at, updated_by, version)
SELECT id, (SELECT max(id) FROM revision), 0, name, type, accredited_activity_types, created_at, created_by,
    updated_at, updated_by, version
FROM organisation;

-- What remains of each hazard after land release, and what was released by outcome.
ALTER TABLE hazard_area ADD COLUMN remaining_geom geometry(MultiPolygon, 4326);
UPDATE hazard_area SET remaining_geom = geom;
ALTER TABLE hazard_area ALTER COLUMN remaining_geom SET NOT NULL;
ALTER TABLE hazard_area ADD CONSTRAINT hazard_area_remaining_valid CHECK (ST_IsValid(remaining_geom));
ALTER TABLE hazard_area ADD COLUMN remaining_area_m2 double precision
    GENERATED ALWAYS AS (ST_Area(remaining_geom::geography)) STORED;
ALTER TABLE hazard_area ADD COLUMN cancelled_area_m2 double precision NOT NULL DEFAULT 0;
ALTER TABLE hazard_area ADD COLUMN reduced_area_m2 double precision NOT NULL DEFAULT 0;
ALTER TABLE hazard_area ADD COLUMN cleared_area_m2 double precision NOT NULL DEFAULT 0;

ALTER TABLE hazard_area_aud ADD COLUMN remaining_geom geometry(MultiPolygon, 4326);
ALTER TABLE hazard_area_aud ADD COLUMN cancelled_area_m2 double precision;
ALTER TABLE hazard_area_aud ADD COLUMN reduced_area_m2 double precision;
ALTER TABLE hazard_area_aud ADD COLUMN cleared_area_m2 double precision;
UPDATE hazard_area_aud SET remaining_geom = geom, cancelled_area_m2 = 0, reduced_area_m2 = 0, cleared_area_m2 = 0;

CREATE TABLE ordnance_type (
    id           uuid PRIMARY KEY,
    category     text NOT NULL CHECK (category IN ('AP_MINE', 'AV_MINE', 'IMPROVISED_MINE', 'IED',
                 'CLUSTER_SUBMUNITION', 'UXO', 'AXO', 'BOOBY_TRAP', 'SMALL_ARMS_AMMUNITION', 'OTHER')),
    sub_category text,
    model        text NOT NULL CHECK (length(model) BETWEEN 1 AND 200),
    description  text,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text NOT NULL,
    version      bigint NOT NULL,
    UNIQUE (category, model)
);

CREATE TABLE ordnance_type_aud (
    id           uuid NOT NULL,
    rev          bigint NOT NULL REFERENCES revision (id),
    revtype      smallint,
    revend       bigint REFERENCES revision (id),
    category     text,
    sub_category text,
    model        text,
    description  text,
    created_at   timestamptz,
    created_by   text,
    updated_at   timestamptz,
    updated_by   text,
    version      bigint,
    PRIMARY KEY (id, rev)
);

-- Common models met in mine action programmes. Ids are fixed so that every database names a
-- model the same way and field forms can carry them.
INSERT INTO ordnance_type (id, category, sub_category, model, description, created_at, created_by, updated_at,
    updated_by, version)
SELECT id::uuid, category, sub_category, model, description, now(), 'system', now(), 'system', 1
FROM (VALUES
    ('00000000-0000-4000-8000-000000000101', 'AP_MINE', 'blast', 'PMN', 'Soviet blast anti-personnel mine, bakelite body'),
    ('00000000-0000-4000-8000-000000000102', 'AP_MINE', 'blast', 'PMN-2', 'Soviet blast anti-personnel mine, plastic body, cross-shaped pressure plate'),
    ('00000000-0000-4000-8000-000000000103', 'AP_MINE', 'blast', 'PMN-4', 'Russian blast anti-personnel mine'),
    ('00000000-0000-4000-8000-000000000104', 'AP_MINE', 'blast', 'PFM-1', 'Scatterable "butterfly" blast mine with liquid explosive'),
    ('00000000-0000-4000-8000-000000000105', 'AP_MINE', 'blast', 'PFM-1S', 'PFM-1 with self-destruction'),
    ('00000000-0000-4000-8000-000000000106', 'AP_MINE', 'blast', 'M14', 'US minimum-metal blast anti-personnel mine'),
    ('00000000-0000-4000-8000-000000000107', 'AP_MINE', 'blast', 'VS-50', 'Italian minimum-metal blast anti-personnel mine'),
    ('00000000-0000-4000-8000-000000000108', 'AP_MINE', 'blast', 'Type 72', 'Chinese minimum-metal blast anti-personnel mine'),
    ('00000000-0000-4000-8000-000000000109', 'AP_MINE', 'blast', 'TS-50', 'Italian blast anti-personnel mine'),
    ('00000000-0000-4000-8000-000000000110', 'AP_MINE', 'fragmentation', 'POMZ-2M', 'Soviet stake-mounted fragmentation mine, tripwire'),
    ('00000000-0000-4000-8000-000000000111', 'AP_MINE', 'bounding fragmentation', 'OZM-72', 'Soviet bounding fragmentation mine'),
    ('00000000-0000-4000-8000-000000000112', 'AP_MINE', 'bounding fragmentation', 'PROM-1', 'Yugoslav bounding fragmentation mine'),
    ('00000000-0000-4000-8000-000000000113', 'AP_MINE', 'bounding fragmentation', 'M16A1', 'US bounding fragmentation mine'),
    ('00000000-0000-4000-8000-000000000114', 'AP_MINE', 'directional fragmentation', 'MON-50', 'Soviet directional fragmentation mine'),
    ('00000000-0000-4000-8000-000000000115', 'AP_MINE', 'directional fragmentation', 'MON-90', 'Soviet directional fragmentation mine, large'),
    ('00000000-0000-4000-8000-000000000116', 'AP_MINE', 'directional fragmentation', 'MRUD', 'Yugoslav directional fragmentation mine'),
    ('00000000-0000-4000-8000-000000000201', 'AV_MINE', 'blast', 'TM-46', 'Soviet anti-vehicle blast mine, metal body'),
    ('00000000-0000-4000-8000-000000000202', 'AV_MINE', 'blast', 'TM-57', 'Soviet anti-vehicle blast mine'),
    ('00000000-0000-4000-8000-000000000203', 'AV_MINE', 'blast', 'TM-62M', 'Soviet anti-vehicle blast mine, metal body'),
    ('00000000-0000-4000-8000-000000000204', 'AV_MINE', 'blast', 'TM-62P3', 'Soviet anti-vehicle blast mine, plastic body'),
    ('00000000-0000-4000-8000-000000000205', 'AV_MINE', 'blast', 'TC/6', 'Italian minimum-metal anti-vehicle mine'),
    ('00000000-0000-4000-8000-000000000206', 'AV_MINE', 'blast', 'M15', 'US anti-vehicle blast mine'),
    ('00000000-0000-4000-8000-000000000207', 'AV_MINE', 'blast', 'M19', 'US minimum-metal anti-vehicle mine'),
    ('00000000-0000-4000-8000-000000000208', 'AV_MINE', 'blast', 'VS-2.2', 'Italian minimum-metal anti-vehicle mine'),
    ('00000000-0000-4000-8000-000000000301', 'CLUSTER_SUBMUNITION', 'combined effects', 'BLU-97/B', 'US combined-effects bomblet'),
    ('00000000-0000-4000-8000-000000000302', 'CLUSTER_SUBMUNITION', 'dual-purpose', 'M77', 'US dual-purpose submunition (MLRS)'),
    ('00000000-0000-4000-8000-000000000303', 'CLUSTER_SUBMUNITION', 'dual-purpose', 'M42', 'US dual-purpose submunition (artillery)'),
    ('00000000-0000-4000-8000-000000000304', 'CLUSTER_SUBMUNITION', 'fragmentation', 'AO-2.5RT', 'Soviet fragmentation bomblet'),
    ('00000000-0000-4000-8000-000000000305', 'CLUSTER_SUBMUNITION', 'anti-armour', 'PTAB-1M', 'Russian shaped-charge bomblet'),
    ('00000000-0000-4000-8000-000000000306', 'CLUSTER_SUBMUNITION', 'fragmentation', '9N210', 'Soviet fragmentation submunition (Uragan)'),
    ('00000000-0000-4000-8000-000000000307', 'CLUSTER_SUBMUNITION', 'fragmentation', '9N235', 'Russian fragmentation submunition (Smerch)'),
    ('00000000-0000-4000-8000-000000000308', 'CLUSTER_SUBMUNITION', 'fragmentation', 'ShOAB-0.5', 'Soviet fragmentation bomblet'),
    ('00000000-0000-4000-8000-000000000401', 'UXO', 'projectile', 'OF-462', 'Soviet 122 mm high-explosive fragmentation projectile'),
    ('00000000-0000-4000-8000-000000000402', 'UXO', 'projectile', 'OF-540', 'Soviet 152 mm high-explosive fragmentation projectile'),
    ('00000000-0000-4000-8000-000000000403', 'UXO', 'projectile', 'M107', 'US 155 mm high-explosive projectile'),
    ('00000000-0000-4000-8000-000000000404', 'UXO', 'mortar', 'O-832', 'Soviet 82 mm mortar bomb'),
    ('00000000-0000-4000-8000-000000000405', 'UXO', 'rocket', '9M22', '122 mm rocket (Grad)'),
    ('00000000-0000-4000-8000-000000000406', 'UXO', 'rocket', 'PG-7V', 'RPG-7 anti-tank rocket grenade'),
    ('00000000-0000-4000-8000-000000000407', 'UXO', 'hand grenade', 'F-1', 'Soviet fragmentation hand grenade'),
    ('00000000-0000-4000-8000-000000000408', 'UXO', 'hand grenade', 'RGD-5', 'Soviet fragmentation hand grenade'),
    ('00000000-0000-4000-8000-000000000409', 'UXO', 'grenade', 'VOG-17', '30 mm grenade'),
    ('00000000-0000-4000-8000-000000000410', 'UXO', 'aircraft bomb', 'FAB-250', 'Soviet 250 kg general-purpose bomb'),
    ('00000000-0000-4000-8000-000000000501', 'AXO', 'abandoned stockpile', 'Mixed abandoned ammunition', 'Ammunition left behind without control'),
    ('00000000-0000-4000-8000-000000000601', 'IMPROVISED_MINE', 'pressure-operated', 'Pressure-plate IED', 'Victim-operated improvised mine with pressure plate'),
    ('00000000-0000-4000-8000-000000000602', 'IED', 'command-initiated', 'Command-wire IED', 'Command-initiated improvised device'),
    ('00000000-0000-4000-8000-000000000701', 'SMALL_ARMS_AMMUNITION', 'cartridge', '7.62x39 mm', 'Rifle cartridges'),
    ('00000000-0000-4000-8000-000000000702', 'SMALL_ARMS_AMMUNITION', 'cartridge', '12.7x108 mm', 'Heavy machine-gun cartridges')
) AS catalogue (id, category, sub_category, model, description);

-- The audit trail needs a first version of every row that later changes.
INSERT INTO revision (changed_at, subject, client) VALUES (now(), 'system', 'migration V3: ordnance catalogue');
INSERT INTO ordnance_type_aud (id, rev, revtype, category, sub_category, model, description, created_at, created_by,
    updated_at, updated_by, version)
SELECT id, (SELECT max(id) FROM revision), 0, category, sub_category, model, description, created_at, created_by,
    updated_at, updated_by, version
FROM ordnance_type;

CREATE SEQUENCE activity_local_id_seq;

CREATE TABLE activity (
    id                           uuid PRIMARY KEY,
    local_id                     text NOT NULL UNIQUE
                                 DEFAULT 'ACT-' || lpad(nextval('activity_local_id_seq')::text, 6, '0'),
    name                         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description                  text,
    type                         text NOT NULL CHECK (type IN ('NTS', 'TS', 'CLEARANCE', 'BAC', 'EOD_SPOT_TASK',
                                 'ROAD_ASSESSMENT', 'ROAD_VERIFICATION', 'ROAD_CLEARANCE', 'POST_CLEARANCE',
                                 'STOCKPILE_DESTRUCTION')),
    status                       text NOT NULL CHECK (status IN
                                 ('PLANNED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'CANCELLED')),
    status_changed_at            timestamptz NOT NULL,
    implementing_organisation_id uuid NOT NULL REFERENCES organisation (id),
    team                         text,
    start_date                   date,
    end_date                     date,
    clearance_depth_cm           integer CHECK (clearance_depth_cm >= 0),
    methods                      text[] NOT NULL DEFAULT '{}' CHECK (methods <@ ARRAY[
                                 'MANUAL', 'MECHANICAL', 'ANIMAL_DETECTION', 'OTHER']),
    assets                       text[] NOT NULL DEFAULT '{}',
    donors                       text[] NOT NULL DEFAULT '{}',
    handover_date                date,
    handover_women               integer CHECK (handover_women >= 0),
    handover_men                 integer CHECK (handover_men >= 0),
    handover_girls               integer CHECK (handover_girls >= 0),
    handover_boys                integer CHECK (handover_boys >= 0),
    geom                         geometry(MultiPolygon, 4326) CHECK (geom IS NULL OR ST_IsValid(geom)),
    area_m2                      double precision GENERATED ALWAYS AS (ST_Area(geom::geography)) STORED,
    date_of_information          date NOT NULL,
    creation_digest              text NOT NULL,
    created_at                   timestamptz NOT NULL,
    created_by                   text NOT NULL,
    updated_at                   timestamptz NOT NULL,
    updated_by                   text NOT NULL,
    deleted_at                   timestamptz,
    deleted_by                   text,
    version                      bigint NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX activity_geom_idx ON activity USING gist (geom);
CREATE INDEX activity_updated_idx ON activity (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX activity_created_idx ON activity (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX activity_organisation_idx ON activity (implementing_organisation_id);
CREATE INDEX activity_name_trgm_idx ON activity USING gin (name gin_trgm_ops);
CREATE INDEX activity_local_id_trgm_idx ON activity USING gin (local_id gin_trgm_ops);

CREATE TABLE activity_hazard_area (
    activity_id    uuid NOT NULL REFERENCES activity (id),
    hazard_area_id uuid NOT NULL REFERENCES hazard_area (id),
    PRIMARY KEY (activity_id, hazard_area_id)
);

CREATE INDEX activity_hazard_area_hazard_idx ON activity_hazard_area (hazard_area_id);

CREATE TABLE activity_survey_point (
    id             uuid PRIMARY KEY,
    activity_id    uuid NOT NULL REFERENCES activity (id),
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
    CONSTRAINT activity_survey_point_sequence_unique UNIQUE (activity_id, sequence) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX activity_survey_point_geom_idx ON activity_survey_point USING gist (geom);

CREATE SEQUENCE land_release_local_id_seq;

CREATE TABLE land_release (
    id               uuid PRIMARY KEY,
    local_id         text NOT NULL UNIQUE
                     DEFAULT 'LR-' || lpad(nextval('land_release_local_id_seq')::text, 6, '0'),
    activity_id      uuid NOT NULL REFERENCES activity (id),
    hazard_area_id   uuid NOT NULL REFERENCES hazard_area (id),
    outcome          text NOT NULL CHECK (outcome IN ('CANCELLED', 'REDUCED', 'CLEARED')),
    release_date     date NOT NULL,
    depth_cm         integer CHECK (depth_cm >= 0),
    technical_asset  text,
    criteria         text,
    completes_hazard boolean NOT NULL DEFAULT false,
    submitted_geom   geometry(MultiPolygon, 4326) NOT NULL,
    geom             geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    area_m2          double precision GENERATED ALWAYS AS (ST_Area(geom::geography)) STORED,
    voided_at        timestamptz,
    voided_by        text,
    void_reason      text,
    creation_digest  text NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text NOT NULL,
    version          bigint NOT NULL
);

CREATE INDEX land_release_geom_idx ON land_release USING gist (geom);
CREATE INDEX land_release_hazard_area_idx ON land_release (hazard_area_id) WHERE voided_at IS NULL;
CREATE INDEX land_release_activity_idx ON land_release (activity_id);
CREATE INDEX land_release_updated_idx ON land_release (updated_at, id);
CREATE INDEX land_release_created_idx ON land_release (created_at, id);

CREATE SEQUENCE device_finding_local_id_seq;

CREATE TABLE device_finding (
    id                        uuid PRIMARY KEY,
    local_id                  text NOT NULL UNIQUE
                              DEFAULT 'DEV-' || lpad(nextval('device_finding_local_id_seq')::text, 6, '0'),
    activity_id               uuid REFERENCES activity (id),
    hazard_area_id            uuid REFERENCES hazard_area (id),
    ordnance_type_id          uuid REFERENCES ordnance_type (id),
    category                  text NOT NULL CHECK (category IN ('AP_MINE', 'AV_MINE', 'IMPROVISED_MINE', 'IED',
                              'CLUSTER_SUBMUNITION', 'UXO', 'AXO', 'BOOBY_TRAP', 'SMALL_ARMS_AMMUNITION', 'OTHER')),
    quantity                  integer NOT NULL CHECK (quantity >= 1),
    condition                 text CHECK (condition IN ('ARMED', 'UNARMED', 'DAMAGED', 'DETERIORATED', 'UNKNOWN')),
    depth_cm                  integer CHECK (depth_cm >= 0),
    geom                      geometry(Point, 4326) NOT NULL,
    found_date                date NOT NULL,
    disposal_method           text CHECK (disposal_method IN ('DESTROYED_IN_SITU', 'REMOVED_AND_DESTROYED',
                              'RENDERED_SAFE', 'HANDED_OVER', 'OTHER')),
    disposal_date             date,
    description               text,
    reporting_organisation_id uuid NOT NULL REFERENCES organisation (id),
    creation_digest           text NOT NULL,
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint NOT NULL,
    CONSTRAINT device_finding_disposed_after_found CHECK (disposal_date IS NULL OR disposal_date >= found_date),
    CONSTRAINT device_finding_belongs CHECK (activity_id IS NOT NULL OR hazard_area_id IS NOT NULL)
);

CREATE INDEX device_finding_geom_idx ON device_finding USING gist (geom);
CREATE INDEX device_finding_activity_idx ON device_finding (activity_id) WHERE deleted_at IS NULL;
CREATE INDEX device_finding_hazard_area_idx ON device_finding (hazard_area_id) WHERE deleted_at IS NULL;
CREATE INDEX device_finding_updated_idx ON device_finding (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX device_finding_created_idx ON device_finding (created_at, id) WHERE deleted_at IS NULL;

-- Audit tables of the new items.
CREATE TABLE activity_aud (
    id                           uuid NOT NULL,
    rev                          bigint NOT NULL REFERENCES revision (id),
    revtype                      smallint,
    revend                       bigint REFERENCES revision (id),
    name                         text,
    description                  text,
    type                         text,
    status                       text,
    status_changed_at            timestamptz,
    implementing_organisation_id uuid,
    team                         text,
    start_date                   date,
    end_date                     date,
    clearance_depth_cm           integer,
    methods                      text[],
    assets                       text[],
    donors                       text[],
    handover_date                date,
    handover_women               integer,
    handover_men                 integer,
    handover_girls               integer,
    handover_boys                integer,
    geom                         geometry(MultiPolygon, 4326),
    date_of_information          date,
    created_at                   timestamptz,
    created_by                   text,
    updated_at                   timestamptz,
    updated_by                   text,
    deleted_at                   timestamptz,
    deleted_by                   text,
    version                      bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE activity_hazard_area_aud (
    rev            bigint NOT NULL REFERENCES revision (id),
    revtype        smallint,
    revend         bigint REFERENCES revision (id),
    activity_id    uuid NOT NULL,
    hazard_area_id uuid NOT NULL,
    PRIMARY KEY (rev, activity_id, hazard_area_id)
);

CREATE TABLE activity_survey_point_aud (
    id             uuid NOT NULL,
    rev            bigint NOT NULL REFERENCES revision (id),
    revtype        smallint,
    revend         bigint REFERENCES revision (id),
    activity_id    uuid,
    sequence       integer,
    type           text,
    geom           geometry(Point, 4326),
    entered_text   text,
    entered_format text,
    entered_crs    text,
    bearing_deg    double precision,
    distance_m     double precision,
    elevation_m    double precision,
    description    text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE land_release_aud (
    id               uuid NOT NULL,
    rev              bigint NOT NULL REFERENCES revision (id),
    revtype          smallint,
    revend           bigint REFERENCES revision (id),
    activity_id      uuid,
    hazard_area_id   uuid,
    outcome          text,
    release_date     date,
    depth_cm         integer,
    technical_asset  text,
    criteria         text,
    completes_hazard boolean,
    submitted_geom   geometry(MultiPolygon, 4326),
    geom             geometry(MultiPolygon, 4326),
    voided_at        timestamptz,
    voided_by        text,
    void_reason      text,
    created_at       timestamptz,
    created_by       text,
    updated_at       timestamptz,
    updated_by       text,
    version          bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE device_finding_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    activity_id               uuid,
    hazard_area_id            uuid,
    ordnance_type_id          uuid,
    category                  text,
    quantity                  integer,
    condition                 text,
    depth_cm                  integer,
    geom                      geometry(Point, 4326),
    found_date                date,
    disposal_method           text,
    disposal_date             date,
    description               text,
    reporting_organisation_id uuid,
    created_at                timestamptz,
    created_by                text,
    updated_at                timestamptz,
    updated_by                text,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);
