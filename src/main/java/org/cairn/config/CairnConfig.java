package org.cairn.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Cairn's own settings (application.properties, prefix {@code cairn}); each one is in src/docs/operations.md. */
@ConfigMapping(prefix = "cairn")
public interface CairnConfig {

    Limits limits();

    Hazard hazard();

    DemoData demoData();

    Security security();

    LandRelease landRelease();

    Devices devices();

    Accidents accidents();

    PersonalData personalData();

    WebApp webApp();

    Standby standby();

    interface Limits {
        /** Largest JSON request body accepted. */
        @WithDefault("10M")
        MemorySize maxBodySize();

        /** Largest attachment of a field report (a photo, a sketch, a signed certificate). */
        @WithDefault("25M")
        MemorySize maxAttachmentSize();

        /** Largest file of administrative areas an import takes (boundary files are large). */
        @WithDefault("64M")
        MemorySize maxImportSize();
    }

    interface Hazard {
        /**
         * Share of the smaller of two areas above which a new hazard overlapping an open one is
         * flagged as a possible duplicate.
         */
        @WithDefault("0.1")
        double overlapWarningShare();
    }

    interface LandRelease {
        /** A hazard area whose remaining area falls below this many square metres closes as released. */
        @WithDefault("1")
        double closingThresholdM2();
    }

    interface Devices {
        /** A device found further than this many metres outside the activity's hazard areas is flagged. */
        @WithDefault("50")
        double outsideHazardWarningMetres();
    }

    interface Accidents {
        /** Size of the grid cells, in degrees, to whose centre accident points are generalised. */
        @WithDefault("0.1")
        double generalisationCellDegrees();
    }

    interface PersonalData {
        /** File holding the AES-256 key (base64) that seals victims' personal data. */
        String keyFile();
    }

    interface Security {
        /** What may be read without credentials. */
        @WithDefault("none")
        PublicRead publicRead();

        /** Token claim that holds the caller's organisation. */
        @WithDefault("organisation")
        String organisationClaim();
    }

    /** The authority's choice of what the public may see (domain.md, "Sensitive data"). */
    enum PublicRead {
        NONE,
        HAZARD_AREAS
    }

    /**
     * A streaming standby of the database that serves the reads which may lag (OGC items, tiles,
     * exports, statistics); none when no URL is set.
     */
    interface Standby {
        /** JDBC URL of the standby; the primary's user and password sign in to it. */
        Optional<String> url();

        /** How far behind the primary the standby may be and still serve; past it, reads go to the primary. */
        @WithDefault("5S")
        Duration maxLag();

        /** How often the standby's replay is compared with the primary's WAL. */
        @WithDefault("1S")
        Duration checkInterval();

        /** How long a standby that failed a request is left out before it is asked again. */
        @WithDefault("10S")
        Duration downFor();

        @WithDefault("20")
        int poolSize();
    }

    interface DemoData {
        /** Load the demo province into an empty database at start. */
        @WithDefault("false")
        boolean enabled();
    }

    /** The map and dashboards served at /. */
    interface WebApp {
        /**
         * A background map drawn under Cairn's layers: an XYZ URL template ({z}, {x}, {y}), or the
         * URL of a WMTS service's capabilities with {@link #backgroundMapLayer()}; none when absent,
         * and the map still reads.
         */
        Optional<String> backgroundMap();

        /** The layer of a WMTS background map. */
        Optional<String> backgroundMapLayer();

        /** Credit the background map's provider requires, shown on the map. */
        Optional<String> backgroundMapAttribution();

        /** Issuer of the OpenID Connect provider the page signs in with (authorization code flow with PKCE). */
        Optional<String> oidcIssuer();

        /** The page's public client at that provider. */
        @WithDefault("cairn-web")
        String oidcClientId();

        /**
         * PEM private key that signs development sign-ins (any role, any organisation). Set by
         * scripts/run only; without it there is no development sign-in.
         */
        Optional<String> developmentSignInKey();
    }
}
