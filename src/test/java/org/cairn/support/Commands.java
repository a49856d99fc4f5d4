package org.cairn.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real clients a GIS analyst would (GDAL, OWSLib, QGIS) and returns what they printed. */
public final class Commands {

    private Commands() {
    }

    /** Runs the command with a viewer-like caller's token in GDAL's header setting; it must succeed. */
    public static String run(String token, String... command) {
        // How a GIS analyst passes a token to any GDAL tool.
        return runWith(Map.of("GDAL_HTTP_HEADERS", "Authorization: Bearer " + token), command);
    }

    /** Runs the command with these environment variables besides the test's own; it must succeed. */
    public static String runWith(Map<String, String> environment, String... command) {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
            assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " could not be started; scripts/test installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
