-- Idempotency-Key on POSTs that no client UUID keys: the first answer, kept for a day and
-- given again to the same caller for the same request.
CREATE TABLE idempotency_key (
    caller         text NOT NULL,
    key            text NOT NULL,
    method         text NOT NULL,
    path           text NOT NULL,
    request_digest text NOT NULL,
    status         integer,
    content_type   text,
    location       text,
    etag           text,
    body           bytea,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
