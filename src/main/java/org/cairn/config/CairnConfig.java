package org.cairn.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Cairn's own settings (application.properties, prefix {@code cairn}); each one is in the README. */
@ConfigMapping(prefix = "cairn")
public interface CairnConfig {

    Limits limits();

    Hazard hazard();

    DemoData demoData();

    interface Limits {
        /** Largest JSON request body accepted. */
        @WithDefault("10M")
        MemorySize maxBodySize();
    }

    interface Hazard {
        /**
         * Share of the smaller of two areas above which a new hazard overlapping an open one is
         * flagged as a possible duplicate.
         */
        @WithDefault("0.1")
        double overlapWarningShare();
    }

    interface DemoData {
        /** Load the demo province into an empty database at start. */
        @WithDefault("false")
        boolean enabled();
    }
}
