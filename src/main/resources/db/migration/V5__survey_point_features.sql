-- Survey points of hazard areas and of activities as one collection for GIS clients, each with
-- what its owner decides: who may see it, when it changed, whether it still exists.
CREATE VIEW survey_point_feature AS
SELECT p.id, 'HAZARD_AREA'::text AS owner_type, p.hazard_area_id AS owner_id, h.local_id AS owner_local_id,
       h.reporting_organisation_id AS organisation_id, p.sequence, p.type, p.geom, p.entered_text,
       p.entered_format, p.entered_crs, p.bearing_deg, p.distance_m, p.elevation_m, p.description,
       h.date_of_information, h.created_at, h.updated_at, h.deleted_at, h.version
FROM survey_point p JOIN hazard_area h ON h.id = p.hazard_area_id
UNION ALL
SELECT p.id, 'ACTIVITY'::text, p.activity_id, a.local_id, a.implementing_organisation_id, p.sequence, p.type,
       p.geom, p.entered_text, p.entered_format, p.entered_crs, p.bearing_deg, p.distance_m, p.elevation_m,
       p.description, a.date_of_information, a.created_at, a.updated_at, a.deleted_at, a.version
FROM activity_survey_point p JOIN activity a ON a.id = p.activity_id;
