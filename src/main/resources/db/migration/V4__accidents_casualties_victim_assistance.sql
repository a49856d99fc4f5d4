-- Accidents, casualties, their personal data (ciphertext only) and victim assistance.

CREATE SEQUENCE accident_local_id_seq;

CREATE TABLE accident (
    id                          uuid PRIMARY KEY,
    local_id                    text NOT NULL UNIQUE
                                DEFAULT 'ACC-' || lpad(nextval('accident_local_id_seq')::text, 6, '0'),
    type                        text NOT NULL CHECK (type IN ('MINE', 'CLUSTER_MUNITION', 'IED', 'UXO_AXO',
                                'DEMINING', 'STORED_AMMUNITION', 'OTHER')),
    accident_date               date,
    date_known                  boolean NOT NULL,
    accident_time               time,
    geom                        geometry(Point, 4326) NOT NULL,
    accuracy_m                  double precision CHECK (accuracy_m >= 0),
    location_safe_to_record     boolean NOT NULL,
    ordnance_type_id            uuid REFERENCES ordnance_type (id),
    device_category             text CHECK (device_category IN ('AP_MINE', 'AV_MINE', 'IMPROVISED_MINE', 'IED',
                                'CLUSTER_SUBMUNITION', 'UXO', 'AXO', 'BOOBY_TRAP', 'SMALL_ARMS_AMMUNITION', 'OTHER')),
    cause                       text,
    hazard_area_id              uuid REFERENCES hazard_area (id),
    activity_id                 uuid REFERENCES activity (id),
    demining_ppe_worn           boolean,
    demining_procedure_followed boolean,
    demining_description        text,
    description                 text,
    reporting_organisation_id   uuid NOT NULL REFERENCES organisation (id),
    date_of_information         date NOT NULL,
    creation_digest             text NOT NULL,
    created_at                  timestamptz NOT NULL,
    created_by                  text NOT NULL,
    updated_at                  timestamptz NOT NULL,
    updated_by                  text NOT NULL,
    deleted_at                  timestamptz,
    deleted_by                  text,
    version                     bigint NOT NULL
);

CREATE INDEX accident_geom_idx ON accident USING gist (geom);
CREATE INDEX accident_updated_idx ON accident (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX accident_created_idx ON accident (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX accident_local_id_trgm_idx ON accident USING gin (local_id gin_trgm_ops);

CREATE SEQUENCE casualty_local_id_seq;

CREATE TABLE casualty (
    id                        uuid PRIMARY KEY,
    local_id                  text NOT NULL UNIQUE
                              DEFAULT 'CAS-' || lpad(nextval('casualty_local_id_seq')::text, 6, '0'),
    accident_id               uuid NOT NULL REFERENCES accident (id),
    outcome                   text NOT NULL CHECK (outcome IN ('KILLED', 'INJURED', 'UNKNOWN')),
    sex                       text NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
    age_at_accident           integer CHECK (age_at_accident BETWEEN 0 AND 120),
    status                    text NOT NULL CHECK (status IN ('CIVILIAN', 'MILITARY_SECURITY', 'DEMINER', 'UNKNOWN')),
    activity_at_time          text CHECK (activity_at_time IN ('AGRICULTURE', 'HERDING', 'COLLECTING_FOOD_OR_WOOD',
                              'COLLECTING_SCRAP', 'TRAVELLING', 'PLAYING', 'HOUSEHOLD_WORK', 'TAMPERING', 'DEMINING',
                              'MILITARY_ACTIVITY', 'OTHER', 'UNKNOWN')),
    handled_deliberately      boolean,
    injuries                  text,
    consent_share_authorities boolean NOT NULL DEFAULT false,
    consent_share_ngos        boolean NOT NULL DEFAULT false,
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

CREATE INDEX casualty_accident_idx ON casualty (accident_id);
CREATE INDEX casualty_updated_idx ON casualty (updated_at, id) WHERE deleted_at IS NULL;

-- One sealed document per casualty: name, date of birth, identity number, contacts, informant.
CREATE TABLE casualty_personal_data (
    casualty_id uuid PRIMARY KEY REFERENCES casualty (id),
    key_id      text NOT NULL,
    nonce       bytea NOT NULL,
    ciphertext  bytea NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL,
    version     bigint NOT NULL
);

CREATE SEQUENCE assistance_local_id_seq;

CREATE TABLE assistance (
    id                       uuid PRIMARY KEY,
    local_id                 text NOT NULL UNIQUE
                             DEFAULT 'VA-' || lpad(nextval('assistance_local_id_seq')::text, 6, '0'),
    casualty_id              uuid NOT NULL REFERENCES casualty (id),
    recipient                text NOT NULL CHECK (recipient IN ('CASUALTY', 'INDIRECT_VICTIM')),
    relation                 text,
    type                     text NOT NULL CHECK (type IN ('EMERGENCY_MEDICAL', 'CONTINUING_MEDICAL',
                             'PHYSICAL_REHABILITATION', 'PSYCHOLOGICAL_SUPPORT', 'SOCIO_ECONOMIC_INCLUSION',
                             'EDUCATION', 'LEGAL', 'OTHER')),
    status                   text NOT NULL CHECK (status IN ('NEEDED', 'REFERRED', 'IN_PROGRESS', 'PROVIDED',
                             'DECLINED')),
    provider_organisation_id uuid REFERENCES organisation (id),
    referred_to              text,
    needed_on                date,
    referred_on              date,
    started_on               date,
    completed_on             date,
    notes                    text,
    creation_digest          text NOT NULL,
    created_at               timestamptz NOT NULL,
    created_by               text NOT NULL,
    updated_at               timestamptz NOT NULL,
    updated_by               text NOT NULL,
    deleted_at               timestamptz,
    deleted_by               text,
    version                  bigint NOT NULL,
    CHECK (completed_on IS NULL OR started_on IS NULL OR completed_on >= started_on)
);

CREATE INDEX assistance_casualty_idx ON assistance (casualty_id);

ALTER TABLE device_finding ADD COLUMN accident_id uuid REFERENCES accident (id);
ALTER TABLE device_finding DROP CONSTRAINT device_finding_belongs;
ALTER TABLE device_finding ADD CONSTRAINT device_finding_belongs
    CHECK (activity_id IS NOT NULL OR hazard_area_id IS NOT NULL OR accident_id IS NOT NULL);
CREATE INDEX device_finding_accident_idx ON device_finding (accident_id) WHERE deleted_at IS NULL;
ALTER TABLE device_finding_aud ADD COLUMN accident_id uuid;

CREATE TABLE accident_aud (
    id                          uuid NOT NULL,
    rev                         bigint NOT NULL REFERENCES revision (id),
    revtype                     smallint,
    revend                      bigint REFERENCES revision (id),
    type                        text,
    accident_date               date,
    date_known                  boolean,
    accident_time               time,
    geom                        geometry(Point, 4326),
    accuracy_m                  double precision,
    location_safe_to_record     boolean,
    ordnance_type_id            uuid,
    device_category             text,
    cause                       text,
    hazard_area_id              uuid,
    activity_id                 uuid,
    demining_ppe_worn           boolean,
    demining_procedure_followed boolean,
    demining_description        text,
    description                 text,
    reporting_organisation_id   uuid,
    date_of_information         date,
    created_at                  timestamptz,
    created_by                  text,
    updated_at                  timestamptz,
    updated_by                  text,
    deleted_at                  timestamptz,
    deleted_by                  text,
    version                     bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE casualty_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    accident_id               uuid,
    outcome                   text,
    sex                       text,
    age_at_accident           integer,
    status                    text,
    activity_at_time          text,
    handled_deliberately      boolean,
    injuries                  text,
    consent_share_authorities boolean,
    consent_share_ngos        boolean,
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

CREATE TABLE casualty_personal_data_aud (
    casualty_id uuid NOT NULL,
    rev         bigint NOT NULL REFERENCES revision (id),
    revtype     smallint,
    revend      bigint REFERENCES revision (id),
    key_id      text,
    nonce       bytea,
    ciphertext  bytea,
    updated_at  timestamptz,
    updated_by  text,
    version     bigint,
    PRIMARY KEY (casualty_id, rev)
);

CREATE TABLE assistance_aud (
    id                       uuid NOT NULL,
    rev                      bigint NOT NULL REFERENCES revision (id),
    revtype                  smallint,
    revend                   bigint REFERENCES revision (id),
    casualty_id              uuid,
    recipient                text,
    relation                 text,
    type                     text,
    status                   text,
    provider_organisation_id uuid,
    referred_to              text,
    needed_on                date,
    referred_on              date,
    started_on               date,
    completed_on             date,
    notes                    text,
    created_at               timestamptz,
    created_by               text,
    updated_at               timestamptz,
    updated_by               text,
    deleted_at               timestamptz,
    deleted_by               text,
    version                  bigint,
    PRIMARY KEY (id, rev)
);
