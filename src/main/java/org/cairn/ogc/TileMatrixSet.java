package org.cairn.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cairn.feature.VectorTiles;

/** The WebMercatorQuad tiling scheme (OGC Two Dimensional Tile Matrix Set, 17-083r4), computed. */
final class TileMatrixSet {

    static final String URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    static final String CRS = "http://www.opengis.net/def/crs/EPSG/0/3857";

    private static final double ORIGIN = 20037508.3427892;
    private static final double SCALE_AT_ZERO = 559082264.0287178;
    private static final double CELL_AT_ZERO = 156543.03392804097;

    private TileMatrixSet() {
    }

    static ObjectNode webMercatorQuad(ObjectMapper mapper) {
        ObjectNode set = mapper.createObjectNode();
        set.put("id", "WebMercatorQuad");
        set.put("title", "Google Maps Compatible for the World");
        set.put("uri", URI);
        set.put("crs", CRS);
        set.putArray("orderedAxes").add("X").add("Y");
        set.put("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
        ArrayNode matrices = set.putArray("tileMatrices");
        for (int z = 0; z <= VectorTiles.MAX_ZOOM; z++) {
            long size = 1L << z;
            ObjectNode matrix = matrices.addObject();
            matrix.put("id", String.valueOf(z));
            matrix.put("scaleDenominator", SCALE_AT_ZERO / size);
            matrix.put("cellSize", CELL_AT_ZERO / size);
            matrix.put("cornerOfOrigin", "topLeft");
            matrix.putArray("pointOfOrigin").add(-ORIGIN).add(ORIGIN);
            matrix.put("tileWidth", 256);
            matrix.put("tileHeight", 256);
            matrix.put("matrixWidth", size);
            matrix.put("matrixHeight", size);
        }
        return set;
    }
}
