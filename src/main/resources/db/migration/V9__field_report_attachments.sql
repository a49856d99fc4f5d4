-- Attachments of field reports (photos, sketches, signed handover certificates): the report lists
-- what it will send, with each file's SHA-256 and size; the files arrive later, one PUT each.
-- Stored in the database, so that any replica serves them, in chunks, so that neither upload nor
-- download ever holds a whole file in memory. Files are not audited: they never change once
-- received, and the report that expects them is.

CREATE TABLE field_report_attachment (
    report_id   uuid NOT NULL REFERENCES field_report (id),
    name        text NOT NULL,
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes  bigint NOT NULL CHECK (size_bytes > 0),
    media_type  text,
    received_at timestamptz,
    received_by text,
    PRIMARY KEY (report_id, name),
    CHECK ((received_at IS NULL) = (media_type IS NULL))
);

CREATE TABLE field_report_attachment_chunk (
    report_id uuid NOT NULL,
    name      text NOT NULL,
    seq       integer NOT NULL,
    data      bytea NOT NULL,
    PRIMARY KEY (report_id, name, seq),
    FOREIGN KEY (report_id, name) REFERENCES field_report_attachment (report_id, name)
);

-- Images and PDF are compressed already: store chunks out of line without trying again.
ALTER TABLE field_report_attachment_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
