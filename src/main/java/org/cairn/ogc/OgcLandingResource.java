package org.cairn.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The entry to OGC API Features and Tiles: landing page, conformance, and the API definition of /ogc. */
@Path("/ogc")
@Tag(name = "OGC API", description = "OGC API - Features and Tiles for GIS clients; described in full at /ogc/api.")
public class OgcLandingResource {

    @Inject ObjectMapper mapper;
    @Inject OgcApiDefinition definition;

    @GET
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API landing page", description = "Links to the API definition, the conformance "
            + "classes, the collections and the tiles. Open without credentials.")
    @APIResponse(responseCode = "200", description = "The landing page.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response landing(@Context UriInfo uri) {
        OgcParameters.only(uri, "f");
        ObjectNode page = mapper.createObjectNode();
        page.put("title", "Cairn");
        page.put("description", "Mine action data for GIS clients: hazard areas, land release, activities, device "
                + "findings, survey points and accidents, as OGC API Features and vector tiles.");
        ArrayNode links = page.putArray("links");
        OgcLinks.add(links, "self", OgcLinks.JSON, "This document", OgcLinks.href(uri, ""));
        OgcLinks.add(links, "service-desc", OgcLinks.OPENAPI, "The API definition", OgcLinks.href(uri, "api"));
        OgcLinks.add(links, "service-doc", "text/html", "The API documentation",
                uri.getBaseUri() + "q/swagger-ui/?urls.primaryName=OGC%20API");
        OgcLinks.add(links, "conformance", OgcLinks.JSON, "Conformance classes", OgcLinks.href(uri, "conformance"));
        OgcLinks.add(links, "http://www.opengis.net/def/rel/ogc/1.0/conformance", OgcLinks.JSON,
                "Conformance classes", OgcLinks.href(uri, "conformance"));
        OgcLinks.add(links, "data", OgcLinks.JSON, "Collections", OgcLinks.href(uri, "collections"));
        OgcLinks.add(links, "http://www.opengis.net/def/rel/ogc/1.0/data", OgcLinks.JSON, "Collections",
                OgcLinks.href(uri, "collections"));
        OgcLinks.add(links, "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", OgcLinks.JSON, "Tiling schemes",
                OgcLinks.href(uri, "tileMatrixSets"));
        OgcLinks.add(links, "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", OgcLinks.JSON,
                "Vector tiles of all collections", OgcLinks.href(uri, "tiles"));
        return Response.ok(page, OgcLinks.JSON).build();
    }

    @GET
    @Path("conformance")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API conformance classes", description = "Open without credentials.")
    @APIResponse(responseCode = "200", description = "The conformance classes.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response conformance(@Context UriInfo uri) {
        OgcParameters.only(uri, "f");
        ObjectNode declaration = mapper.createObjectNode();
        ArrayNode classes = declaration.putArray("conformsTo");
        OgcConformance.CLASSES.forEach(classes::add);
        return Response.ok(declaration, OgcLinks.JSON).build();
    }

    @GET
    @Path("api")
    @Produces({OgcLinks.OPENAPI, OgcLinks.JSON})
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API definition", description = "The OpenAPI 3.0 document of /ogc, self-contained. "
            + "Open without credentials.")
    @APIResponse(responseCode = "200", description = "The OpenAPI document.",
            content = @Content(mediaType = OgcLinks.OPENAPI, schema = @Schema(type = SchemaType.OBJECT)))
    public Response api(@Context UriInfo uri) {
        OgcParameters.only(uri, "f");
        return Response.ok(definition.document(OgcLinks.href(uri, ""))).build();
    }
}
