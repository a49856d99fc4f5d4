package org.cairn.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Freshness;
import org.cairn.feature.Catalogue;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureStore;
import org.cairn.feature.FeatureType;
import org.cairn.feature.PageLinks;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.StoredFeature;
import org.cairn.feature.Written;
import org.cairn.geo.ContentCrs;
import org.cairn.geo.Crs;
import org.cairn.hazard.HazardAreaService;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.MediaTypes;
import org.cairn.web.Names;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.Uuids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Features of OGC API collections: the same query path, rules and roles as /api/v1, with OGC's
 * parameters, CRS handling and links; and Part 4 writes on hazard areas through the same service.
 */
@Path("/ogc/collections/{collectionId}/items")
@Tag(name = "OGC API")
public class OgcItemsResource {

    @Inject Catalogue collections;
    @Inject FeatureStore features;
    @Inject HazardAreaService hazardAreas;
    @Inject OgcWrites writes;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API features", description = "Parameters as declared per collection in /ogc/api.")
    @APIResponse(responseCode = "200", description = "A page of features.",
            content = @Content(mediaType = MediaTypes.GEO_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response items(@PathParam("collectionId") String collectionId, @Context UriInfo uri) {
        ServedCollection collection = collections.find(collectionId, caller);
        FeatureType type = collection.type(caller.hasSensitiveDataPermission());
        FeatureQuery query = OgcItemsQuery.parse(collection, type, caller.featureAccess(), uri.getQueryParameters(),
                FeatureEndpoint.OGC_ITEMS);
        Long matched = query.after() == null ? features.count(type, query, caller.featureAccess()) : null;
        String mediaType = mediaType(uri);
        String self = uri.getRequestUri().toString();
        String alternateType = mediaType.equals(MediaTypes.GEO_JSON) ? MediaType.APPLICATION_JSON : MediaTypes.GEO_JSON;
        String alternate = uri.getRequestUriBuilder().replaceQueryParam("f",
                alternateType.equals(MediaTypes.GEO_JSON) ? "geojson" : "json").build().toString();
        PageLinks links = new PageLinks(self, mediaType,
                cursor -> uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build().toString(),
                List.of(new PageLinks.Link("alternate", alternateType, alternate),
                        new PageLinks.Link("collection", MediaType.APPLICATION_JSON,
                                OgcLinks.href(uri, "collections/" + collectionId))),
                matched);
        return Response.ok(features.page(type, query, caller.featureAccess(), links, Freshness.MAY_LAG), mediaType)
                .header(ContentCrs.HEADER, ContentCrs.of(query.crs())).build();
    }

    @GET
    @Path("{featureId}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API feature", description = "With an ETag; If-None-Match gives 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The feature.",
            content = @Content(mediaType = MediaTypes.GEO_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response item(@PathParam("collectionId") String collectionId, @PathParam("featureId") String featureId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        ServedCollection collection = collections.find(collectionId, caller);
        Crs crs = FeatureQuery.crs(OgcParameters.only(uri, "crs", "f"), "crs");
        StoredFeature feature = stored(collection, featureId, crs, uri);
        String etag = Preconditions.etag(feature.version());
        if (Preconditions.notModified(ifNoneMatch, feature.version())) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(feature.json(), mediaType(uri)).header(HttpHeaders.ETAG, etag)
                .header(ContentCrs.HEADER, ContentCrs.of(crs)).build();
    }

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "OGC API Part 4: record a feature", description = "Hazard areas only, through the same "
            + "rules as /api/v1; Content-Crs names the body's CRS when it is not CRS84.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.")
    public Response create(@PathParam("collectionId") String collectionId,
            @HeaderParam(ContentCrs.HEADER) String contentCrs, InputStream body, @Context UriInfo uri) {
        writable(collectionId);
        Written written = hazardAreas.create(writes.toCrs84(writes.asServed(bodies.readTree(body)), contentCrs));
        URI location = URI.create(OgcLinks.href(uri, "collections/" + collectionId + "/items/" + written.id()));
        StoredFeature stored = stored(collections.find(collectionId, caller), written.id().toString(), Crs.CRS84, uri);
        return (written.created() ? Response.created(location) : Response.ok()).entity(stored.json())
                .type(MediaTypes.GEO_JSON).header(HttpHeaders.ETAG, Preconditions.etag(stored.version())).build();
    }

    @PUT
    @Path("{featureId}")
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "OGC API Part 4: replace a feature", description = "If-Match is optional (QGIS sends none) "
            + "and honoured when sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Replaced.")
    public Response replace(@PathParam("collectionId") String collectionId, @PathParam("featureId") String featureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(ContentCrs.HEADER) String contentCrs,
            InputStream body, @Context UriInfo uri) {
        writable(collectionId);
        hazardAreas.replace(id(featureId), ifMatch, writes.toCrs84(writes.asServed(bodies.readTree(body)),
                contentCrs));
        return changed(collectionId, featureId, uri);
    }

    @PATCH
    @Path("{featureId}")
    @Consumes({MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "OGC API Part 4: change part of a feature", description = "A JSON merge patch.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed.")
    public Response patch(@PathParam("collectionId") String collectionId, @PathParam("featureId") String featureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(ContentCrs.HEADER) String contentCrs,
            InputStream body, @Context UriInfo uri) {
        writable(collectionId);
        hazardAreas.patch(id(featureId), ifMatch, writes.toCrs84(bodies.readTree(body), contentCrs));
        return changed(collectionId, featureId, uri);
    }

    @DELETE
    @Path("{featureId}")
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "OGC API Part 4: delete a feature")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("collectionId") String collectionId, @PathParam("featureId") String featureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        writable(collectionId);
        hazardAreas.delete(id(featureId), ifMatch);
        return Response.noContent().build();
    }

    @OPTIONS
    @Requires(Access.READ_METADATA)
    @Operation(summary = "What this caller may do with the features", description = "Allow lists the methods; "
            + "QGIS reads it to know whether a layer is editable.")
    @APIResponse(responseCode = "200", description = "The Allow header says.")
    public Response itemsOptions(@PathParam("collectionId") String collectionId) {
        ServedCollection collection = collections.find(collectionId, caller);
        return allow(collection, "GET, HEAD, OPTIONS", ", POST");
    }

    @OPTIONS
    @Path("{featureId}")
    @Requires(Access.READ_METADATA)
    @Operation(summary = "What this caller may do with a feature")
    @APIResponse(responseCode = "200", description = "The Allow header says.")
    public Response itemOptions(@PathParam("collectionId") String collectionId,
            @PathParam("featureId") String featureId) {
        ServedCollection collection = collections.find(collectionId, caller);
        return allow(collection, "GET, HEAD, OPTIONS", ", PUT, PATCH, DELETE");
    }

    private Response allow(ServedCollection collection, String reading, String writing) {
        boolean writes = collection.writable() && caller.may(Access.WRITE_HAZARD_AREAS);
        return Response.ok().header(HttpHeaders.ALLOW, reading + (writes ? writing : "")).build();
    }

    private Response changed(String collectionId, String featureId, UriInfo uri) {
        StoredFeature stored = stored(collections.find(collectionId, caller), featureId, Crs.CRS84, uri);
        return Response.ok(stored.json(), MediaTypes.GEO_JSON)
                .header(HttpHeaders.ETAG, Preconditions.etag(stored.version())).build();
    }

    private void writable(String collectionId) {
        if (!collections.find(collectionId, caller).writable()) {
            throw new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "Collection " + collectionId
                    + " is read-only here; record its items through /api/v1.");
        }
    }

    private StoredFeature stored(ServedCollection collection, String featureId, Crs crs, UriInfo uri) {
        UUID id = id(featureId);
        FeatureType type = collection.type(caller.hasSensitiveDataPermission());
        String self = OgcLinks.href(uri, "collections/" + collection.id() + "/items/" + featureId);
        String parent = OgcLinks.href(uri, "collections/" + collection.id());
        return features.one(type, id, caller.featureAccess(), crs, (JsonGenerator json) -> {
            json.writeArrayFieldStart("links");
            PageLinks.write(json, "self", MediaTypes.GEO_JSON, self);
            PageLinks.write(json, "alternate", MediaType.APPLICATION_JSON, self + "?f=json");
            PageLinks.write(json, "collection", MediaType.APPLICATION_JSON, parent);
            json.writeEndArray();
        }).orElseThrow(() -> ProblemException.notFound(collection.title().toLowerCase(), featureId));
    }

    private static UUID id(String featureId) {
        return Uuids.parse(featureId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No feature with id " + Names.shown(featureId) + "."));
    }

    /** The encoding asked for; f was read and checked with the rest of the query. */
    private static String mediaType(UriInfo uri) {
        return "json".equals(uri.getQueryParameters().getFirst("f")) ? MediaType.APPLICATION_JSON
                : MediaTypes.GEO_JSON;
    }
}
