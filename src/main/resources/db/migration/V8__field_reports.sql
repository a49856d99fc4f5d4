-- Field reports: what a field team sent, item by item, and what the approver made of each item.
-- An applied item names the record it created or changed (record_id): the link from a record
-- back to the report that made it.

CREATE TABLE field_report (
    id                        uuid PRIMARY KEY,
    report_number             text NOT NULL,
    form_name                 text NOT NULL,
    form_version              text NOT NULL,
    reporter                  text NOT NULL,
    reporting_organisation_id uuid NOT NULL REFERENCES organisation (id),
    date_of_information       date NOT NULL,
    device                    text,
    atomic                    boolean NOT NULL,
    status                    text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    rejection_reason          text,
    creation_digest           text NOT NULL,
    submitted_at              timestamptz NOT NULL,
    submitted_by              text NOT NULL,
    decided_at                timestamptz,
    decided_by                text,
    version                   bigint NOT NULL,
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((status = 'SUBMITTED') = (decided_at IS NULL))
);

CREATE INDEX field_report_submitted_idx ON field_report (submitted_at, id);
CREATE INDEX field_report_organisation_idx ON field_report (reporting_organisation_id, submitted_at, id);

CREATE TABLE field_report_item (
    id             uuid PRIMARY KEY,
    report_id      uuid NOT NULL REFERENCES field_report (id),
    position       integer NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('HAZARD_AREA', 'ACTIVITY', 'LAND_RELEASE', 'DEVICE_FINDING',
                   'ACCIDENT', 'CASUALTY')),
    target_id      uuid,
    base_version   bigint,
    activity_id    uuid,
    hazard_area_id uuid,
    accident_id    uuid,
    -- The item's record as sent; NULL when it could not even be read (nothing in it can be applied).
    content        text,
    outcome        text NOT NULL CHECK (outcome IN ('ACCEPTED', 'INVALID', 'CONFLICT', 'APPLIED', 'SKIPPED',
                   'NOT_APPLIED')),
    -- Why it was refused, skipped or held for the approver: a problem details object as JSON.
    problem        text,
    record_id      uuid,
    UNIQUE (report_id, position),
    CHECK ((target_id IS NULL) = (base_version IS NULL))
);

CREATE INDEX field_report_item_record_idx ON field_report_item (record_id);

CREATE TABLE field_report_aud (
    id                        uuid NOT NULL,
    rev                       bigint NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    revend                    bigint REFERENCES revision (id),
    report_number             text,
    form_name                 text,
    form_version              text,
    reporter                  text,
    reporting_organisation_id uuid,
    date_of_information       date,
    device                    text,
    atomic                    boolean,
    status                    text,
    rejection_reason          text,
    submitted_at              timestamptz,
    submitted_by              text,
    decided_at                timestamptz,
    decided_by                text,
    version                   bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE field_report_item_aud (
    id             uuid NOT NULL,
    rev            bigint NOT NULL REFERENCES revision (id),
    revtype        smallint,
    revend         bigint REFERENCES revision (id),
    report_id      uuid,
    position       integer,
    kind           text,
    target_id      uuid,
    base_version   bigint,
    activity_id    uuid,
    hazard_area_id uuid,
    accident_id    uuid,
    content        text,
    outcome        text,
    problem        text,
    record_id      uuid,
    PRIMARY KEY (id, rev)
);
