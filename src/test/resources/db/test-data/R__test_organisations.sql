-- Organisations the tests' records and tokens belong to; the test database is emptied at every start.
INSERT INTO organisation (id, name, acronym, type, accredited_activity_types, created_at, created_by, updated_at,
    updated_by, version)
VALUES
    ('00000000-0000-4000-8000-0000000000a1', 'Alpha Demining', 'ALPHA', 'NGO', '{NTS,TS,CLEARANCE}',
     now(), 'tests', now(), 'tests', 1),
    ('00000000-0000-4000-8000-0000000000b2', 'Bravo Clearance', 'BRAVO', 'COMMERCIAL', '{TS,CLEARANCE,BAC}',
     now(), 'tests', now(), 'tests', 1),
    ('00000000-0000-4000-8000-0000000000c3', 'Test Mine Action Authority', 'TMAA', 'NATIONAL_AUTHORITY', '{}',
     now(), 'tests', now(), 'tests', 1)
ON CONFLICT (id) DO NOTHING;

-- Their first version in the audit trail, as every row that later changes needs one.
INSERT INTO revision (changed_at, subject, client) VALUES (now(), 'tests', 'test data');
INSERT INTO organisation_aud (id, rev, revtype, name, acronym, type, accredited_activity_types, created_at,
    created_by, updated_at, updated_by, version)
SELECT id, (SELECT max(id) FROM revision), 0, name, acronym, type, accredited_activity_types, created_at,
    created_by, updated_at, updated_by, version
FROM organisation o
WHERE NOT EXISTS (SELECT 1 FROM organisation_aud a WHERE a.id = o.id);
