-- Field apps (ODK Collect, KoboCollect) send their submissions over OpenRosa.

-- A submission too large for one request comes in several; its parts wait here, sealed, until
-- the last one arrives and the whole becomes a field report.
CREATE TABLE openrosa_part (
    instance_id uuid NOT NULL,
    name text NOT NULL,
    content_sealed bytea NOT NULL,
    received_at timestamptz NOT NULL,
    received_by text NOT NULL,
    PRIMARY KEY (instance_id, name)
);

-- Submissions refused, so that data managers see what a field team could not send and why.
CREATE TABLE openrosa_refusal (
    id uuid PRIMARY KEY,
    refused_at timestamptz NOT NULL,
    received_by text NOT NULL,
    organisation_id uuid,
    form_id text,
    instance_id text,
    status integer NOT NULL,
    reason text NOT NULL
);
CREATE INDEX openrosa_refusal_recent ON openrosa_refusal (refused_at DESC, id DESC);

-- The key pair devices encrypt sensitive forms with (ODK form encryption): the public key is in
-- the forms, the private key opens submissions, sealed like every secret Cairn keeps.
CREATE TABLE form_key (
    id smallint PRIMARY KEY CHECK (id = 1),
    public_key text NOT NULL,
    private_key_sealed bytea NOT NULL,
    created_at timestamptz NOT NULL
);
