-- V16 sealed their values into the columns V15 added.
ALTER TABLE casualty DROP COLUMN injuries;
ALTER TABLE casualty_aud DROP COLUMN injuries;
ALTER TABLE assistance DROP COLUMN relation, DROP COLUMN referred_to, DROP COLUMN notes;
ALTER TABLE assistance_aud DROP COLUMN relation, DROP COLUMN referred_to, DROP COLUMN notes;
ALTER TABLE field_report_item DROP COLUMN content;
ALTER TABLE field_report_item_aud DROP COLUMN content;
ALTER TABLE idempotency_key DROP COLUMN body;
ALTER TABLE casualty_personal_data DROP COLUMN key_id, DROP COLUMN nonce, DROP COLUMN ciphertext;
ALTER TABLE casualty_personal_data ALTER COLUMN sealed SET NOT NULL;
ALTER TABLE casualty_personal_data_aud DROP COLUMN key_id, DROP COLUMN nonce, DROP COLUMN ciphertext;
