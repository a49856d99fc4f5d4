package org.cairn.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cairn.feature.Catalogue;
import org.cairn.feature.ServedCollection;
import org.cairn.geo.Crs;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collections of OGC API Features, each with its extent, reference systems and queryables. */
@Path("/ogc/collections")
@Tag(name = "OGC API")
public class OgcCollectionsResource {

    @Inject ObjectMapper mapper;
    @Inject Catalogue collections;
    @Inject OgcExtent extent;
    @Inject Caller caller;

    @GET
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API collections", description = "The collections this caller may read; without "
            + "credentials, those the authority made public.")
    @APIResponse(responseCode = "200", description = "The collections.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response list(@Context UriInfo uri) {
        OgcParameters.only(uri, "f");
        ObjectNode answer = mapper.createObjectNode();
        OgcLinks.add(answer.putArray("links"), "self", OgcLinks.JSON, "This document", OgcLinks.href(uri, "collections"));
        ArrayNode crs = answer.putArray("crs");
        Crs.SUPPORTED.forEach(supported -> crs.add(supported.uri()));
        ArrayNode list = answer.putArray("collections");
        collections.visibleTo(caller).forEach(collection -> list.add(describe(collection, uri)));
        return Response.ok(answer, OgcLinks.JSON).build();
    }

    @GET
    @Path("{collectionId}")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API collection", description = "Its extent, reference systems and links.")
    @APIResponse(responseCode = "200", description = "The collection.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response get(@PathParam("collectionId") String collectionId, @Context UriInfo uri) {
        OgcParameters.only(uri, "f");
        return Response.ok(describe(collections.find(collectionId, caller), uri), OgcLinks.JSON).build();
    }

    @GET
    @Path("{collectionId}/queryables")
    @Produces({OgcLinks.SCHEMA, OgcLinks.JSON})
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API queryables", description = "A JSON Schema of the properties a filter may name; "
            + "any other is refused.")
    @APIResponse(responseCode = "200", description = "The queryables.",
            content = @Content(mediaType = OgcLinks.SCHEMA, schema = @Schema(type = SchemaType.OBJECT)))
    public Response queryables(@PathParam("collectionId") String collectionId, @Context UriInfo uri) {
        OgcParameters.only(uri, "f");
        ServedCollection collection = collections.find(collectionId, caller);
        return Response.ok(OgcQueryables.schema(mapper, collection,
                OgcLinks.href(uri, "collections/" + collectionId + "/queryables")), OgcLinks.SCHEMA).build();
    }

    private ObjectNode describe(ServedCollection collection, UriInfo uri) {
        String path = "collections/" + collection.id();
        ObjectNode description = mapper.createObjectNode();
        description.put("id", collection.id());
        description.put("title", collection.title());
        description.put("description", collection.description());
        ArrayNode links = description.putArray("links");
        OgcLinks.add(links, "self", OgcLinks.JSON, "This collection", OgcLinks.href(uri, path));
        OgcLinks.add(links, "items", OgcLinks.GEO_JSON, "Its features", OgcLinks.href(uri, path + "/items"));
        OgcLinks.add(links, OgcLinks.REL_QUERYABLES, OgcLinks.SCHEMA, "What filters may name",
                OgcLinks.href(uri, path + "/queryables"));
        OgcLinks.add(links, "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", OgcLinks.JSON, "Vector tiles",
                OgcLinks.href(uri, path + "/tiles"));
        ObjectNode bounds = description.putObject("extent");
        extent.write(collection, collection.type(caller.hasSensitiveDataPermission()), caller.featureAccess(), bounds);
        if (bounds.isEmpty()) {
            description.remove("extent");
        }
        description.put("itemType", "feature");
        JsonNode spatial = bounds.get("spatial");
        crsList(description, spatial == null ? null : spatial.get("bbox").get(0));
        description.put("storageCrs", Crs.CRS84.uri());
        return description;
    }

    /**
     * The CRSs fit for this collection: CRS84, EPSG:4326, Web Mercator and the UTM zones its extent
     * reaches. Far from its own zone a UTM projection folds the data over itself, and clients that
     * try every listed CRS should not be offered those; any UTM zone is still accepted on request.
     * An empty collection (no bbox) reaches none.
     */
    private static void crsList(ObjectNode node, JsonNode bbox) {
        ArrayNode crs = node.putArray("crs");
        crs.add(Crs.CRS84.uri()).add(Crs.EPSG_4326.uri()).add(Crs.WEB_MERCATOR.uri());
        if (bbox == null) {
            return;
        }
        int west = Crs.utmZone(bbox.get(0).asDouble());
        int east = Crs.utmZone(bbox.get(2).asDouble());
        for (int hemisphere : new int[] {32600, 32700}) {
            boolean reached = hemisphere == 32600 ? bbox.get(3).asDouble() >= 0 : bbox.get(1).asDouble() < 0;
            for (int zone = west; reached && zone <= east; zone++) {
                crs.add(Crs.of("EPSG:" + (hemisphere + zone)).orElseThrow().uri());
            }
        }
    }
}
