package org.cairn.ogc;

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
import java.util.List;
import org.cairn.feature.Catalogue;
import org.cairn.feature.ServedCollection;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OGC API Tiles of one collection. A resource of its own because requests under
 * /ogc/collections/{id}/tiles match only resources rooted that deep.
 */
@Path("/ogc/collections/{collectionId}/tiles")
@Tag(name = "OGC API")
public class OgcCollectionTilesResource {

    @Inject Catalogue collections;
    @Inject OgcTiles tiles;
    @Inject Caller caller;

    @GET
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API vector tilesets of a collection")
    @APIResponse(responseCode = "200", description = "The tilesets.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode collectionTilesets(@PathParam("collectionId") String collectionId, @Context UriInfo uri) {
        OgcParameters.only(uri);
        ServedCollection collection = collections.find(collectionId, caller);
        return tiles.tilesets(uri, "collections/" + collectionId + "/tiles", collection.title());
    }

    @GET
    @Path("{tileMatrixSetId}")
    @Produces(OgcLinks.JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API vector tileset of a collection")
    @APIResponse(responseCode = "200", description = "The tileset.",
            content = @Content(mediaType = OgcLinks.JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode collectionTileset(@PathParam("collectionId") String collectionId,
            @PathParam("tileMatrixSetId") String tileMatrixSetId, @Context UriInfo uri) {
        OgcParameters.only(uri);
        OgcTiles.scheme(tileMatrixSetId);
        ServedCollection collection = collections.find(collectionId, caller);
        return tiles.tileset(uri, "collections/" + collectionId + "/tiles", collection.title(), List.of(collection));
    }

    @GET
    @Path("{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
    @Produces(OgcLinks.MVT)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "OGC API vector tile of a collection", description = "The features that the collection's "
            + "property filters, datetime and CQL2 filter select, with the grammar of its items (declared per "
            + "collection in /ogc/api); every feature the caller may see without them. 204 when empty.")
    @APIResponse(responseCode = "200", description = "The tile.",
            content = @Content(mediaType = OgcLinks.MVT, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "204", description = "No feature in this tile.")
    public Response collectionTile(@PathParam("collectionId") String collectionId,
            @PathParam("tileMatrixSetId") String tileMatrixSetId, @PathParam("tileMatrix") int z,
            @PathParam("tileRow") int y, @PathParam("tileCol") int x,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        return tiles.tile(collections.find(collectionId, caller), uri.getQueryParameters(), tileMatrixSetId, z, y, x,
                ifNoneMatch);
    }
}
