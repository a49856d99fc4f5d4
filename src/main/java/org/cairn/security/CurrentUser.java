package org.cairn.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is making the request, as recorded in createdBy and updatedBy. */
@RequestScoped
public class CurrentUser {

    static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }
}
