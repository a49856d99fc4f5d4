-- V12 rewrote hazard_area, and a rewritten table has no visibility map yet: until a VACUUM has
-- marked its pages all-visible, the footprint index's scans read the table after all, and
-- autovacuum has no reason to come by soon on a table that has only been rewritten.
-- VACUUM cannot run in a transaction, so it has a migration of its own.
VACUUM (ANALYZE) hazard_area;
