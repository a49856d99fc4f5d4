-- Sealing (README, "Data protection"). Data keys, each sealed by a master key: one shared key for
-- sealed texts, one key a person for their personal data, destroyed when it is erased. Not
-- audited: a destroyed key must leave no copy behind.
CREATE TABLE data_key (
    id            uuid PRIMARY KEY,
    purpose       text NOT NULL CHECK (purpose IN ('SHARED', 'PERSON')),
    master_key_id text NOT NULL,
    sealed_key    bytea NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX data_key_one_shared ON data_key (purpose) WHERE purpose = 'SHARED';

-- Health data, field report contents (which carry it) and stored answers (which may) move into
-- sealed columns, and personal data into one value sealed with its person's key; V16 seals what
-- is there and V17 drops the columns that held it in the clear. The history of personal data
-- keeps who changed it and when, never its contents: V17 drops them from the audit table.
ALTER TABLE casualty ADD COLUMN injuries_sealed bytea;
ALTER TABLE casualty_aud ADD COLUMN injuries_sealed bytea;
ALTER TABLE assistance ADD COLUMN relation_sealed bytea, ADD COLUMN referred_to_sealed bytea,
    ADD COLUMN notes_sealed bytea;
ALTER TABLE assistance_aud ADD COLUMN relation_sealed bytea, ADD COLUMN referred_to_sealed bytea,
    ADD COLUMN notes_sealed bytea;
ALTER TABLE field_report_item ADD COLUMN content_sealed bytea;
ALTER TABLE field_report_item_aud ADD COLUMN content_sealed bytea;
ALTER TABLE idempotency_key ADD COLUMN body_sealed bytea;
ALTER TABLE casualty_personal_data ADD COLUMN sealed bytea;
