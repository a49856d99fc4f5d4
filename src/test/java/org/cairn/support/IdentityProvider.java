package org.cairn.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * An OpenID Connect provider as small as the authorization code flow with PKCE allows, for the
 * page's sign-in: it signs in anyone who comes as a data manager of the national authority, checks
 * the code verifier against the challenge as a real provider does, and signs the token with the
 * tests' key. It also serves a background map, as XYZ tiles and as a WMTS service, from another
 * origin than Cairn's.
 */
public final class IdentityProvider {

    private static IdentityProvider running;

    private final HttpServer server;
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    private final AtomicInteger verified = new AtomicInteger();
    private final AtomicInteger tiles = new AtomicInteger();
    private final AtomicInteger wmtsTiles = new AtomicInteger();

    private IdentityProvider(HttpServer server) {
        this.server = server;
    }

    /** The one provider of the test run, started on first use. */
    public static synchronized IdentityProvider running() {
        if (running == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                running = new IdentityProvider(server);
                server.createContext("/.well-known/openid-configuration", running::discovery);
                server.createContext("/authorize", running::authorize);
                server.createContext("/token", running::token);
                server.createContext("/tiles/", running::tile);
                server.createContext("/wmts/", running::wmts);
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many token requests came with the verifier of their code's challenge. */
    public int verifiedExchanges() {
        return verified.get();
    }

    public int tilesServed() {
        return tiles.get();
    }

    /** The URL of the WMTS service's capabilities; its one layer is "base". */
    public String wmtsCapabilities() {
        return issuer() + "/wmts/WMTSCapabilities.xml";
    }

    public int wmtsTilesServed() {
        return wmtsTiles.get();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        answer(exchange, 200, "application/json", ("{\"issuer\": \"" + issuer() + "\", \"authorization_endpoint\": \""
                + issuer() + "/authorize\", \"token_endpoint\": \"" + issuer() + "/token\"}").getBytes(StandardCharsets.UTF_8));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"S256".equals(query.get("code_challenge_method")) || !"code".equals(query.get("response_type"))) {
            answer(exchange, 400, "text/plain", "PKCE with S256 and the code flow only".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new String[] {query.get("code_challenge"), query.get("redirect_uri"), query.get("client_id")});
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + query.get("state"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] issued = codes.remove(String.valueOf(body.get("code")));
        if (issued == null || !issued[0].equals(challenge(body.get("code_verifier")))
                || !issued[1].equals(body.get("redirect_uri")) || !issued[2].equals(body.get("client_id"))) {
            answer(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        verified.incrementAndGet();
        String token = Tokens.claims("oidc-user", Set.of("data_manager"), Organisations.AUTHORITY)
                .sign(Tokens.privateKey());
        answer(exchange, 200, "application/json", ("{\"access_token\": \"" + token
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}").getBytes(StandardCharsets.UTF_8));
    }

    private void wmts(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("WMTSCapabilities.xml")) {
            answer(exchange, 200, "application/xml", capabilities().getBytes(StandardCharsets.UTF_8));
            return;
        }
        wmtsTiles.incrementAndGet();
        tile(exchange);
    }

    /** WMTS capabilities of one layer in WebMercatorQuad, zoom levels 0 to 20, tiles by a REST template. */
    private String capabilities() {
        StringBuilder matrices = new StringBuilder();
        for (int z = 0; z <= 20; z++) {
            matrices.append("<TileMatrix><ows:Identifier>").append(z).append("</ows:Identifier><ScaleDenominator>")
                    .append(559082264.0287178 / (1L << z)).append("</ScaleDenominator><TopLeftCorner>"
                            + "-20037508.3427892 20037508.3427892</TopLeftCorner><TileWidth>256</TileWidth>"
                            + "<TileHeight>256</TileHeight><MatrixWidth>").append(1L << z)
                    .append("</MatrixWidth><MatrixHeight>").append(1L << z).append("</MatrixHeight></TileMatrix>");
        }
        return "<Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
                + "version=\"1.0.0\"><Contents><Layer><ows:Title>Base</ows:Title><ows:Identifier>base</ows:Identifier>"
                + "<Style isDefault=\"true\"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</Format>"
                + "<TileMatrixSetLink><TileMatrixSet>WebMercatorQuad</TileMatrixSet></TileMatrixSetLink>"
                + "<ResourceURL format=\"image/png\" resourceType=\"tile\" template=\"" + issuer()
                + "/wmts/tiles/{TileMatrix}/{TileRow}/{TileCol}.png\"/></Layer><TileMatrixSet>"
                + "<ows:Identifier>WebMercatorQuad</ows:Identifier>"
                + "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>" + matrices
                + "</TileMatrixSet></Contents></Capabilities>";
    }

    private void tile(HttpExchange exchange) throws IOException {
        tiles.incrementAndGet();
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xEE, 0xF2, 0xE6));
        graphics.fillRect(0, 0, 256, 256);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        answer(exchange, 200, "image/png", png.toByteArray());
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(verifier).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** Answers, readable from Cairn's page on its other origin, as providers allow for public clients. */
    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
