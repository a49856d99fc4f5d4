package org.cairn.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureType;
import org.cairn.feature.KnownAdminAreas;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.TileLayer;
import org.cairn.feature.VectorTiles;
import org.cairn.security.Caller;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Tiles and tileset descriptions for the caller, shared by the dataset's and each collection's tiles. */
@RequestScoped
class OgcTiles {

    static final String SCHEME = "WebMercatorQuad";

    @Inject ObjectMapper mapper;
    @Inject VectorTiles tiles;
    @Inject KnownAdminAreas adminAreas;
    @Inject Caller caller;

    /** The tile of every collection the caller may see, each whole. */
    Response tile(List<ServedCollection> collections, String tileMatrixSetId, int z, int y, int x,
            String ifNoneMatch) {
        boolean sensitive = caller.hasSensitiveDataPermission();
        return layers(collections.stream().map(collection -> TileLayer.whole(collection, sensitive)).toList(),
                tileMatrixSetId, z, y, x, ifNoneMatch);
    }

    /**
     * The tile of one collection, with the features its query selects: the collection's property
     * filters, datetime and a CQL2 filter, with the grammar of its items. A map shows "open hazard
     * areas of this operator, surveyed this year" from tiles as it would from items.
     */
    Response tile(ServedCollection collection, Map<String, List<String>> parameters, String tileMatrixSetId,
            int z, int y, int x, String ifNoneMatch) {
        FeatureType type = collection.type(caller.hasSensitiveDataPermission());
        FeatureQuery selection = OgcItemsQuery.parse(collection, type, caller.featureAccess(), parameters,
                FeatureEndpoint.OGC_TILE);
        adminAreas.require(selection);
        return layers(List.of(new TileLayer(collection, type, selection)), tileMatrixSetId, z, y, x, ifNoneMatch);
    }

    private Response layers(List<TileLayer> layers, String tileMatrixSetId, int z, int y, int x, String ifNoneMatch) {
        scheme(tileMatrixSetId);
        if (!VectorTiles.exists(z, x, y)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No tile " + z + "/" + y + "/" + x + " in " + SCHEME + ".");
        }
        byte[] tile = tiles.tile(layers, caller.featureAccess(), z, x, y);
        // Tiles depend on who asks: caches may keep them for that caller only, and briefly, as data changes.
        String cacheControl = (caller.isAnonymous() ? "public" : "private") + ", max-age=60";
        if (tile.length == 0) {
            return Response.noContent().header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        String etag = "\"" + digest(tile) + "\"";
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return Response.ok(tile, OgcLinks.MVT).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    ObjectNode tilesets(UriInfo uri, String path, String title) {
        ObjectNode answer = mapper.createObjectNode();
        OgcLinks.add(answer.putArray("links"), "self", OgcLinks.JSON, null, OgcLinks.href(uri, path));
        describe(answer.putArray("tilesets").addObject(), uri, path, title);
        return answer;
    }

    ObjectNode tileset(UriInfo uri, String path, String title, List<ServedCollection> layers) {
        ObjectNode tileset = mapper.createObjectNode();
        ArrayNode links = describe(tileset, uri, path, title);
        OgcLinks.add(links, "item", OgcLinks.MVT, "Tiles",
                OgcLinks.href(uri, path + "/" + SCHEME + "/{tileMatrix}/{tileRow}/{tileCol}")).put("templated", true);
        ArrayNode layerList = tileset.putArray("layers");
        for (ServedCollection layer : layers) {
            ObjectNode description = layerList.addObject();
            description.put("id", layer.id());
            description.put("title", layer.title());
            description.put("dataType", "vector");
            description.put("geometryDimension", layer.geometryFormat().endsWith("point") ? 0 : 2);
            ObjectNode properties = description.putObject("propertiesSchema").put("type", "object")
                    .putObject("properties");
            properties.putObject("id").put("type", "string");
            layer.tileProperties().forEach(name -> properties.putObject(name));
        }
        return tileset;
    }

    /** What a tileset and its entry in a list say alike; the links, for more to be added. */
    private static ArrayNode describe(ObjectNode tileset, UriInfo uri, String path, String title) {
        tileset.put("title", title + " in " + SCHEME);
        tileset.put("dataType", "vector");
        tileset.put("crs", TileMatrixSet.CRS);
        tileset.put("tileMatrixSetURI", TileMatrixSet.URI);
        ArrayNode links = tileset.putArray("links");
        OgcLinks.add(links, "self", OgcLinks.JSON, null, OgcLinks.href(uri, path + "/" + SCHEME));
        OgcLinks.add(links, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", OgcLinks.JSON, null,
                OgcLinks.href(uri, "tileMatrixSets/" + SCHEME));
        return links;
    }

    static void scheme(String tileMatrixSetId) {
        if (!SCHEME.equals(tileMatrixSetId)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No tiling scheme " + Names.shown(tileMatrixSetId)
                    + "; Cairn tiles in " + SCHEME + ".");
        }
    }

    private static String digest(byte[] tile) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tile)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
