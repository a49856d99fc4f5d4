package org.cairn.security;

import jakarta.inject.Singleton;
import org.cairn.config.CairnConfig;

/**
 * What {@link Caller} reads from the configuration, read once: the configuration is a dependent
 * bean, so a request-scoped Caller injecting it would have it made anew on every request.
 */
@Singleton
class CallerSettings {

    final String organisationClaim;
    final CairnConfig.PublicRead publicRead;

    CallerSettings(CairnConfig config) {
        this.organisationClaim = config.security().organisationClaim();
        this.publicRead = config.security().publicRead();
    }
}
