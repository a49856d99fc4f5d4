-- The record key of the cell-key method (README, "Data protection"): a random number that a
-- casualty keeps for life. A count of casualties is rounded by the sum of its records' keys, so
-- the same casualties are always rounded the same way. The keys are secret: no answer, export or
-- history shows them, and they are not audited. random() draws 52 random bits in PostgreSQL 15;
-- a volatile default gives every existing row a key of its own.
ALTER TABLE casualty ADD COLUMN record_key bigint NOT NULL
    DEFAULT floor(random() * 4503599627370496)::bigint;
