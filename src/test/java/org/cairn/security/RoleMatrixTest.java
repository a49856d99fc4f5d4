package org.cairn.security;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.device;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.cairn.support.AdminAreas;
import org.cairn.support.Features;
import org.cairn.support.FieldReports;
import org.cairn.support.FieldSubmissions;
import org.cairn.support.Organisations;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The authorisation rules as one table: for every operation of the API description and every
 * caller, the status it gets. An operation missing from the table fails the test, so that no new
 * endpoint can forget its rule.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String PMN_2 = "00000000-0000-4000-8000-000000000102";
    private static final String OGC_HAZARDS = "/ogc/collections/hazard-areas";

    private static final List<String> CALLERS = List.of("anonymous", "viewer", "field_surveyor", "operator",
            "data_manager", "victim_assistance", "partner", "admin", "quality_manager");

    /** Operation: expected status for each of {@link #CALLERS}, in that order. */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                       anon viewer field oper  data  VA   partner admin QM
        EXPECTED.put("GET /api/v1/hazard-areas",                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/hazard-areas",               new int[] {401, 403, 403, 403, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/hazard-areas/{id}",           new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/hazard-areas/{id}",           new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("PATCH /api/v1/hazard-areas/{id}",         new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/hazard-areas/{id}",        new int[] {401, 403, 403, 403, 204, 403, 403, 204, 403});
        EXPECTED.put("GET /api/v1/hazard-areas/{id}/history",   new int[] {401, 200, 200, 200, 200, 200, 403, 200, 200});
        EXPECTED.put("GET /api/v1/hazard-areas/{hazardAreaId}/land-release",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/hazard-areas/{hazardAreaId}/devices",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/hazard-areas/{hazardAreaId}/devices",
                                                                new int[] {401, 403, 403, 201, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/activities",                  new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/activities",                 new int[] {401, 403, 403, 201, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/activities/{id}",             new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/activities/{id}",             new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("PATCH /api/v1/activities/{id}",           new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/activities/{id}",          new int[] {401, 403, 403, 204, 204, 403, 403, 204, 403});
        EXPECTED.put("GET /api/v1/activities/{id}/history",     new int[] {401, 200, 200, 200, 200, 200, 403, 200, 200});
        EXPECTED.put("GET /api/v1/activities/{activityId}/land-release",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/activities/{activityId}/land-release",
                                                                new int[] {401, 403, 403, 201, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/activities/{activityId}/devices",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/activities/{activityId}/devices",
                                                                new int[] {401, 403, 403, 201, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/land-release/{id}",           new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/land-release/{id}/void",     new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("GET /api/v1/device-findings/{id}",        new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/device-findings/{id}",        new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/device-findings/{id}",     new int[] {401, 403, 403, 204, 204, 403, 403, 204, 403});
        EXPECTED.put("GET /api/v1/organisations",               new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/organisations",              new int[] {401, 403, 403, 403, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/organisations/{id}",          new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/organisations/{id}",          new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("GET /api/v1/admin-areas",                 new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/admin-areas/{pcode}",         new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/admin-areas:import",         new int[] {401, 403, 403, 403, 202, 403, 403, 202, 403});
        EXPECTED.put("GET /api/v1/jobs/{id}",                   new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("GET /api/v1/ordnance-types",              new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/ordnance-types",             new int[] {401, 403, 403, 403, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/ordnance-types/{id}",         new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/ordnance-types/{id}",         new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("GET /api/v1/accidents",                   new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/accidents",                  new int[] {401, 403, 403, 403, 201, 201, 403, 201, 403});
        EXPECTED.put("GET /api/v1/accidents/{id}",              new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/accidents/{id}",              new int[] {401, 403, 403, 403, 200, 200, 403, 200, 403});
        EXPECTED.put("PATCH /api/v1/accidents/{id}",            new int[] {401, 403, 403, 403, 200, 200, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/accidents/{id}",           new int[] {401, 403, 403, 403, 204, 204, 403, 204, 403});
        EXPECTED.put("GET /api/v1/accidents/{id}/history",      new int[] {401, 403, 403, 403, 403, 200, 403, 200, 403});
        EXPECTED.put("GET /api/v1/accidents/{accidentId}/devices",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/accidents/{accidentId}/devices",
                                                                new int[] {401, 403, 403, 403, 201, 201, 403, 201, 403});
        EXPECTED.put("GET /api/v1/casualties",                  new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/casualties",                 new int[] {401, 403, 403, 403, 201, 201, 403, 201, 403});
        EXPECTED.put("GET /api/v1/casualties/{id}",             new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/casualties/{id}",             new int[] {401, 403, 403, 403, 200, 200, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/casualties/{id}",          new int[] {401, 403, 403, 403, 204, 204, 403, 204, 403});
        EXPECTED.put("GET /api/v1/casualties/{id}/history",     new int[] {401, 403, 403, 403, 403, 200, 403, 200, 403});
        EXPECTED.put("GET /api/v1/casualties/{casualtyId}/personal-data",
                                                                new int[] {401, 403, 403, 403, 403, 200, 403, 200, 403});
        EXPECTED.put("PUT /api/v1/casualties/{casualtyId}/personal-data",
                                                                new int[] {401, 403, 403, 403, 403, 201, 403, 201, 403});
        EXPECTED.put("DELETE /api/v1/casualties/{casualtyId}/personal-data",
                                                                new int[] {401, 403, 403, 403, 403, 204, 403, 204, 403});
        EXPECTED.put("GET /api/v1/casualties/{casualtyId}/assistance",
                                                                new int[] {401, 403, 403, 403, 403, 200, 403, 200, 403});
        EXPECTED.put("POST /api/v1/casualties/{casualtyId}/assistance",
                                                                new int[] {401, 403, 403, 403, 403, 201, 403, 201, 403});
        EXPECTED.put("GET /api/v1/assistance/{id}",             new int[] {401, 403, 403, 403, 403, 200, 403, 200, 403});
        EXPECTED.put("PUT /api/v1/assistance/{id}",             new int[] {401, 403, 403, 403, 403, 200, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/assistance/{id}",          new int[] {401, 403, 403, 403, 403, 204, 403, 204, 403});
        EXPECTED.put("GET /api/v1/field-reports",               new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("POST /api/v1/field-reports",              new int[] {401, 403, 201, 403, 201, 403, 403, 201, 201});
        EXPECTED.put("POST /api/v1/field-reports:batch",        new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /api/v1/field-reports/{id}",          new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("POST /api/v1/field-reports/{id}/approval",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("POST /api/v1/field-reports/{id}/rejection",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("PUT /api/v1/field-reports/{id}/attachments/{name}",
                                                                new int[] {401, 403, 201, 403, 201, 403, 403, 201, 201});
        EXPECTED.put("GET /api/v1/field-reports/{id}/attachments/{name}",
                                                                new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /api/v1/limits",                      new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/casualties",       new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/land-release",     new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/remaining-contamination",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/devices",          new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/risk-education",  new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/non-conformities",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /api/v1/statistics/post-clearance-inspections",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /api/v1/reports/article7",            new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/exports/{collection}",        new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/changes",                     new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/api-keys",                   new int[] {401, 403, 403, 403, 403, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/api-keys",                    new int[] {401, 403, 403, 403, 403, 403, 403, 200, 403});
        EXPECTED.put("GET /api/v1/api-keys/{id}",               new int[] {401, 403, 403, 403, 403, 403, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/api-keys/{id}",            new int[] {401, 403, 403, 403, 403, 403, 403, 204, 403});
        EXPECTED.put("GET /ogc",                                new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/conformance",                    new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/api",                            new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections",                    new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}",     new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}/queryables",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}/items",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /ogc/collections/{collectionId}/items",
                                                                new int[] {401, 403, 403, 403, 201, 403, 403, 201, 403});
        EXPECTED.put("OPTIONS /ogc/collections/{collectionId}/items",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}/items/{featureId}",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /ogc/collections/{collectionId}/items/{featureId}",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("PATCH /ogc/collections/{collectionId}/items/{featureId}",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("DELETE /ogc/collections/{collectionId}/items/{featureId}",
                                                                new int[] {401, 403, 403, 403, 204, 403, 403, 204, 403});
        EXPECTED.put("OPTIONS /ogc/collections/{collectionId}/items/{featureId}",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}/tiles",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}/tiles/{tileMatrixSetId}",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/tileMatrixSets",                 new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/tileMatrixSets/{tileMatrixSetId}",
                                                                new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/tiles",                          new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /ogc/tiles/{tileMatrixSetId}",        new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /openrosa/formList",                  new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /openrosa/forms/{formId}",            new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /openrosa/forms/{formId}/manifest",   new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /openrosa/forms/{formId}/media/{file}",
                                                                new int[] {401, 403, 200, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("HEAD /openrosa/submission",               new int[] {401, 403, 204, 403, 204, 403, 403, 204, 204});
        EXPECTED.put("POST /openrosa/submission",               new int[] {401, 403, 201, 403, 201, 403, 403, 201, 201});
        EXPECTED.put("POST /openrosa/kobo/{formId}",            new int[] {401, 403, 201, 403, 201, 403, 403, 201, 201});
        EXPECTED.put("GET /api/v1/field-forms",                 new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/field-forms/{formId}/xlsform",
                                                                new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("GET /api/v1/field-forms/refused-submissions",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403});
        EXPECTED.put("POST /api/v1/device-credentials",         new int[] {401, 403, 403, 403, 403, 403, 403, 201, 403});
        // Before anyone signs in: how to, and the development sign-in where it is on (the tests' profile).
        EXPECTED.put("GET /api/v1/eore-sessions",               new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/eore-sessions",              new int[] {401, 403, 403, 201, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/eore-sessions/{id}",          new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/eore-sessions/{id}",          new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("PATCH /api/v1/eore-sessions/{id}",        new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/eore-sessions/{id}",       new int[] {401, 403, 403, 204, 204, 403, 403, 204, 403});
        EXPECTED.put("GET /api/v1/eore-sessions/{id}/history",  new int[] {401, 200, 200, 200, 200, 200, 403, 200, 200});
        EXPECTED.put("GET /api/v1/eore-campaigns",              new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/eore-campaigns",             new int[] {401, 403, 403, 201, 201, 403, 403, 201, 403});
        EXPECTED.put("GET /api/v1/eore-campaigns/{id}",         new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/eore-campaigns/{id}",         new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("PATCH /api/v1/eore-campaigns/{id}",       new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403});
        EXPECTED.put("DELETE /api/v1/eore-campaigns/{id}",      new int[] {401, 403, 403, 204, 204, 403, 403, 204, 403});
        EXPECTED.put("GET /api/v1/eore-campaigns/{id}/history", new int[] {401, 200, 200, 200, 200, 200, 403, 200, 200});
        EXPECTED.put("GET /api/v1/monitoring-visits",           new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("POST /api/v1/monitoring-visits",          new int[] {401, 403, 403, 403, 403, 403, 403, 201, 201});
        EXPECTED.put("GET /api/v1/monitoring-visits/{id}",      new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("PUT /api/v1/monitoring-visits/{id}",      new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200});
        EXPECTED.put("PATCH /api/v1/monitoring-visits/{id}",    new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200});
        EXPECTED.put("DELETE /api/v1/monitoring-visits/{id}",   new int[] {401, 403, 403, 403, 403, 403, 403, 204, 204});
        EXPECTED.put("GET /api/v1/monitoring-visits/{id}/history",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("GET /api/v1/post-clearance-inspections",  new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("POST /api/v1/post-clearance-inspections", new int[] {401, 403, 403, 403, 403, 403, 403, 201, 201});
        EXPECTED.put("GET /api/v1/post-clearance-inspections/{id}",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("PUT /api/v1/post-clearance-inspections/{id}",
                                                                new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200});
        EXPECTED.put("PATCH /api/v1/post-clearance-inspections/{id}",
                                                                new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200});
        EXPECTED.put("DELETE /api/v1/post-clearance-inspections/{id}",
                                                                new int[] {401, 403, 403, 403, 403, 403, 403, 204, 204});
        EXPECTED.put("GET /api/v1/post-clearance-inspections/{id}/history",
                                                                new int[] {401, 403, 403, 403, 200, 403, 403, 200, 200});
        EXPECTED.put("PUT /api/v1/organisations/{id}/accreditation-suspension",
                                                                new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200});
        EXPECTED.put("DELETE /api/v1/organisations/{id}/accreditation-suspension",
                                                                new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200});
        EXPECTED.put("GET /app/settings",                       new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /app/development-sign-in",           new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        // Anonymous callers may read no collection unless public read is on: their world tile is empty.
        EXPECTED.put("GET /ogc/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                                                                new int[] {204, 200, 200, 200, 200, 200, 200, 200, 200});
    }

    /** How to call each operation with a valid request, so that only the caller decides the answer. */
    private final Map<String, BiFunction<RequestSpecification, Integer, Response>> requests = Map.ofEntries(
            Map.entry("GET /api/v1/changes", (r, i) -> r.get("/api/v1/changes?limit=5")),
            Map.entry("GET /api/v1/exports/{collection}", (r, i) -> r.get("/api/v1/exports/hazard-areas?q=Matrix")),
            Map.entry("GET /ogc", (r, i) -> r.get("/ogc")),
            Map.entry("GET /ogc/conformance", (r, i) -> r.get("/ogc/conformance")),
            Map.entry("GET /ogc/api", (r, i) -> r.get("/ogc/api")),
            Map.entry("GET /ogc/collections", (r, i) -> r.get("/ogc/collections")),
            Map.entry("GET /ogc/collections/{collectionId}", (r, i) -> r.get(OGC_HAZARDS)),
            Map.entry("GET /ogc/collections/{collectionId}/queryables", (r, i) -> r.get(OGC_HAZARDS + "/queryables")),
            Map.entry("GET /ogc/collections/{collectionId}/items", (r, i) -> r.get(OGC_HAZARDS + "/items")),
            Map.entry("POST /ogc/collections/{collectionId}/items", (r, i) -> r.contentType("application/geo+json")
                    .body(hazard("Matrix OGC " + i, square(70 + i * 0.02, 40, 0.01))).post(OGC_HAZARDS + "/items")),
            Map.entry("OPTIONS /ogc/collections/{collectionId}/items", (r, i) -> r.options(OGC_HAZARDS + "/items")),
            Map.entry("GET /ogc/collections/{collectionId}/items/{featureId}",
                    (r, i) -> r.get(OGC_HAZARDS + "/items/" + hazardArea(i))),
            Map.entry("PUT /ogc/collections/{collectionId}/items/{featureId}", (r, i) -> r
                    .contentType("application/geo+json").body(hazard("Matrix OGC put", square(71 + i * 0.02, 40, 0.01)))
                    .put(OGC_HAZARDS + "/items/" + hazardArea(i))),
            Map.entry("PATCH /ogc/collections/{collectionId}/items/{featureId}", (r, i) -> r
                    .contentType("application/merge-patch+json").body(Map.of("properties", Map.of("priority", "LOW")))
                    .patch(OGC_HAZARDS + "/items/" + hazardArea(i))),
            Map.entry("DELETE /ogc/collections/{collectionId}/items/{featureId}",
                    (r, i) -> r.delete(OGC_HAZARDS + "/items/" + hazardArea(i))),
            Map.entry("OPTIONS /ogc/collections/{collectionId}/items/{featureId}",
                    (r, i) -> r.options(OGC_HAZARDS + "/items/" + hazardArea(i))),
            Map.entry("GET /ogc/collections/{collectionId}/tiles", (r, i) -> r.get(OGC_HAZARDS + "/tiles")),
            Map.entry("GET /ogc/collections/{collectionId}/tiles/{tileMatrixSetId}",
                    (r, i) -> r.get(OGC_HAZARDS + "/tiles/WebMercatorQuad")),
            Map.entry("GET /ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                    (r, i) -> r.get(OGC_HAZARDS + "/tiles/WebMercatorQuad/0/0/0")),
            Map.entry("GET /ogc/tileMatrixSets", (r, i) -> r.get("/ogc/tileMatrixSets")),
            Map.entry("GET /ogc/tileMatrixSets/{tileMatrixSetId}", (r, i) -> r.get("/ogc/tileMatrixSets/WebMercatorQuad")),
            Map.entry("GET /ogc/tiles", (r, i) -> r.get("/ogc/tiles")),
            Map.entry("GET /ogc/tiles/{tileMatrixSetId}", (r, i) -> r.get("/ogc/tiles/WebMercatorQuad")),
            Map.entry("GET /ogc/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                    (r, i) -> r.get("/ogc/tiles/WebMercatorQuad/0/0/0")),
            Map.entry("GET /api/v1/hazard-areas", (r, i) -> r.get("/api/v1/hazard-areas")),
            Map.entry("POST /api/v1/hazard-areas", (r, i) -> r.contentType("application/geo+json")
                    .body(hazard("Matrix " + i, square(70 + i * 0.02, 40, 0.01))).post("/api/v1/hazard-areas")),
            Map.entry("GET /api/v1/hazard-areas/{id}", (r, i) -> r.get("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("PUT /api/v1/hazard-areas/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(hazard("Matrix put", square(71 + i * 0.02, 40, 0.01)))
                    .put("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("PATCH /api/v1/hazard-areas/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("priority", "LOW")))
                    .patch("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("DELETE /api/v1/hazard-areas/{id}", (r, i) -> r.delete("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("GET /api/v1/hazard-areas/{id}/history",
                    (r, i) -> r.get("/api/v1/hazard-areas/" + hazardArea(i) + "/history")),
            Map.entry("POST /api/v1/api-keys", (r, i) -> r.contentType("application/json")
                    .body(Map.of("name", "Matrix", "organisation", Organisations.BRAVO, "roles", List.of("partner")))
                    .post("/api/v1/api-keys")),
            Map.entry("GET /api/v1/api-keys", (r, i) -> r.get("/api/v1/api-keys")),
            Map.entry("GET /api/v1/api-keys/{id}", (r, i) -> r.get("/api/v1/api-keys/" + apiKey())),
            Map.entry("DELETE /api/v1/api-keys/{id}", (r, i) -> r.delete("/api/v1/api-keys/" + apiKey())),
            Map.entry("GET /api/v1/hazard-areas/{hazardAreaId}/land-release",
                    (r, i) -> r.get("/api/v1/hazard-areas/" + hazardArea(i) + "/land-release")),
            Map.entry("GET /api/v1/hazard-areas/{hazardAreaId}/devices",
                    (r, i) -> r.get("/api/v1/hazard-areas/" + hazardArea(i) + "/devices")),
            Map.entry("POST /api/v1/hazard-areas/{hazardAreaId}/devices", (r, i) -> {
                Map<String, Object> device = device(72 + i * 0.02 + 0.001, 41.001, "UXO", 1);
                properties(device).put("reportingOrganisationId", Tokens.ORGANISATION);
                return r.contentType("application/geo+json").body(device)
                        .post("/api/v1/hazard-areas/" + hazardArea(i) + "/devices");
            }),
            Map.entry("GET /api/v1/activities", (r, i) -> r.get("/api/v1/activities")),
            Map.entry("POST /api/v1/activities", (r, i) -> r.contentType("application/geo+json")
                    .body(activity("Matrix " + i, "CLEARANCE", Tokens.ORGANISATION, hazardArea(i)))
                    .post("/api/v1/activities")),
            Map.entry("GET /api/v1/activities/{id}", (r, i) -> r.get("/api/v1/activities/" + activityOn(i))),
            Map.entry("PUT /api/v1/activities/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(activity("Matrix put", "CLEARANCE", Tokens.ORGANISATION, hazardArea(i)))
                    .put("/api/v1/activities/" + activityOn(i))),
            Map.entry("PATCH /api/v1/activities/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("team", "Team 2")))
                    .patch("/api/v1/activities/" + activityOn(i))),
            Map.entry("DELETE /api/v1/activities/{id}", (r, i) -> r.delete("/api/v1/activities/" + activityOn(i))),
            Map.entry("GET /api/v1/activities/{id}/history",
                    (r, i) -> r.get("/api/v1/activities/" + activityOn(i) + "/history")),
            Map.entry("GET /api/v1/activities/{activityId}/land-release",
                    (r, i) -> r.get("/api/v1/activities/" + activityOn(i) + "/land-release")),
            Map.entry("POST /api/v1/activities/{activityId}/land-release", (r, i) -> {
                String hazard = hazardArea(i);
                return r.contentType("application/geo+json")
                        .body(release(hazard, "CLEARED", square(72 + i * 0.02, 41, 0.005)))
                        .post("/api/v1/activities/" + activityWorkingOn(hazard) + "/land-release");
            }),
            Map.entry("GET /api/v1/activities/{activityId}/devices",
                    (r, i) -> r.get("/api/v1/activities/" + activityOn(i) + "/devices")),
            Map.entry("POST /api/v1/activities/{activityId}/devices", (r, i) -> r.contentType("application/geo+json")
                    .body(device(72 + i * 0.02 + 0.001, 41.001, "UXO", 1))
                    .post("/api/v1/activities/" + activityOn(i) + "/devices")),
            Map.entry("GET /api/v1/land-release/{id}", (r, i) -> r.get("/api/v1/land-release/" + landRelease(i))),
            Map.entry("POST /api/v1/land-release/{id}/void", (r, i) -> r.contentType("application/json")
                    .body(Map.of("reason", "Matrix")).post("/api/v1/land-release/" + landRelease(i) + "/void")),
            Map.entry("GET /api/v1/device-findings/{id}", (r, i) -> r.get("/api/v1/device-findings/" + deviceFinding(i))),
            Map.entry("PUT /api/v1/device-findings/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(device(72 + i * 0.02 + 0.002, 41.002, "UXO", 2))
                    .put("/api/v1/device-findings/" + deviceFinding(i))),
            Map.entry("DELETE /api/v1/device-findings/{id}",
                    (r, i) -> r.delete("/api/v1/device-findings/" + deviceFinding(i))),
            Map.entry("GET /api/v1/accidents", (r, i) -> r.get("/api/v1/accidents")),
            Map.entry("POST /api/v1/accidents", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixAccident(i)).post("/api/v1/accidents")),
            Map.entry("GET /api/v1/accidents/{id}", (r, i) -> r.get("/api/v1/accidents/" + accident(i))),
            Map.entry("PUT /api/v1/accidents/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixAccident(i)).put("/api/v1/accidents/" + accident(i))),
            Map.entry("PATCH /api/v1/accidents/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("cause", "Ploughing"))).patch("/api/v1/accidents/" + accident(i))),
            Map.entry("DELETE /api/v1/accidents/{id}", (r, i) -> r.delete("/api/v1/accidents/" + accident(i))),
            Map.entry("GET /api/v1/accidents/{id}/history",
                    (r, i) -> r.get("/api/v1/accidents/" + accident(i) + "/history")),
            Map.entry("GET /api/v1/accidents/{accidentId}/devices",
                    (r, i) -> r.get("/api/v1/accidents/" + accident(i) + "/devices")),
            Map.entry("POST /api/v1/accidents/{accidentId}/devices", (r, i) -> r.contentType("application/geo+json")
                    .body(device(72 + i * 0.02, 41, "AP_MINE", 1)).post("/api/v1/accidents/" + accident(i) + "/devices")),
            Map.entry("GET /api/v1/casualties", (r, i) -> r.get("/api/v1/casualties")),
            Map.entry("POST /api/v1/casualties", (r, i) -> r.contentType("application/json")
                    .body(matrixCasualty(accident(i))).post("/api/v1/casualties")),
            Map.entry("GET /api/v1/casualties/{id}", (r, i) -> r.get("/api/v1/casualties/" + casualty(i))),
            Map.entry("PUT /api/v1/casualties/{id}", (r, i) -> {
                String accident = accident(i);
                return r.contentType("application/json").body(matrixCasualty(accident))
                        .put("/api/v1/casualties/" + casualtyOf(accident));
            }),
            Map.entry("DELETE /api/v1/casualties/{id}", (r, i) -> r.delete("/api/v1/casualties/" + casualty(i))),
            Map.entry("GET /api/v1/casualties/{id}/history",
                    (r, i) -> r.get("/api/v1/casualties/" + casualty(i) + "/history")),
            Map.entry("GET /api/v1/casualties/{casualtyId}/personal-data",
                    (r, i) -> r.get("/api/v1/casualties/" + casualtyWithPersonalData(i) + "/personal-data")),
            Map.entry("PUT /api/v1/casualties/{casualtyId}/personal-data", (r, i) -> r.contentType("application/json")
                    .body(Map.of("name", "Matrix person")).put("/api/v1/casualties/" + casualty(i) + "/personal-data")),
            Map.entry("DELETE /api/v1/casualties/{casualtyId}/personal-data",
                    (r, i) -> r.delete("/api/v1/casualties/" + casualtyWithPersonalData(i) + "/personal-data")),
            Map.entry("GET /api/v1/casualties/{casualtyId}/assistance",
                    (r, i) -> r.get("/api/v1/casualties/" + casualty(i) + "/assistance")),
            Map.entry("POST /api/v1/casualties/{casualtyId}/assistance", (r, i) -> r.contentType("application/json")
                    .body(Map.of("type", "EDUCATION", "status", "NEEDED"))
                    .post("/api/v1/casualties/" + casualty(i) + "/assistance")),
            Map.entry("GET /api/v1/assistance/{id}", (r, i) -> r.get("/api/v1/assistance/" + assistance(i))),
            Map.entry("PUT /api/v1/assistance/{id}", (r, i) -> r.contentType("application/json")
                    .body(Map.of("type", "EDUCATION", "status", "PROVIDED")).put("/api/v1/assistance/" + assistance(i))),
            Map.entry("DELETE /api/v1/assistance/{id}", (r, i) -> r.delete("/api/v1/assistance/" + assistance(i))),
            Map.entry("GET /api/v1/statistics/casualties", (r, i) -> r.get("/api/v1/statistics/casualties")),
            Map.entry("GET /api/v1/statistics/land-release", (r, i) -> r.get("/api/v1/statistics/land-release")),
            Map.entry("GET /api/v1/statistics/remaining-contamination",
                    (r, i) -> r.get("/api/v1/statistics/remaining-contamination")),
            Map.entry("GET /api/v1/statistics/devices", (r, i) -> r.get("/api/v1/statistics/devices")),
            Map.entry("GET /api/v1/statistics/risk-education", (r, i) -> r.get("/api/v1/statistics/risk-education")),
            Map.entry("GET /api/v1/statistics/non-conformities",
                    (r, i) -> r.get("/api/v1/statistics/non-conformities")),
            Map.entry("GET /api/v1/statistics/post-clearance-inspections",
                    (r, i) -> r.get("/api/v1/statistics/post-clearance-inspections")),
            Map.entry("GET /api/v1/reports/article7", (r, i) -> r.get("/api/v1/reports/article7?year=2026")),
            Map.entry("GET /api/v1/field-reports", (r, i) -> r.get("/api/v1/field-reports")),
            Map.entry("PUT /api/v1/field-reports/{id}/attachments/{name}", (r, i) -> r.contentType("application/pdf")
                    .body(matrixFile(i)).put(attachmentOf(fieldReportExpecting(i)))),
            Map.entry("GET /api/v1/field-reports/{id}/attachments/{name}", (r, i) -> {
                String attachment = attachmentOf(fieldReportExpecting(i));
                as("admin").contentType("application/pdf").body(matrixFile(i)).when().put(attachment)
                        .then().statusCode(201);
                return r.get(attachment);
            }),
            Map.entry("GET /api/v1/limits", (r, i) -> r.get("/api/v1/limits")),
            Map.entry("GET /openrosa/formList", (r, i) -> r.get("/openrosa/formList")),
            Map.entry("GET /openrosa/forms/{formId}", (r, i) -> r.get("/openrosa/forms/cairn-hazard-survey")),
            Map.entry("GET /openrosa/forms/{formId}/manifest",
                    (r, i) -> r.get("/openrosa/forms/cairn-device-finding/manifest")),
            Map.entry("GET /openrosa/forms/{formId}/media/{file}",
                    (r, i) -> r.get("/openrosa/forms/cairn-device-finding/media/ordnance.csv")),
            Map.entry("HEAD /openrosa/submission", (r, i) -> r.head("/openrosa/submission")),
            Map.entry("POST /openrosa/submission", (r, i) -> r.multiPart("xml_submission_file", "submission.xml",
                    FieldSubmissions.hazardSurvey(i), "text/xml").post("/openrosa/submission")),
            Map.entry("POST /openrosa/kobo/{formId}", (r, i) -> r.contentType("application/json")
                    .body(FieldSubmissions.koboHazardSurvey(i)).post("/openrosa/kobo/cairn-hazard-survey")),
            Map.entry("GET /api/v1/field-forms", (r, i) -> r.get("/api/v1/field-forms")),
            Map.entry("GET /api/v1/field-forms/{formId}/xlsform",
                    (r, i) -> r.get("/api/v1/field-forms/cairn-accident/xlsform")),
            Map.entry("GET /api/v1/field-forms/refused-submissions",
                    (r, i) -> r.get("/api/v1/field-forms/refused-submissions")),
            Map.entry("GET /api/v1/eore-sessions", (r, i) -> r.get("/api/v1/eore-sessions")),
            Map.entry("POST /api/v1/eore-sessions", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixSession(i)).post("/api/v1/eore-sessions")),
            Map.entry("GET /api/v1/eore-sessions/{id}", (r, i) -> r.get("/api/v1/eore-sessions/" + eoreSession(i))),
            Map.entry("PUT /api/v1/eore-sessions/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixSession(i)).put("/api/v1/eore-sessions/" + eoreSession(i))),
            Map.entry("PATCH /api/v1/eore-sessions/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("staffCount", 3))).patch("/api/v1/eore-sessions/" + eoreSession(i))),
            Map.entry("DELETE /api/v1/eore-sessions/{id}", (r, i) -> r.delete("/api/v1/eore-sessions/" + eoreSession(i))),
            Map.entry("GET /api/v1/eore-sessions/{id}/history",
                    (r, i) -> r.get("/api/v1/eore-sessions/" + eoreSession(i) + "/history")),
            Map.entry("GET /api/v1/eore-campaigns", (r, i) -> r.get("/api/v1/eore-campaigns")),
            Map.entry("POST /api/v1/eore-campaigns", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixCampaign(i)).post("/api/v1/eore-campaigns")),
            Map.entry("GET /api/v1/eore-campaigns/{id}", (r, i) -> r.get("/api/v1/eore-campaigns/" + campaign(i))),
            Map.entry("PUT /api/v1/eore-campaigns/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixCampaign(i)).put("/api/v1/eore-campaigns/" + campaign(i))),
            Map.entry("PATCH /api/v1/eore-campaigns/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("estimatedReach", 7))).patch("/api/v1/eore-campaigns/" + campaign(i))),
            Map.entry("DELETE /api/v1/eore-campaigns/{id}", (r, i) -> r.delete("/api/v1/eore-campaigns/" + campaign(i))),
            Map.entry("GET /api/v1/eore-campaigns/{id}/history",
                    (r, i) -> r.get("/api/v1/eore-campaigns/" + campaign(i) + "/history")),
            Map.entry("GET /api/v1/monitoring-visits", (r, i) -> r.get("/api/v1/monitoring-visits")),
            Map.entry("POST /api/v1/monitoring-visits", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixVisit(activityOn(i))).post("/api/v1/monitoring-visits")),
            Map.entry("GET /api/v1/monitoring-visits/{id}", (r, i) -> r.get("/api/v1/monitoring-visits/" + visit(i))),
            Map.entry("PUT /api/v1/monitoring-visits/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixVisit(activityOn(i))).put("/api/v1/monitoring-visits/" + visit(i))),
            Map.entry("PATCH /api/v1/monitoring-visits/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("summary", "Matrix"))).patch("/api/v1/monitoring-visits/" + visit(i))),
            Map.entry("DELETE /api/v1/monitoring-visits/{id}", (r, i) -> r.delete("/api/v1/monitoring-visits/" + visit(i))),
            Map.entry("GET /api/v1/monitoring-visits/{id}/history",
                    (r, i) -> r.get("/api/v1/monitoring-visits/" + visit(i) + "/history")),
            Map.entry("GET /api/v1/post-clearance-inspections", (r, i) -> r.get("/api/v1/post-clearance-inspections")),
            Map.entry("POST /api/v1/post-clearance-inspections", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixInspection(landRelease(i))).post("/api/v1/post-clearance-inspections")),
            Map.entry("GET /api/v1/post-clearance-inspections/{id}",
                    (r, i) -> r.get("/api/v1/post-clearance-inspections/" + inspection(i))),
            Map.entry("PUT /api/v1/post-clearance-inspections/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixInspection(landRelease(i))).put("/api/v1/post-clearance-inspections/" + inspection(i))),
            Map.entry("PATCH /api/v1/post-clearance-inspections/{id}", (r, i) -> r
                    .contentType("application/merge-patch+json").body(Map.of("properties", Map.of("notes", "Matrix")))
                    .patch("/api/v1/post-clearance-inspections/" + inspection(i))),
            Map.entry("DELETE /api/v1/post-clearance-inspections/{id}",
                    (r, i) -> r.delete("/api/v1/post-clearance-inspections/" + inspection(i))),
            Map.entry("GET /api/v1/post-clearance-inspections/{id}/history",
                    (r, i) -> r.get("/api/v1/post-clearance-inspections/" + inspection(i) + "/history")),
            Map.entry("PUT /api/v1/organisations/{id}/accreditation-suspension", (r, i) -> r
                    .contentType("application/json").body(Map.of("activityTypes", List.of("TS"), "since", "2026-11-22",
                            "reason", "Matrix"))
                    .put("/api/v1/organisations/" + organisation(i) + "/accreditation-suspension")),
            Map.entry("DELETE /api/v1/organisations/{id}/accreditation-suspension",
                    (r, i) -> r.delete("/api/v1/organisations/" + organisation(i) + "/accreditation-suspension")),
            Map.entry("GET /app/settings", (r, i) -> r.get("/app/settings")),
            Map.entry("POST /app/development-sign-in", (r, i) -> r.contentType("application/json")
                    .body(Map.of("role", "viewer", "organisation", Organisations.BRAVO)).post("/app/development-sign-in")),
            Map.entry("POST /api/v1/device-credentials", (r, i) -> r.contentType("application/json")
                    .body(Map.of("name", "Matrix tablet " + i, "organisation", Organisations.BRAVO))
                    .post("/api/v1/device-credentials")),
            Map.entry("POST /api/v1/field-reports", (r, i) -> r.contentType("application/json")
                    .body(matrixReport(i)).post("/api/v1/field-reports")),
            Map.entry("POST /api/v1/field-reports:batch", (r, i) -> r.contentType("application/json")
                    .body(Map.of("reports", List.of(matrixReport(i)))).post("/api/v1/field-reports:batch")),
            Map.entry("GET /api/v1/field-reports/{id}", (r, i) -> r.get("/api/v1/field-reports/" + fieldReport(i))),
            Map.entry("POST /api/v1/field-reports/{id}/approval", (r, i) -> r.contentType("application/json")
                    .body(Map.of("decisions", List.of())).post("/api/v1/field-reports/" + fieldReport(i) + "/approval")),
            Map.entry("POST /api/v1/field-reports/{id}/rejection", (r, i) -> r.contentType("application/json")
                    .body(Map.of("reason", "Matrix")).post("/api/v1/field-reports/" + fieldReport(i) + "/rejection")),
            Map.entry("GET /api/v1/organisations", (r, i) -> r.get("/api/v1/organisations")),
            Map.entry("POST /api/v1/organisations", (r, i) -> r.contentType("application/json")
                    .body(Map.of("name", "Matrix organisation " + i, "type", "NGO")).post("/api/v1/organisations")),
            Map.entry("GET /api/v1/organisations/{id}", (r, i) -> r.get("/api/v1/organisations/" + Organisations.BRAVO)),
            Map.entry("PUT /api/v1/organisations/{id}", (r, i) -> r.contentType("application/json")
                    .body(Map.of("name", "Bravo Clearance", "acronym", "BRAVO", "type", "COMMERCIAL",
                            "accreditation", Map.of("activityTypes", List.of("TS", "CLEARANCE", "BAC"))))
                    .put("/api/v1/organisations/" + Organisations.BRAVO)),
            Map.entry("GET /api/v1/admin-areas", (r, i) -> r.get("/api/v1/admin-areas?level=0")),
            Map.entry("GET /api/v1/admin-areas/{pcode}", (r, i) -> {
                AdminAreas.finished(adminAreaImport(i));
                return r.get("/api/v1/admin-areas/RM" + i);
            }),
            Map.entry("POST /api/v1/admin-areas:import", (r, i) -> r.contentType("application/geo+json")
                    .body(matrixAreas(i)).post(AdminAreas.IMPORT + "?level=0")),
            Map.entry("GET /api/v1/jobs/{id}", (r, i) -> r.get("/api/v1/jobs/" + adminAreaImport(i))),
            Map.entry("GET /api/v1/ordnance-types", (r, i) -> r.get("/api/v1/ordnance-types")),
            Map.entry("POST /api/v1/ordnance-types", (r, i) -> r.contentType("application/json")
                    .body(Map.of("category", "UXO", "model", "Matrix model " + i)).post("/api/v1/ordnance-types")),
            Map.entry("GET /api/v1/ordnance-types/{id}", (r, i) -> r.get("/api/v1/ordnance-types/" + PMN_2)),
            Map.entry("PUT /api/v1/ordnance-types/{id}", (r, i) -> r.contentType("application/json")
                    .body(Map.of("category", "AP_MINE", "subCategory", "blast", "model", "PMN-2",
                            "description", "Soviet blast anti-personnel mine, plastic body"))
                    .put("/api/v1/ordnance-types/" + PMN_2)));

    @Test
    void everyDocumentedOperationHasARule() {
        Map<String, Map<String, Object>> paths = anonymous().when().get("/q/openapi?format=json")
                .then().extract().path("paths");
        TreeSet<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        assertEquals(documented, new TreeSet<>(EXPECTED.keySet()), "the table must name every operation");
        assertEquals(documented, new TreeSet<>(requests.keySet()), "every operation needs a sample request");
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        int sample = 0;
        for (Map.Entry<String, int[]> row : EXPECTED.entrySet()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                RequestSpecification request = caller.equals("anonymous") ? anonymous() : as(caller);
                int status = requests.get(row.getKey()).apply(request.when(), sample++).statusCode();
                if (status != row.getValue()[c]) {
                    mismatches.add(row.getKey() + " as " + caller + ": " + status + ", expected " + row.getValue()[c]);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /** A country of its own far from every record, so that placing items again moves none. */
    private static Map<String, Object> matrixAreas(int sample) {
        return AdminAreas.collection(AdminAreas.area(0, "RM" + sample, "Matrix country " + sample, null,
                AdminAreas.box(-170 + sample * 0.02, -60, -170 + sample * 0.02 + 0.01, -59.99)));
    }

    private static String adminAreaImport(int sample) {
        return as("admin").contentType("application/geo+json").body(matrixAreas(sample))
                .when().post(AdminAreas.IMPORT + "?level=0").then().statusCode(202).extract().path("id");
    }

    /** A fresh hazard area of the callers' own organisation, so that scoping never decides here. */
    private static String hazardArea(int sample) {
        return as("admin").contentType("application/geo+json")
                .body(hazard("Matrix target " + sample, square(72 + sample * 0.02, 41, 0.01)))
                .when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");
    }

    /** An activity of the callers' organisation working on a fresh hazard area. */
    private static String activityOn(int sample) {
        return activityWorkingOn(hazardArea(sample));
    }

    private static String activityWorkingOn(String hazardArea) {
        return as("admin").contentType("application/geo+json")
                .body(activity("Matrix target", "CLEARANCE", Tokens.ORGANISATION, hazardArea))
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    private static String landRelease(int sample) {
        String hazard = hazardArea(sample);
        return as("admin").contentType("application/geo+json")
                .body(release(hazard, "CLEARED", square(72 + sample * 0.02, 41, 0.005)))
                .when().post("/api/v1/activities/" + activityWorkingOn(hazard) + "/land-release")
                .then().statusCode(201).extract().path("id");
    }

    private static String deviceFinding(int sample) {
        return as("admin").contentType("application/geo+json").body(device(72 + sample * 0.02 + 0.001, 41.001, "UXO", 1))
                .when().post("/api/v1/activities/" + activityOn(sample) + "/devices")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> matrixAccident(int sample) {
        Map<String, Object> accident = Features.accident("MINE", 72 + sample * 0.02, 41);
        properties(accident).put("reportingOrganisationId", Tokens.ORGANISATION);
        return accident;
    }

    private static Map<String, Object> matrixCasualty(String accident) {
        Map<String, Object> casualty = Features.casualty(accident, "INJURED", "MALE", 30);
        casualty.put("reportingOrganisationId", Tokens.ORGANISATION);
        return casualty;
    }

    /** A field report of the callers' organisation with one new hazard area. */
    private static Map<String, Object> matrixReport(int sample) {
        return FieldReports.report(Tokens.ORGANISATION, FieldReports.newRecord("HAZARD_AREA",
                hazard("Matrix report " + sample, square(74 + sample * 0.02, 42, 0.01))));
    }

    private static byte[] matrixFile(int sample) {
        return ("%PDF-1.7 matrix " + sample).getBytes(StandardCharsets.US_ASCII);
    }

    /** A field report of the callers' organisation that announces {@link #matrixFile}. */
    private static String fieldReportExpecting(int sample) {
        return as("admin").contentType("application/json")
                .body(FieldReports.withAttachment(matrixReport(sample), "matrix.pdf", matrixFile(sample)))
                .when().post("/api/v1/field-reports").then().statusCode(201).extract().path("reportId");
    }

    private static String attachmentOf(String report) {
        return "/api/v1/field-reports/" + report + "/attachments/matrix.pdf";
    }

    private static String fieldReport(int sample) {
        return as("admin").contentType("application/json").body(matrixReport(sample))
                .when().post("/api/v1/field-reports").then().statusCode(201).extract().path("reportId");
    }

    /** An accident of the callers' organisation, so that scoping never decides here. */
    private static String accident(int sample) {
        return as("admin").contentType("application/geo+json").body(matrixAccident(sample))
                .when().post("/api/v1/accidents").then().statusCode(201).extract().path("id");
    }

    /** A casualty who consented to share with everyone, so that consent never decides here. */
    private static String casualty(int sample) {
        return casualtyOf(accident(sample));
    }

    private static String casualtyOf(String accident) {
        return as("admin").contentType("application/json").body(matrixCasualty(accident))
                .when().post("/api/v1/casualties").then().statusCode(201).extract().path("id");
    }

    private static String casualtyWithPersonalData(int sample) {
        String casualty = casualty(sample);
        as("admin").contentType("application/json").body(Map.of("name", "Matrix person"))
                .when().put("/api/v1/casualties/" + casualty + "/personal-data").then().statusCode(201);
        return casualty;
    }

    private static String assistance(int sample) {
        return as("admin").contentType("application/json").body(Map.of("type", "EDUCATION", "status", "NEEDED"))
                .when().post("/api/v1/casualties/" + casualty(sample) + "/assistance").then().statusCode(201)
                .extract().path("id");
    }

    private static String apiKey() {
        return as("admin").contentType("application/json")
                .body(Map.of("name", "Matrix target", "organisation", Organisations.BRAVO, "roles", List.of("viewer")))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> matrixSession(int sample) {
        return Features.eoreSession(75 + sample * 0.02, 43, Tokens.ORGANISATION, 1, 2, 3, 4);
    }

    private static String eoreSession(int sample) {
        return as("admin").contentType("application/geo+json").body(matrixSession(sample))
                .when().post("/api/v1/eore-sessions").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> matrixCampaign(int sample) {
        return Map.of("type", "Feature", "properties", Map.of("name", "Matrix campaign " + sample, "media",
                List.of("RADIO"), "startDate", "2026-06-01", "estimatedReach", 1000, "reportingOrganisationId",
                Tokens.ORGANISATION, "dateOfInformation", "2026-09-01"));
    }

    private static String campaign(int sample) {
        return as("admin").contentType("application/geo+json").body(matrixCampaign(sample))
                .when().post("/api/v1/eore-campaigns").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> matrixVisit(String activity) {
        return Map.of("type", "Feature", "properties", Map.of("activityId", activity, "date", "2026-11-20",
                "inspector", "Matrix inspector", "reportingOrganisationId", Organisations.AUTHORITY,
                "dateOfInformation", "2026-11-20"));
    }

    private static String visit(int sample) {
        return as("admin").contentType("application/geo+json").body(matrixVisit(activityOn(sample)))
                .when().post("/api/v1/monitoring-visits").then().statusCode(201).extract().path("id");
    }

    /** A passed inspection, which may be deleted and changed. */
    private static Map<String, Object> matrixInspection(String landRelease) {
        return Map.of("type", "Feature", "properties", Map.of("landReleaseId", landRelease, "date", "2026-11-25",
                "inspector", "Matrix inspector", "sampledAreaM2", 100, "itemsFound", 0, "result", "PASS",
                "reportingOrganisationId", Organisations.AUTHORITY, "dateOfInformation", "2026-11-25"));
    }

    private static String inspection(int sample) {
        return as("admin").contentType("application/geo+json").body(matrixInspection(landRelease(sample)))
                .when().post("/api/v1/post-clearance-inspections").then().statusCode(201).extract().path("id");
    }

    /** An organisation of its own, so that suspending it flags no other test's activities. */
    private static String organisation(int sample) {
        return as("admin").contentType("application/json").body(Map.of("name", "Matrix suspended " + sample
                + " " + System.nanoTime(), "type", "NGO", "accreditation", Map.of("activityTypes", List.of("TS"))))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }
}
