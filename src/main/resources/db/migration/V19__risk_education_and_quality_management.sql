-- Explosive ordnance risk education (IMAS 12.10) and quality management: monitoring of
-- organisations at work (IMAS 07.40), inspection of released land (IMAS 07.42), suspension of an
-- accreditation.

-- A mass-media campaign reaches people no one counts one by one: it keeps an estimate of its reach
-- and the administrative areas it covered, and no place of its own.
CREATE SEQUENCE eore_campaign_local_id_seq;

CREATE TABLE eore_campaign (
    id                        uuid PRIMARY KEY,
    local_id                  text NOT NULL UNIQUE DEFAULT next_local_id('CAM-', 'eore_campaign_local_id_seq'),
    name                      text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    media                     text[] NOT NULL CHECK (cardinality(media) > 0 AND media <@ ARRAY[
                              'RADIO', 'TELEVISION', 'SOCIAL_MEDIA', 'SMS', 'PRINT', 'BILLBOARD', 'OTHER']),
    start_date                date NOT NULL,
    end_date                  date CHECK (end_date >= start_date),
    admin_areas               text[] NOT NULL DEFAULT '{}',
    estimated_reach           integer NOT NULL CHECK (estimated_reach >= 0),
    description               text,
    reporting_organisation_id uuid NOT NULL REFERENCES organisation (id),
    date_of_information       date NOT NULL,
    creation_digest           text NOT NULL,
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint NOT NULL
);

CREATE INDEX eore_campaign_updated_idx ON eore_campaign (updated_at, id) WHERE deleted_at IS NULL;

CREATE TABLE eore_campaign_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    name                      text,
    media                     text[],
    start_date                date,
    end_date                  date,
    admin_areas               text[],
    estimated_reach           integer,
    description               text,
    reporting_organisation_id uuid,
    date_of_information       date,
    created_at                timestamptz,
    created_by                text,
    updated_at                timestamptz,
    updated_by                text,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);

-- A session people attended: counted by sex and age as Landmine Monitor and Article 7 report them
-- (girls and boys are under 18), with those of them living with a disability or displaced.
CREATE SEQUENCE eore_session_local_id_seq;

CREATE TABLE eore_session (
    id                        uuid PRIMARY KEY,
    local_id                  text NOT NULL UNIQUE DEFAULT next_local_id('EORE-', 'eore_session_local_id_seq'),
    session_date              date NOT NULL,
    geom                      geometry(Point, 4326) NOT NULL,
    admin_pcode               text,
    community                 text,
    delivery_method           text NOT NULL CHECK (delivery_method IN
                              ('DIRECT_SESSION', 'COMMUNITY_FOCAL_POINT', 'SCHOOL', 'MEDIA', 'DIGITAL')),
    girls                     integer NOT NULL CHECK (girls >= 0),
    boys                      integer NOT NULL CHECK (boys >= 0),
    women                     integer NOT NULL CHECK (women >= 0),
    men                       integer NOT NULL CHECK (men >= 0),
    persons_with_disabilities integer CHECK (persons_with_disabilities >= 0),
    displaced_persons         integer CHECK (displaced_persons >= 0),
    topics                    text[] NOT NULL DEFAULT '{}' CHECK (topics <@ ARRAY[
                              'RECOGNISING_ORDNANCE', 'SAFE_BEHAVIOUR', 'REPORTING', 'MARKING_AND_SIGNS',
                              'VICTIM_ASSISTANCE', 'OTHER']),
    ordnance_shown            text[] NOT NULL DEFAULT '{}' CHECK (ordnance_shown <@ ARRAY['AP_MINE', 'AV_MINE',
                              'IMPROVISED_MINE', 'IED', 'CLUSTER_SUBMUNITION', 'UXO', 'AXO', 'BOOBY_TRAP',
                              'SMALL_ARMS_AMMUNITION', 'OTHER']),
    hazard_area_ids           uuid[] NOT NULL DEFAULT '{}',
    staff_count               integer CHECK (staff_count >= 1),
    campaign_id               uuid REFERENCES eore_campaign (id),
    description               text,
    reporting_organisation_id uuid NOT NULL REFERENCES organisation (id),
    date_of_information       date NOT NULL,
    creation_digest           text NOT NULL,
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint NOT NULL
);

CREATE INDEX eore_session_geom_idx ON eore_session USING gist (geom);
CREATE INDEX eore_session_updated_idx ON eore_session (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX eore_session_created_idx ON eore_session (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX eore_session_admin_pcode_idx ON eore_session (admin_pcode);
CREATE INDEX eore_session_date_idx ON eore_session (session_date);
CREATE INDEX eore_session_local_id_trgm_idx ON eore_session USING gin (local_id gin_trgm_ops);
CREATE INDEX eore_session_hazard_area_ids_idx ON eore_session USING gin (hazard_area_ids);

CREATE TABLE eore_session_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    session_date              date,
    geom                      geometry(Point, 4326),
    community                 text,
    delivery_method           text,
    girls                     integer,
    boys                      integer,
    women                     integer,
    men                       integer,
    persons_with_disabilities integer,
    displaced_persons         integer,
    topics                    text[],
    ordnance_shown            text[],
    hazard_area_ids           uuid[],
    staff_count               integer,
    campaign_id               uuid,
    description               text,
    reporting_organisation_id uuid,
    date_of_information       date,
    created_at                timestamptz,
    created_by                text,
    updated_at                timestamptz,
    updated_by                text,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);

CREATE TRIGGER eore_session_admin_area BEFORE INSERT OR UPDATE OF geom ON eore_session
    FOR EACH ROW EXECUTE FUNCTION place_in_admin_area();

-- A visit of an inspector to an activity at work: the checklist as answered, and the findings
-- with the corrective action each asks for, until it is closed.
CREATE SEQUENCE monitoring_visit_local_id_seq;

CREATE TABLE monitoring_visit (
    id                        uuid PRIMARY KEY,
    local_id                  text NOT NULL UNIQUE DEFAULT next_local_id('MV-', 'monitoring_visit_local_id_seq'),
    activity_id               uuid NOT NULL REFERENCES activity (id),
    visit_date                date NOT NULL,
    inspector                 text NOT NULL CHECK (length(inspector) BETWEEN 1 AND 200),
    checklist                 jsonb NOT NULL DEFAULT '[]',
    findings                  jsonb NOT NULL DEFAULT '[]',
    summary                   text,
    reporting_organisation_id uuid NOT NULL REFERENCES organisation (id),
    date_of_information       date NOT NULL,
    creation_digest           text NOT NULL,
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint NOT NULL
);

CREATE INDEX monitoring_visit_activity_idx ON monitoring_visit (activity_id);
CREATE INDEX monitoring_visit_updated_idx ON monitoring_visit (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX monitoring_visit_created_idx ON monitoring_visit (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX monitoring_visit_local_id_trgm_idx ON monitoring_visit USING gin (local_id gin_trgm_ops);

CREATE TABLE monitoring_visit_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    activity_id               uuid,
    visit_date                date,
    inspector                 text,
    checklist                 jsonb,
    findings                  jsonb,
    summary                   text,
    reporting_organisation_id uuid,
    date_of_information       date,
    created_at                timestamptz,
    created_by                text,
    updated_at                timestamptz,
    updated_by                text,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);

-- Sampling of released land after clearance (IMAS 07.42). A failed inspection reopens the land as
-- a hazard area of its own, which names the inspection.
CREATE SEQUENCE post_clearance_inspection_local_id_seq;

CREATE TABLE post_clearance_inspection (
    id                        uuid PRIMARY KEY,
    local_id                  text NOT NULL UNIQUE
                              DEFAULT next_local_id('PCI-', 'post_clearance_inspection_local_id_seq'),
    land_release_id           uuid NOT NULL REFERENCES land_release (id),
    inspection_date           date NOT NULL,
    inspector                 text NOT NULL CHECK (length(inspector) BETWEEN 1 AND 200),
    sampled_area_m2           double precision NOT NULL CHECK (sampled_area_m2 > 0),
    items_found               integer NOT NULL CHECK (items_found >= 0),
    result                    text NOT NULL CHECK (result IN ('PASS', 'FAIL')),
    reopened_hazard_area_id   uuid REFERENCES hazard_area (id),
    notes                     text,
    reporting_organisation_id uuid NOT NULL REFERENCES organisation (id),
    date_of_information       date NOT NULL,
    creation_digest           text NOT NULL,
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint NOT NULL
);

CREATE INDEX post_clearance_inspection_release_idx ON post_clearance_inspection (land_release_id);
CREATE INDEX post_clearance_inspection_updated_idx ON post_clearance_inspection (updated_at, id)
    WHERE deleted_at IS NULL;
CREATE INDEX post_clearance_inspection_created_idx ON post_clearance_inspection (created_at, id)
    WHERE deleted_at IS NULL;

CREATE TABLE post_clearance_inspection_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    land_release_id           uuid,
    inspection_date           date,
    inspector                 text,
    sampled_area_m2           double precision,
    items_found               integer,
    result                    text,
    reopened_hazard_area_id   uuid,
    notes                     text,
    reporting_organisation_id uuid,
    date_of_information       date,
    created_at                timestamptz,
    created_by                text,
    updated_at                timestamptz,
    updated_by                text,
    deleted_at                timestamptz,
    deleted_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);

CREATE TRIGGER eore_campaign_change AFTER INSERT OR UPDATE ON eore_campaign
    FOR EACH ROW EXECUTE FUNCTION record_change('eore-campaigns');
CREATE TRIGGER eore_session_change AFTER INSERT OR UPDATE ON eore_session
    FOR EACH ROW EXECUTE FUNCTION record_change('eore-sessions');
CREATE TRIGGER monitoring_visit_change AFTER INSERT OR UPDATE ON monitoring_visit
    FOR EACH ROW EXECUTE FUNCTION record_change('monitoring-visits');
CREATE TRIGGER post_clearance_inspection_change AFTER INSERT OR UPDATE ON post_clearance_inspection
    FOR EACH ROW EXECUTE FUNCTION record_change('post-clearance-inspections');

-- The authority may suspend an accreditation for some activity types, for a reason, from a day;
-- the accreditation itself stays as granted, so that lifting the suspension restores it.
ALTER TABLE organisation ADD COLUMN suspended_activity_types text[] NOT NULL DEFAULT '{}'
    CHECK (suspended_activity_types <@ accredited_activity_types);
ALTER TABLE organisation ADD COLUMN suspended_on date;
ALTER TABLE organisation ADD COLUMN suspension_reason text;
ALTER TABLE organisation_aud ADD COLUMN suspended_activity_types text[];
ALTER TABLE organisation_aud ADD COLUMN suspended_on date;
ALTER TABLE organisation_aud ADD COLUMN suspension_reason text;

-- Field teams report sessions, and inspectors their visits, from the field apps.
ALTER TABLE field_report_item DROP CONSTRAINT field_report_item_kind_check;
ALTER TABLE field_report_item ADD CONSTRAINT field_report_item_kind_check CHECK (kind IN ('HAZARD_AREA', 'ACTIVITY',
    'LAND_RELEASE', 'DEVICE_FINDING', 'ACCIDENT', 'CASUALTY', 'EORE_SESSION', 'MONITORING_VISIT'));

-- An inspector's tablet carries a key of the quality manager role.
ALTER TABLE api_key DROP CONSTRAINT api_key_roles_check;
ALTER TABLE api_key ADD CONSTRAINT api_key_roles_check CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[
    'VIEWER', 'FIELD_SURVEYOR', 'OPERATOR', 'DATA_MANAGER', 'VICTIM_ASSISTANCE', 'PARTNER', 'QUALITY_MANAGER']);
