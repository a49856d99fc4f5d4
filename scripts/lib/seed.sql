-- Synthetic data for load and growth tests, run by scripts/seed in one psql session and one
-- transaction. Variables: seed, hazards, schema.
--
-- Every random choice is a hash of (seed, key, salt), never the random() stream: the rows depend
-- only on the seed and the row numbers, whatever order or plan the executor picks.
--
-- Shapes are star-shaped polygons (angles increasing around a centre, radius between 0.47 and
-- 1.53 of the nominal one), so they are always valid. Each hazard takes one of 4096 unit shapes
-- and maps it to the ground with its own rotation, stretch, size and place (an affine map, which
-- keeps validity, containment and disjointness). Land release cuts a unit shape into fans from
-- its centre: the released fans and the fans that remain share their vertices exactly, so
-- remaining + released = estimated holds to rounding, as HazardAccounting computes it.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET search_path = :"schema", public;
-- One process, so that nothing depends on how work is shared between workers.
SET max_parallel_workers_per_gather = 0;
SET work_mem = '256MB';
-- Compiling plans costs more than it saves on statements this short.
SET jit = off;
-- Shapes are stored compressed; lz4 compresses them several times faster than pglz.
SET default_toast_compression = lz4;

CREATE TEMP TABLE seed_params AS SELECT :seed::bigint AS seed, :hazards::int AS hazards;

-- A uniform number in [0, 1) from 53 bits of hash.
SELECT format($sql$CREATE FUNCTION pg_temp.u(k bigint, salt int) RETURNS float8
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT ((hashint8extended(k, %s::bigint * 65536 + salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0'$sql$,
    :seed) \gexec

-- A version 4 shaped UUID named by kind and number, different for every seed.
SELECT format($sql$CREATE FUNCTION pg_temp.uid(kind text, k bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $f$SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid
           FROM md5('cairn-seed:%s:' || kind || ':' || k) h$f$$sql$, :seed) \gexec

-- A pick from an array by a uniform number.
CREATE FUNCTION pg_temp.pick(choices anyarray, x float8) RETURNS anyelement LANGUAGE sql IMMUTABLE AS
    'SELECT choices[1 + floor(x * cardinality(choices))::int]';

-- A day and a time of day (06:00 to 18:00 UTC) as a timestamp.
CREATE FUNCTION pg_temp.at(day date, x float8) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
    $$SELECT (day::timestamp + make_interval(secs => 21600 + floor(x * 43200))) AT TIME ZONE 'UTC'$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM hazard_area WHERE id = pg_temp.uid('hazard', 1)) THEN
        RAISE EXCEPTION 'seed % is in this database already; choose another --seed, or --replace',
            (SELECT seed FROM seed_params);
    END IF;
END $$;

BEGIN;

-- ---------------------------------------------------------------- organisations
-- Fixed ids, shared by every seed, made once.
CREATE TEMP TABLE seed_org (n int PRIMARY KEY, id uuid, name text, acronym text, type text, accredited text[]);
INSERT INTO seed_org VALUES
    (1, '5eed0000-0000-4000-8000-000000000001', 'Synthetic National Mine Action Authority', 'SNMAA',
        'NATIONAL_AUTHORITY', '{}'),
    (2, '5eed0000-0000-4000-8000-000000000002', 'Synthetic Demining Group', 'SDG', 'NGO',
        '{NTS,TS,CLEARANCE,EOD_SPOT_TASK}'),
    (3, '5eed0000-0000-4000-8000-000000000003', 'Synthetic Clearance Services', 'SCS', 'COMMERCIAL',
        '{TS,CLEARANCE,BAC}'),
    (4, '5eed0000-0000-4000-8000-000000000004', 'Synthetic Army Engineers', 'SAE', 'MILITARY',
        '{CLEARANCE,BAC,EOD_SPOT_TASK,STOCKPILE_DESTRUCTION}'),
    (5, '5eed0000-0000-4000-8000-000000000005', 'Synthetic Survey Teams', 'SST', 'NGO', '{NTS,TS}');

INSERT INTO revision (changed_at, subject, organisation, client)
VALUES (now(), 'seed', '5eed0000-0000-4000-8000-000000000001',
        format('scripts/seed --seed %s --hazards %s', :seed, :hazards))
RETURNING id AS rev \gset

WITH made AS (
    INSERT INTO organisation (id, name, acronym, type, accredited_activity_types, accreditation_valid_until,
        created_at, created_by, updated_at, updated_by, version)
    SELECT id, name, acronym, type, accredited, CASE WHEN accredited <> '{}' THEN date '2028-12-31' END,
        now(), 'seed', now(), 'seed', 1
    FROM seed_org ORDER BY n
    ON CONFLICT (id) DO NOTHING
    RETURNING *)
INSERT INTO organisation_aud (id, rev, revtype, name, acronym, type, accredited_activity_types,
    accreditation_valid_until, created_at, created_by, updated_at, updated_by, version)
SELECT id, :rev, 0, name, acronym, type, accredited_activity_types, accreditation_valid_until, created_at,
    created_by, updated_at, updated_by, version
FROM made;

-- ---------------------------------------------------------------- unit shapes
-- 512 small ones (10 to 20 vertices) for EOD spots, holes and outlying parts, then 3584 with 10
-- to 500 vertices, most of them few (median 16, mean 58, one in ten above 170).
CREATE TEMP TABLE seed_vertex AS
WITH s AS (
    SELECT t, CASE WHEN t < 512 THEN 10 + floor(11 * pg_temp.u(t, 301))::int
                   ELSE round(10 * exp(ln(50) * pg_temp.u(t, 301) ^ 3))::int END AS nv,
           0.25 * pg_temp.u(t, 311) AS a1, 2 * pi() * pg_temp.u(t, 312) AS p1,
           0.15 * pg_temp.u(t, 313) AS a2, 2 * pi() * pg_temp.u(t, 314) AS p2,
           0.10 * pg_temp.u(t, 315) AS a3, 2 * pi() * pg_temp.u(t, 316) AS p3
    FROM generate_series(0, 4095) t)
SELECT s.t, s.nv, j, ST_MakePoint(r * cos(th), r * sin(th)) AS pt
FROM s, generate_series(0, s.nv - 1) j,
    LATERAL (SELECT 2 * pi() * (j + 0.9 * pg_temp.u(s.t * 512 + j, 321)) / s.nv AS th) a,
    LATERAL (SELECT 1 + s.a1 * sin(th + s.p1) + s.a2 * sin(2 * th + s.p2) + s.a3 * sin(3 * th + s.p3)
                    + 0.06 * (pg_temp.u(s.t * 512 + j, 322) - 0.5) AS r) b;
CREATE UNIQUE INDEX ON seed_vertex (t, j);
ANALYZE seed_vertex;

-- Runs of vertices j0..j1 of shape t (indices wrap) that, closed on the centre, make fans.
CREATE TEMP TABLE seed_span (t int, nv int, k int, m int, kind text, j0 int, j1 int);

CREATE TEMP TABLE seed_shape AS
SELECT t, nv, ST_MakeLine(pt ORDER BY j) AS ring
FROM (SELECT t, nv, j, pt FROM seed_vertex UNION ALL SELECT t, nv, nv, pt FROM seed_vertex WHERE j = 0) v
GROUP BY t, nv;
ALTER TABLE seed_shape ADD COLUMN poly geometry;
UPDATE seed_shape SET poly = ST_MakePolygon(ring);
CREATE UNIQUE INDEX ON seed_shape (t);
ANALYZE seed_shape;

-- How each large shape is released when its hazard is: one to three fans from the centre, apart
-- from each other, and the fans between them, which remain.
INSERT INTO seed_span
WITH c AS (
    SELECT t, nv, CASE WHEN pg_temp.u(t, 331) < 0.6 THEN 1 WHEN pg_temp.u(t, 331) < 0.9 THEN 2 ELSE 3 END AS k,
           floor(nv * pg_temp.u(t, 332))::int AS o
    FROM seed_shape WHERE t >= 512),
f AS (
    SELECT c.*, m, s, s + greatest(1, floor(0.6 * (nv / k) * pg_temp.u(t * 4 + m, 334))::int) AS e
    FROM c, generate_series(0, 2) m,
        LATERAL (SELECT o + m * (nv / k) + floor(0.3 * (nv / k) * pg_temp.u(t * 4 + m, 333))::int AS s) b
    WHERE m < k)
SELECT t, nv, k, m, 'released', s, e FROM f
UNION ALL
SELECT t, nv, k, m, 'kept', e, coalesce(lead(s) OVER w, first_value(s) OVER w + nv) FROM f WINDOW w AS (PARTITION BY t ORDER BY m);

CREATE TEMP TABLE seed_cut AS
SELECT sp.t, sp.m, sp.kind, sp.k, ST_MakePolygon(ST_MakeLine(coalesce(v.pt, ST_MakePoint(0, 0)) ORDER BY p.n)) AS poly
FROM seed_span sp
CROSS JOIN LATERAL (SELECT 0 AS n, -1 AS j
                    UNION ALL SELECT j - sp.j0 + 1, j % sp.nv FROM generate_series(sp.j0, sp.j1) j
                    UNION ALL SELECT sp.j1 - sp.j0 + 2, -1) p
LEFT JOIN seed_vertex v ON v.t = sp.t AND v.j = p.j
GROUP BY sp.t, sp.m, sp.kind, sp.k;
CREATE INDEX ON seed_cut (t);
ANALYZE seed_cut;

-- ---------------------------------------------------------------- front lines
-- A fictional country of 6 x 4 degrees; five front lines cross it, with 25 battle sites each.
CREATE TEMP TABLE seed_front AS
SELECT l, ST_SetSRID(ST_MakeLine(ARRAY(
    SELECT CASE WHEN l % 2 = 0
        THEN ST_MakePoint(29.7 + 5.6 * m / 8.0,
                 least(10.3, greatest(6.7, 7.0 + 3.0 * pg_temp.u(l, 101) + 0.6 * sin(0.8 * m + 2 * pi() * pg_temp.u(l, 102))
                                      + 0.3 * (pg_temp.u(l * 16 + m, 103) - 0.5))))
        ELSE ST_MakePoint(least(35.3, greatest(29.7, 30.5 + 4.0 * pg_temp.u(l, 101)
                                      + 0.8 * sin(0.8 * m + 2 * pi() * pg_temp.u(l, 102))
                                      + 0.3 * (pg_temp.u(l * 16 + m, 103) - 0.5))),
                 6.7 + 3.6 * m / 8.0) END
    FROM generate_series(0, 8) m ORDER BY m)), 4326) AS geom
FROM generate_series(0, 4) l;

-- ---------------------------------------------------------------- hazards
CREATE TEMP TABLE seed_hazard AS
WITH base AS (
    SELECT i, pg_temp.uid('hazard', i) AS id,
        CASE WHEN pg_temp.u(i, 10) < 0.45 THEN 'SHA' WHEN pg_temp.u(i, 10) < 0.75 THEN 'CHA'
             WHEN pg_temp.u(i, 10) < 0.90 THEN 'EOD_SPOT' WHEN pg_temp.u(i, 10) < 0.97 THEN 'INDICATION'
             ELSE 'AMMUNITION_STORAGE' END AS classification,
        pg_temp.u(i, 1) AS place_mode,
        date '2018-01-01' + floor(2557 * pg_temp.u(i, 20))::int AS date_of_information
    FROM generate_series(1, (SELECT hazards FROM seed_params)) i),
placed AS (
    SELECT b.*, ST_X(p) AS px, ST_Y(p) AS py
    FROM base b
    JOIN seed_front f ON f.l = floor(5 * pg_temp.u(b.i, 2))::int,
    LATERAL (SELECT CASE
        WHEN b.place_mode < 0.60 THEN ST_LineInterpolatePoint(f.geom, least(1, greatest(0,
            pg_temp.u(f.l * 64 + floor(25 * pg_temp.u(b.i, 3))::int, 110)
            + 0.015 * sqrt(-2 * ln(1 - pg_temp.u(b.i, 4))) * cos(2 * pi() * pg_temp.u(b.i, 5)))))
        WHEN b.place_mode < 0.90 THEN ST_LineInterpolatePoint(f.geom, pg_temp.u(b.i, 3))
        ELSE ST_MakePoint(29.5 + 6 * pg_temp.u(b.i, 3), 6.5 + 4 * pg_temp.u(b.i, 4)) END AS p) q),
centred AS (
    -- Distance from the line falls off exponentially: 2.5 km around battle sites, 7 km elsewhere.
    SELECT p.*, least(35.5, greatest(29.5, px + d * cos(phi) / (111320 * cos(radians(py))))) AS cx,
                least(10.5, greatest(6.5, py + d * sin(phi) / 110574)) AS cy
    FROM placed p,
    LATERAL (SELECT CASE WHEN place_mode < 0.60 THEN 2500 WHEN place_mode < 0.90 THEN 7000 ELSE 0 END
                        * -ln(1 - pg_temp.u(i, 6)) AS d,
                    2 * pi() * pg_temp.u(i, 7) AS phi) o),
sized AS (
    SELECT c.*,
        CASE classification WHEN 'EOD_SPOT' THEN 5 + 20 * pg_temp.u(i, 30)
                            WHEN 'AMMUNITION_STORAGE' THEN 40 + 200 * pg_temp.u(i, 30)
                            ELSE 25 * exp(ln(60) * pg_temp.u(i, 30)) END AS radius_m,
        CASE WHEN classification IN ('EOD_SPOT', 'AMMUNITION_STORAGE') THEN floor(512 * pg_temp.u(i, 31))::int
             ELSE 512 + floor(3584 * pg_temp.u(i, 31))::int END AS t,
        CASE WHEN classification IN ('EOD_SPOT', 'AMMUNITION_STORAGE') THEN 1
             WHEN pg_temp.u(i, 32) < 0.06 THEN 2 WHEN pg_temp.u(i, 32) < 0.08 THEN 3 ELSE 1 END AS parts,
        classification NOT IN ('EOD_SPOT', 'AMMUNITION_STORAGE') AND pg_temp.u(i, 33) < 0.08 AS holed,
        2 * pi() * pg_temp.u(i, 34) AS rotation,
        0.5 + 0.5 * pg_temp.u(i, 35) AS stretch,
        pg_temp.u(i, 40) AS work
    FROM centred c)
SELECT s.*,
    -- What happened to it: 'released' (partly), 'cleared' (wholly, closed), 'planned' (an activity,
    -- nothing released yet), 'eod' (an EOD spot task destroyed the items) or 'none'.
    CASE WHEN classification = 'EOD_SPOT' THEN CASE WHEN work < 0.4 THEN 'eod' ELSE 'none' END
         WHEN classification = 'AMMUNITION_STORAGE' OR work >= 0.36 THEN 'none'
         WHEN work < 0.32 THEN CASE WHEN pg_temp.u(i, 41) < 0.15 THEN 'cleared' ELSE 'released' END
         ELSE 'planned' END AS fate,
    -- The affine map from the unit shape to longitude and latitude.
    radius_m * cos(rotation) / (111320 * cos(radians(cy))) AS ma,
    -radius_m * stretch * sin(rotation) / (111320 * cos(radians(cy))) AS mb,
    radius_m * sin(rotation) / 110574 AS md,
    radius_m * stretch * cos(rotation) / 110574 AS me
FROM sized s;
CREATE UNIQUE INDEX ON seed_hazard (i);
ANALYZE seed_hazard;

-- The hole and the extra parts, in the unit frame. A shape's radius is 0.47 to 1.53 and its
-- edges come no closer than 0.39 to its centre: a hole of scale 0.17, 0.04 off centre, reaches
-- 0.34 at most; extra parts lie far enough out never to touch the first or each other.
CREATE TEMP TABLE seed_hole AS
SELECT h.i, ST_Affine(x.ring, 0.17, 0, 0, 0.17, 0.04 * cos(b), 0.04 * sin(b)) AS ring
FROM seed_hazard h, LATERAL (SELECT 2 * pi() * pg_temp.u(h.i, 42) AS b, floor(512 * pg_temp.u(h.i, 43))::int AS t) q,
    seed_shape x
WHERE h.holed AND x.t = q.t;
ALTER TABLE seed_hole ADD COLUMN poly geometry;
UPDATE seed_hole SET poly = ST_MakePolygon(ring);
CREATE UNIQUE INDEX ON seed_hole (i);

CREATE TEMP TABLE seed_part AS
SELECT h.i, n, ST_Affine(p.poly, sc, 0, 0, sc, dist * cos(ang), dist * sin(ang)) AS poly
FROM seed_hazard h, generate_series(2, h.parts) n,
    LATERAL (SELECT 0.3 + 0.5 * pg_temp.u(h.i * 4 + n, 36) AS sc,
                    floor(512 * pg_temp.u(h.i * 4 + n, 35))::int AS t) a,
    LATERAL (SELECT 1.7 * (1 + sc) * (1 + 0.5 * pg_temp.u(h.i * 4 + n, 37)) AS dist,
                    2 * pi() * pg_temp.u(h.i, 38) + (n - 2) * (pi() + pg_temp.u(h.i, 39) - 0.5) AS ang) b,
    seed_shape p
WHERE h.parts > 1 AND p.t = a.t;
CREATE INDEX ON seed_part (i);

-- A piece in the unit frame, less the hole, taken to the ground.
CREATE FUNCTION pg_temp.placed(h seed_hazard, piece geometry, hole geometry) RETURNS geometry LANGUAGE sql IMMUTABLE AS $$
    SELECT ST_SetSRID(ST_Affine(CASE WHEN hole IS NULL THEN ST_Multi(piece)
                                     ELSE ST_Multi(ST_CollectionExtract(ST_Difference(piece, hole), 3)) END,
                                h.ma, h.mb, h.md, h.me, h.cx, h.cy), 4326)
$$;

CREATE TEMP TABLE seed_geom AS
SELECT h.i,
    ST_SetSRID(ST_Affine(ST_Collect(array_prepend(
        CASE WHEN ho.i IS NULL THEN sh.poly ELSE ST_MakePolygon(sh.ring, ARRAY[ho.ring]) END,
        ARRAY(SELECT p.poly FROM seed_part p WHERE p.i = h.i ORDER BY p.n))),
        h.ma, h.mb, h.md, h.me, h.cx, h.cy), 4326) AS geom,
    CASE h.fate
        WHEN 'cleared' THEN ST_GeomFromText('MULTIPOLYGON EMPTY', 4326)
        WHEN 'released' THEN pg_temp.placed(h, ST_Collect(ARRAY(
            SELECT c.poly FROM seed_cut c WHERE c.t = h.t AND c.kind = 'kept'
            UNION ALL SELECT p.poly FROM seed_part p WHERE p.i = h.i)), ho.poly) END AS remaining
FROM seed_hazard h JOIN seed_shape sh ON sh.t = h.t LEFT JOIN seed_hole ho ON ho.i = h.i;
UPDATE seed_geom SET remaining = geom WHERE remaining IS NULL;
CREATE UNIQUE INDEX ON seed_geom (i);
ANALYZE seed_geom;

-- Released land: the shape's released fans, or a hazard cleared whole in one piece.
CREATE TEMP TABLE seed_release AS
SELECT h.i, c.m, c.k, pg_temp.placed(h, c.poly, ho.poly) AS geom
FROM seed_hazard h JOIN seed_cut c ON c.t = h.t AND c.kind = 'released' LEFT JOIN seed_hole ho ON ho.i = h.i
WHERE h.fate = 'released'
UNION ALL
SELECT g.i, 0, 1, g.geom FROM seed_geom g JOIN seed_hazard h ON h.i = g.i WHERE h.fate = 'cleared';
CREATE INDEX ON seed_release (i);

-- Areas on the ellipsoid, as the land_release table will compute them.
ALTER TABLE seed_release ADD COLUMN area_m2 float8;
UPDATE seed_release SET area_m2 = ST_Area(geom::geography);
ANALYZE seed_release;

-- ---------------------------------------------------------------- what each hazard holds
CREATE TEMP TABLE seed_item AS
SELECT h.i, h.id, h.classification, h.fate, h.date_of_information, h.holed, h.parts,
    h.ma, h.mb, h.md, h.me, h.cx, h.cy,
    initcap(pg_temp.pick('{ka,la,ra,mo,ne,ti,sa,bu,do,ri,ve,lo,an,ko,mi,ta,ze,gu,ha,pe}'::text[], pg_temp.u(i, 80))
        || pg_temp.pick('{ka,la,ra,mo,ne,ti,sa,bu,do,ri,ve,lo,an,ko,mi,ta,ze,gu,ha,pe}'::text[], pg_temp.u(i, 81))
        || CASE WHEN pg_temp.u(i, 82) < 0.5
                THEN pg_temp.pick('{n,r,ta,la,mo,ssa,ri,do}'::text[], pg_temp.u(i, 83)) ELSE '' END) AS place,
    string_to_array(CASE
        WHEN h.classification = 'EOD_SPOT' THEN pg_temp.pick(
            '{UXO,UXO,UXO,CLUSTER_SUBMUNITION,AXO,SMALL_ARMS_AMMUNITION}'::text[], pg_temp.u(i, 84))
        WHEN h.classification = 'AMMUNITION_STORAGE' THEN 'AXO,UXO'
        ELSE pg_temp.pick('{AP_MINE,AP_MINE,AP_MINE,"AP_MINE,AV_MINE","AP_MINE,AV_MINE",AV_MINE,CLUSTER_SUBMUNITION,CLUSTER_SUBMUNITION,"IMPROVISED_MINE,IED",UXO,"UXO,AXO","AP_MINE,BOOBY_TRAP"}'::text[],
            pg_temp.u(i, 84)) END, ',') AS contamination_types,
    -- The activity that worked on it, if any.
    CASE h.fate WHEN 'eod' THEN 'EOD_SPOT_TASK' WHEN 'cleared' THEN 'CLEARANCE'
         WHEN 'released' THEN pg_temp.pick('{NTS,NTS,NTS,TS,TS,TS,CLEARANCE,CLEARANCE,CLEARANCE,BAC}'::text[], pg_temp.u(i, 50))
         WHEN 'planned' THEN pg_temp.pick('{NTS,TS,CLEARANCE}'::text[], pg_temp.u(i, 50)) END AS activity_type,
    CASE h.fate WHEN 'eod' THEN 'COMPLETED' WHEN 'cleared' THEN 'COMPLETED'
         WHEN 'released' THEN pg_temp.pick('{IN_PROGRESS,IN_PROGRESS,IN_PROGRESS,IN_PROGRESS,IN_PROGRESS,IN_PROGRESS,SUSPENDED,COMPLETED,COMPLETED,COMPLETED}'::text[], pg_temp.u(i, 51))
         WHEN 'planned' THEN pg_temp.pick('{PLANNED,PLANNED,PLANNED,IN_PROGRESS,IN_PROGRESS}'::text[], pg_temp.u(i, 51)) END AS activity_status,
    h.date_of_information + 20 + floor(300 * pg_temp.u(i, 52))::int AS start_date,
    5 + floor(200 * pg_temp.u(i, 53))::int AS duration,
    coalesce((SELECT max(k) FROM seed_release r WHERE r.i = h.i), 1)::int AS releases
FROM seed_hazard h;
ALTER TABLE seed_item ADD COLUMN activity_id uuid, ADD COLUMN activity_org uuid, ADD COLUMN end_date date,
    ADD COLUMN last_date date, ADD COLUMN reporting_org uuid, ADD COLUMN created_at timestamptz,
    ADD COLUMN updated_at timestamptz;
UPDATE seed_item SET
    activity_id = CASE WHEN activity_type IS NOT NULL THEN pg_temp.uid('activity', i) END,
    activity_org = (SELECT o.id FROM seed_org o WHERE o.n = pg_temp.pick(CASE activity_type
        WHEN 'NTS' THEN '{2,5}'::int[] WHEN 'TS' THEN '{2,3,5}'::int[] WHEN 'CLEARANCE' THEN '{2,3,4}'::int[]
        WHEN 'BAC' THEN '{3,4}'::int[] ELSE '{2,4}'::int[] END, pg_temp.u(i, 54))),
    end_date = CASE WHEN activity_status = 'COMPLETED' THEN start_date + duration END,
    reporting_org = (SELECT o.id FROM seed_org o WHERE o.n = pg_temp.pick('{1,1,1,2,3,4,5}'::int[], pg_temp.u(i, 55))),
    created_at = pg_temp.at(date_of_information + floor(20 * pg_temp.u(i, 56))::int, pg_temp.u(i, 57));
UPDATE seed_item SET last_date = CASE
    WHEN fate IN ('eod', 'cleared') THEN end_date
    WHEN fate = 'released' THEN start_date + releases * duration / (releases + 1)
    WHEN fate = 'none' AND pg_temp.u(i, 58) < 0.03 THEN date_of_information + 30 + floor(200 * pg_temp.u(i, 59))::int
    END;
UPDATE seed_item SET updated_at = CASE WHEN last_date IS NULL THEN created_at ELSE pg_temp.at(last_date, pg_temp.u(i, 60)) END;
-- Devices found: about one per hazard, at least one where an EOD spot task destroyed them.
ALTER TABLE seed_item ADD COLUMN devices int;
UPDATE seed_item SET devices = CASE WHEN fate = 'eod' THEN greatest(1, d) ELSE d END
FROM (SELECT i AS di, CASE WHEN pg_temp.u(i, 70) < 0.45 THEN 0 WHEN pg_temp.u(i, 70) < 0.75 THEN 1
                           WHEN pg_temp.u(i, 70) < 0.88 THEN 2 WHEN pg_temp.u(i, 70) < 0.95 THEN 3
                           ELSE 4 + floor(5 * pg_temp.u(i, 69))::int END AS d
      FROM seed_item) c
WHERE c.di = seed_item.i;
CREATE UNIQUE INDEX ON seed_item (i);
ANALYZE seed_item;

-- ---------------------------------------------------------------- hazard areas
INSERT INTO hazard_area (id, name, description, classification, status, status_changed_at, status_change_reason,
    status_change_comment, evidence, direct_evidence, indirect_evidence, contamination_types, priority, blockages,
    beneficiaries_women, beneficiaries_men, beneficiaries_girls, beneficiaries_boys, beneficiaries_indirect,
    reporting_organisation_id, date_of_information, geom, remaining_geom, cancelled_area_m2, reduced_area_m2,
    cleared_area_m2, creation_digest, created_at, created_by, updated_at, updated_by, version)
SELECT s.id,
    s.place || ' ' || CASE WHEN s.classification = 'EOD_SPOT'
        THEN pg_temp.pick('{roadside item,well item,schoolyard item,field item,market item,river bank item}'::text[], pg_temp.u(s.i, 85))
        ELSE pg_temp.pick('{minefield,ridge,river crossing,farmland,road verge,village outskirts,orchard,checkpoint,grazing land,school path,bridge approach,hilltop,trenches,airstrip,wells,rice fields,forest edge,power line}'::text[], pg_temp.u(s.i, 85))
        END,
    NULL, s.classification,
    CASE s.fate WHEN 'released' THEN 'WORKED_ON' WHEN 'cleared' THEN 'CLOSED' WHEN 'eod' THEN 'CLOSED'
         ELSE CASE WHEN s.last_date IS NOT NULL THEN 'SUSPENDED' ELSE 'OPEN' END END,
    s.updated_at,
    CASE s.fate WHEN 'released' THEN 'LAND_RELEASED' WHEN 'cleared' THEN 'RELEASED' WHEN 'eod' THEN 'ITEMS_DESTROYED'
         ELSE CASE WHEN s.last_date IS NOT NULL THEN 'ACCESS' END END,
    CASE WHEN s.fate = 'none' AND s.last_date IS NOT NULL THEN 'Road to the site impassable' END,
    CASE s.classification WHEN 'SHA' THEN 'INDIRECT' WHEN 'INDICATION' THEN 'INDIRECT' ELSE 'DIRECT' END,
    string_to_array(CASE s.classification
        WHEN 'CHA' THEN pg_temp.pick('{MINE_SIGNS_OR_FENCING,VISUAL_OBSERVATION,"DETONATIONS,ACCIDENT_KNOWN_LOCATION",HIGH_RELIABILITY_RECORDS,"MINE_SIGNS_OR_FENCING,VISUAL_OBSERVATION"}'::text[], pg_temp.u(s.i, 86))
        WHEN 'EOD_SPOT' THEN 'VISUAL_OBSERVATION' WHEN 'AMMUNITION_STORAGE' THEN 'HIGH_RELIABILITY_RECORDS' ELSE '' END, ','),
    string_to_array(CASE WHEN s.classification IN ('SHA', 'INDICATION')
        THEN pg_temp.pick('{FORMER_COMBAT_ZONE,"FORMER_COMBAT_ZONE,VERBAL_REPORTS",ACCIDENT_UNKNOWN_LOCATION,"PRODUCTIVE_LAND_NOT_IN_USE,VERBAL_REPORTS",OLD_SURVEY,LOW_RELIABILITY_RECORDS,VERBAL_REPORTS}'::text[], pg_temp.u(s.i, 87))
        ELSE '' END, ','),
    s.contamination_types,
    CASE WHEN pg_temp.u(s.i, 96) < 0.8 THEN pg_temp.pick('{HIGH,MEDIUM,MEDIUM,LOW}'::text[], pg_temp.u(s.i, 88)) END,
    string_to_array(pg_temp.pick('{AGRICULTURE,GRAZING,ROADS,"AGRICULTURE,WATER",HOUSING,INFRASTRUCTURE,"",AGRICULTURE,"GRAZING,WATER","ROADS,INFRASTRUCTURE"}'::text[], pg_temp.u(s.i, 89)), ','),
    b.women, b.men, b.girls, b.boys, b.indirect,
    s.reporting_org, s.date_of_information, g.geom, g.remaining,
    coalesce(r.cancelled, 0), coalesce(r.reduced, 0), coalesce(r.cleared, 0),
    encode(sha256(convert_to('cairn-seed:' || s.id, 'UTF8')), 'hex'),
    s.created_at, 'seed', s.updated_at, 'seed', 1
FROM seed_item s
JOIN seed_geom g ON g.i = s.i
LEFT JOIN LATERAL (
    SELECT sum(area_m2) FILTER (WHERE s.activity_type = 'NTS') AS cancelled,
           sum(area_m2) FILTER (WHERE s.activity_type = 'TS') AS reduced,
           sum(area_m2) FILTER (WHERE s.activity_type IN ('CLEARANCE', 'BAC')) AS cleared
    FROM seed_release r WHERE r.i = s.i) r ON true
LEFT JOIN LATERAL (
    SELECT floor(400 * pg_temp.u(s.i, 90))::int AS women, floor(400 * pg_temp.u(s.i, 91))::int AS men,
           floor(300 * pg_temp.u(s.i, 92))::int AS girls, floor(300 * pg_temp.u(s.i, 93))::int AS boys,
           floor(3000 * pg_temp.u(s.i, 94))::int AS indirect
    WHERE s.classification <> 'EOD_SPOT' AND pg_temp.u(s.i, 95) < 0.7) b ON true
ORDER BY s.i;

-- ---------------------------------------------------------------- activities and land release
INSERT INTO activity (id, name, type, status, status_changed_at, implementing_organisation_id, team, start_date,
    end_date, clearance_depth_cm, methods, date_of_information, creation_digest, created_at, created_by,
    updated_at, updated_by, version)
SELECT s.activity_id,
    s.place || ' ' || CASE s.activity_type WHEN 'NTS' THEN 'non-technical survey' WHEN 'TS' THEN 'technical survey'
        WHEN 'CLEARANCE' THEN 'clearance' WHEN 'BAC' THEN 'battle area clearance' ELSE 'EOD spot task' END,
    s.activity_type, s.activity_status,
    CASE WHEN s.activity_status = 'PLANNED' THEN c.created_at ELSE c.updated_at END,
    s.activity_org, 'Team ' || (1 + floor(40 * pg_temp.u(s.i, 61))::int),
    s.start_date, s.end_date,
    CASE s.activity_type WHEN 'TS' THEN 13 WHEN 'BAC' THEN 20
         WHEN 'CLEARANCE' THEN pg_temp.pick('{13,20,30}'::int[], pg_temp.u(s.i, 62)) END,
    string_to_array(CASE s.activity_type WHEN 'NTS' THEN ''
         WHEN 'CLEARANCE' THEN pg_temp.pick('{MANUAL,"MANUAL,MECHANICAL","MANUAL,ANIMAL_DETECTION"}'::text[], pg_temp.u(s.i, 63))
         ELSE 'MANUAL' END, ','),
    coalesce(s.last_date, s.start_date - 10),
    encode(sha256(convert_to('cairn-seed:' || s.activity_id, 'UTF8')), 'hex'),
    c.created_at, 'seed', c.updated_at, 'seed', 1
FROM seed_item s,
LATERAL (SELECT pg_temp.at(s.start_date - 10, pg_temp.u(s.i, 64)) AS created_at,
                CASE WHEN s.last_date IS NULL THEN pg_temp.at(s.start_date - 10, pg_temp.u(s.i, 64))
                     ELSE s.updated_at END AS updated_at) c
WHERE s.activity_id IS NOT NULL
ORDER BY s.i;

INSERT INTO activity_hazard_area (activity_id, hazard_area_id)
SELECT activity_id, id FROM seed_item WHERE activity_id IS NOT NULL ORDER BY i;

INSERT INTO land_release (id, activity_id, hazard_area_id, outcome, release_date, depth_cm, technical_asset,
    criteria, completes_hazard, submitted_geom, geom, creation_digest, created_at, created_by, updated_at,
    updated_by, version)
SELECT pg_temp.uid('release', r.i * 4 + r.m), s.activity_id, s.id,
    CASE s.activity_type WHEN 'NTS' THEN 'CANCELLED' WHEN 'TS' THEN 'REDUCED' ELSE 'CLEARED' END,
    d.day,
    CASE s.activity_type WHEN 'NTS' THEN NULL WHEN 'TS' THEN 13 ELSE 20 END,
    CASE WHEN s.activity_type IN ('TS', 'CLEARANCE') THEN pg_temp.pick('{Manual team,Mine detection dog,Flail}'::text[], pg_temp.u(r.i * 4 + r.m, 65)) END,
    CASE s.activity_type WHEN 'NTS' THEN 'No evidence of contamination' ELSE 'IMAS 09.10' END,
    s.fate = 'cleared', r.geom, r.geom,
    encode(sha256(convert_to('cairn-seed:release:' || s.id || ':' || r.m, 'UTF8')), 'hex'),
    pg_temp.at(d.day, pg_temp.u(r.i * 4 + r.m, 66)), 'seed', pg_temp.at(d.day, pg_temp.u(r.i * 4 + r.m, 66)), 'seed', 1
FROM seed_release r
JOIN seed_item s ON s.i = r.i,
LATERAL (SELECT CASE WHEN s.fate = 'cleared' THEN s.end_date
                     ELSE s.start_date + (r.m + 1) * s.duration / (s.releases + 1) END AS day) d
ORDER BY r.i, r.m;

-- ---------------------------------------------------------------- devices, accidents, casualties
CREATE TEMP TABLE seed_ordnance AS
SELECT category, array_agg(id ORDER BY id) AS ids FROM ordnance_type GROUP BY category;

-- A point of the hazard's first part: within 0.38 of the unit shape's centre, or, around a hole
-- (which reaches 0.34), between 0.35 and 0.38.
CREATE FUNCTION pg_temp.inside(cx float8, cy float8, ma float8, mb float8, md float8, me float8, holed boolean,
    k bigint) RETURNS geometry LANGUAGE sql IMMUTABLE AS $$
    SELECT ST_SetSRID(ST_MakePoint(cx + ma * rho * cos(phi) + mb * rho * sin(phi),
                                   cy + md * rho * cos(phi) + me * rho * sin(phi)), 4326)
    FROM (SELECT CASE WHEN holed THEN 0.35 + 0.03 * pg_temp.u(k, 401) ELSE 0.38 * sqrt(pg_temp.u(k, 401)) END AS rho,
                 2 * pi() * pg_temp.u(k, 402) AS phi) p
$$;

INSERT INTO device_finding (id, activity_id, hazard_area_id, ordnance_type_id, category, quantity, condition,
    depth_cm, geom, found_date, disposal_method, disposal_date, reporting_organisation_id, creation_digest,
    created_at, created_by, updated_at, updated_by, version)
SELECT pg_temp.uid('device', d.k), d.activity_id, s.id, pg_temp.pick(o.ids, pg_temp.u(d.k, 80)), d.category,
    CASE WHEN d.category = 'CLUSTER_SUBMUNITION' THEN 1 + floor(12 * pg_temp.u(d.k, 71))::int
         WHEN pg_temp.u(d.k, 72) < 0.7 THEN 1 ELSE 1 + floor(5 * pg_temp.u(d.k, 71))::int END,
    pg_temp.pick('{ARMED,ARMED,UNARMED,DAMAGED,DETERIORATED,UNKNOWN}'::text[], pg_temp.u(d.k, 73)),
    floor(31 * pg_temp.u(d.k, 74))::int,
    pg_temp.inside(s.cx, s.cy, s.ma, s.mb, s.md, s.me, s.holed, d.k), d.found,
    CASE WHEN d.activity_id IS NOT NULL THEN pg_temp.pick(
        '{DESTROYED_IN_SITU,DESTROYED_IN_SITU,DESTROYED_IN_SITU,DESTROYED_IN_SITU,DESTROYED_IN_SITU,DESTROYED_IN_SITU,DESTROYED_IN_SITU,REMOVED_AND_DESTROYED,REMOVED_AND_DESTROYED,RENDERED_SAFE,HANDED_OVER}'::text[],
        pg_temp.u(d.k, 75)) END,
    CASE WHEN d.activity_id IS NOT NULL THEN d.found + floor(3 * pg_temp.u(d.k, 76))::int END,
    coalesce(s.activity_org, s.reporting_org),
    encode(sha256(convert_to('cairn-seed:' || pg_temp.uid('device', d.k), 'UTF8')), 'hex'),
    pg_temp.at(d.found, pg_temp.u(d.k, 77)), 'seed', pg_temp.at(d.found, pg_temp.u(d.k, 77)), 'seed', 1
FROM seed_item s,
LATERAL (SELECT s.i * 16 + n AS k,
                CASE WHEN s.fate IN ('released', 'cleared', 'eod') THEN s.activity_id END AS activity_id,
                s.contamination_types[1 + floor(cardinality(s.contamination_types) * pg_temp.u(s.i * 16 + n, 78))::int] AS category,
                CASE WHEN s.fate IN ('released', 'cleared', 'eod')
                     THEN s.start_date + floor(least(s.duration, s.last_date - s.start_date + 1) * pg_temp.u(s.i * 16 + n, 79))::int
                     ELSE s.date_of_information - floor(100 * pg_temp.u(s.i * 16 + n, 79))::int END AS found
         FROM generate_series(1, s.devices) n) d
LEFT JOIN seed_ordnance o ON o.category = d.category
ORDER BY d.k;

CREATE TEMP TABLE seed_accident AS
SELECT s.i, pg_temp.uid('accident', s.i) AS id, s, demining,
    CASE WHEN demining THEN 'DEMINING' ELSE CASE s.contamination_types[1]
        WHEN 'AP_MINE' THEN 'MINE' WHEN 'AV_MINE' THEN 'MINE' WHEN 'IMPROVISED_MINE' THEN 'IED' WHEN 'IED' THEN 'IED'
        WHEN 'CLUSTER_SUBMUNITION' THEN 'CLUSTER_MUNITION' WHEN 'UXO' THEN 'UXO_AXO' WHEN 'AXO' THEN 'UXO_AXO'
        ELSE 'OTHER' END END AS type,
    CASE WHEN demining THEN s.start_date + floor(least(s.duration, s.last_date - s.start_date + 1) * pg_temp.u(s.i, 501))::int
         ELSE s.date_of_information - floor(400 * pg_temp.u(s.i, 501))::int END AS day
FROM seed_item s,
LATERAL (SELECT s.activity_type IN ('TS', 'CLEARANCE', 'BAC') AND s.fate IN ('released', 'cleared')
                AND pg_temp.u(s.i, 502) < 0.15 AS demining) d
WHERE pg_temp.u(s.i, 500) < 0.02;

INSERT INTO accident (id, type, accident_date, date_known, accident_time, geom, accuracy_m, location_safe_to_record,
    ordnance_type_id, device_category, cause, hazard_area_id, activity_id, demining_ppe_worn,
    demining_procedure_followed, reporting_organisation_id, date_of_information, creation_digest, created_at,
    created_by, updated_at, updated_by, version)
SELECT a.id, a.type, a.day, true,
    CASE WHEN pg_temp.u(a.i, 503) < 0.6 THEN make_time(6 + floor(12 * pg_temp.u(a.i, 504))::int, floor(60 * pg_temp.u(a.i, 505))::int, 0) END,
    pg_temp.inside((a.s).cx, (a.s).cy, (a.s).ma, (a.s).mb, (a.s).md, (a.s).me, (a.s).holed, a.i * 16 + 15),
    pg_temp.pick('{5,10,25,50,100,500}'::float8[], pg_temp.u(a.i, 506)), true,
    NULL, (a.s).contamination_types[1],
    CASE WHEN a.demining THEN 'Detonation during excavation'
         ELSE pg_temp.pick('{Stepped on the device,Vehicle drove over the device,Picked up the device,Ploughing,Unknown}'::text[], pg_temp.u(a.i, 507)) END,
    (a.s).id, CASE WHEN a.demining THEN (a.s).activity_id END,
    CASE WHEN a.demining THEN pg_temp.u(a.i, 508) < 0.8 END,
    CASE WHEN a.demining THEN pg_temp.u(a.i, 509) < 0.6 END,
    '5eed0000-0000-4000-8000-000000000001', a.day + 3 + floor(60 * pg_temp.u(a.i, 510))::int,
    encode(sha256(convert_to('cairn-seed:' || a.id, 'UTF8')), 'hex'),
    pg_temp.at(a.day + 3 + floor(60 * pg_temp.u(a.i, 510))::int, pg_temp.u(a.i, 511)), 'seed',
    pg_temp.at(a.day + 3 + floor(60 * pg_temp.u(a.i, 510))::int, pg_temp.u(a.i, 511)), 'seed', 1
FROM seed_accident a
ORDER BY a.i;

INSERT INTO casualty (id, accident_id, outcome, sex, age_at_accident, status, activity_at_time,
    handled_deliberately, consent_share_authorities, consent_share_ngos, reporting_organisation_id,
    date_of_information, creation_digest, created_at, created_by, updated_at, updated_by, version)
SELECT pg_temp.uid('casualty', c.k), ac.id,
    pg_temp.pick('{KILLED,KILLED,KILLED,INJURED,INJURED,INJURED,INJURED,INJURED,INJURED,UNKNOWN}'::text[], pg_temp.u(c.k, 601)),
    pg_temp.pick('{MALE,MALE,MALE,MALE,MALE,MALE,MALE,FEMALE,FEMALE,UNKNOWN}'::text[], pg_temp.u(c.k, 602)),
    CASE WHEN a.demining THEN 20 + floor(35 * pg_temp.u(c.k, 603))::int ELSE 4 + floor(66 * pg_temp.u(c.k, 603))::int END,
    CASE WHEN a.demining THEN 'DEMINER'
         ELSE pg_temp.pick('{CIVILIAN,CIVILIAN,CIVILIAN,CIVILIAN,CIVILIAN,CIVILIAN,CIVILIAN,CIVILIAN,MILITARY_SECURITY,UNKNOWN}'::text[], pg_temp.u(c.k, 604)) END,
    c.doing,
    c.doing IN ('TAMPERING', 'COLLECTING_SCRAP'),
    pg_temp.u(c.k, 606) < 0.7, pg_temp.u(c.k, 607) < 0.5,
    ac.reporting_organisation_id, ac.date_of_information,
    encode(sha256(convert_to('cairn-seed:' || pg_temp.uid('casualty', c.k), 'UTF8')), 'hex'),
    ac.created_at, 'seed', ac.updated_at, 'seed', 1
FROM seed_accident a
JOIN accident ac ON ac.id = a.id,
LATERAL (SELECT a.i * 4 + n AS k,
                CASE WHEN a.demining THEN 'DEMINING' ELSE pg_temp.pick(
                    '{AGRICULTURE,AGRICULTURE,HERDING,COLLECTING_FOOD_OR_WOOD,COLLECTING_SCRAP,TRAVELLING,TRAVELLING,PLAYING,HOUSEHOLD_WORK,TAMPERING,UNKNOWN}'::text[],
                    pg_temp.u(a.i * 4 + n, 605)) END AS doing
         FROM generate_series(1, 1 + floor(3 * pg_temp.u(a.i, 600))::int) n) c
ORDER BY c.k;

-- ---------------------------------------------------------------- audit trail
-- Each record's first version, in the one revision of this load: every column the audit table
-- shares with the record. The change feed's triggers have listed what this transaction wrote.
SELECT format('INSERT INTO %I (%s, rev, revtype) SELECT %s, %s, 0 FROM %I t WHERE t.%s IN ('
              'SELECT item_id FROM change_log WHERE tx = pg_current_xact_id() AND collection = %L)',
              v.tbl || '_aud', cols, cols, :rev, v.tbl, v.key, v.coll)
FROM (VALUES ('hazard_area', 'id', 'hazard-areas'), ('activity', 'id', 'activities'),
             ('activity_hazard_area', 'activity_id', 'activities'), ('land_release', 'id', 'land-release'),
             ('device_finding', 'id', 'device-findings'), ('accident', 'id', 'accidents'),
             ('casualty', 'id', 'casualties')) v (tbl, key, coll),
LATERAL (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS cols
         FROM pg_attribute a
         WHERE a.attrelid = (v.tbl || '_aud')::regclass AND a.attnum > 0 AND NOT a.attisdropped
           AND a.attname NOT IN ('rev', 'revtype', 'revend')
           AND EXISTS (SELECT 1 FROM pg_attribute b WHERE b.attrelid = v.tbl::regclass AND b.attname = a.attname
                       AND NOT b.attisdropped)) c
\gexec

SELECT collection AS written, count(*) FROM change_log WHERE tx = pg_current_xact_id()
GROUP BY collection ORDER BY min(position);

COMMIT;
