package org.cairn.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cairn.feature.Catalogue;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OGC API Tiles: vector tiles of each collection, and of all the caller may read, in WebMercatorQuad. */
@Path("/ogc")
@Tag(name = "OGC API")
public class OgcTilesResource {

    @Inject ObjectMapper mapper;
    @Inject Catalogue collections;
    @Inject OgcTiles tiles;
    @Inject Caller caller;

    @GET
    @Path("tileMatrixSets")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API tiling schemes")
    @APIResponse(responseCode = "200", description = "WebMercatorQuad.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode tileMatrixSets(@Context UriInfo uri) {
        OgcParameters.only(uri);
        ObjectNode answer = mapper.createObjectNode();
        ObjectNode scheme = answer.putArray("tileMatrixSets").addObject();
        scheme.put("id", OgcTiles.SCHEME);
        scheme.put("title", "Google Maps Compatible for the World");
        scheme.put("uri", TileMatrixSet.URI);
        OgcLinks.add(scheme.putArray("links"), "self", OgcLinks.JSON, null,
                OgcLinks.href(uri, "tileMatrixSets/" + OgcTiles.SCHEME));
        return answer;
    }

    @GET
    @Path("tileMatrixSets/{tileMatrixSetId}")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API tiling scheme")
    @APIResponse(responseCode = "200", description = "Its definition.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode tileMatrixSet(@PathParam("tileMatrixSetId") String tileMatrixSetId, @Context UriInfo uri) {
        OgcParameters.only(uri);
        OgcTiles.scheme(tileMatrixSetId);
        return TileMatrixSet.webMercatorQuad(mapper);
    }

    @GET
    @Path("tiles")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API vector tilesets of all collections")
    @APIResponse(responseCode = "200", description = "The tilesets.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode datasetTilesets(@Context UriInfo uri) {
        OgcParameters.only(uri);
        return tiles.tilesets(uri, "tiles", "All collections");
    }

    @GET
    @Path("tiles/{tileMatrixSetId}")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API vector tileset of all collections", description = "One layer a collection the "
            + "caller may read.")
    @APIResponse(responseCode = "200", description = "The tileset.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode datasetTileset(@PathParam("tileMatrixSetId") String tileMatrixSetId, @Context UriInfo uri) {
        OgcParameters.only(uri);
        OgcTiles.scheme(tileMatrixSetId);
        return tiles.tileset(uri, "tiles", "All collections", collections.visibleTo(caller));
    }

    @GET
    @Path("tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
    @Produces(OgcLinks.MVT)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API vector tile of all collections", description = "204 when empty.")
    @APIResponse(responseCode = "200", description = "The tile.",
            content = @Content(mediaType = OgcLinks.MVT, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "204", description = "No feature in this tile.")
    public Response datasetTile(@PathParam("tileMatrixSetId") String tileMatrixSetId,
            @PathParam("tileMatrix") int z, @PathParam("tileRow") int y, @PathParam("tileCol") int x,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        OgcParameters.only(uri);
        return tiles.tile(collections.visibleTo(caller), tileMatrixSetId, z, y, x, ifNoneMatch);
    }

}
