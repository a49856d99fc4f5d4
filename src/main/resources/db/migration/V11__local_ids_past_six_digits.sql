-- Human ids such as HAZ-000123 were made with lpad(n, 6), which cuts a longer number to six
-- characters: the millionth record of a kind got HAZ-100000 again and could not be stored.
-- Numbers keep six digits up to 999999 and grow beyond it.
CREATE FUNCTION next_local_id(prefix text, sequence regclass) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT prefix || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END
    FROM (SELECT nextval(sequence) AS n) s
$$;

ALTER TABLE hazard_area ALTER COLUMN local_id SET DEFAULT next_local_id('HAZ-', 'hazard_area_local_id_seq');
ALTER TABLE activity ALTER COLUMN local_id SET DEFAULT next_local_id('ACT-', 'activity_local_id_seq');
ALTER TABLE land_release ALTER COLUMN local_id SET DEFAULT next_local_id('LR-', 'land_release_local_id_seq');
ALTER TABLE device_finding ALTER COLUMN local_id SET DEFAULT next_local_id('DEV-', 'device_finding_local_id_seq');
ALTER TABLE accident ALTER COLUMN local_id SET DEFAULT next_local_id('ACC-', 'accident_local_id_seq');
ALTER TABLE casualty ALTER COLUMN local_id SET DEFAULT next_local_id('CAS-', 'casualty_local_id_seq');
ALTER TABLE assistance ALTER COLUMN local_id SET DEFAULT next_local_id('VA-', 'assistance_local_id_seq');
