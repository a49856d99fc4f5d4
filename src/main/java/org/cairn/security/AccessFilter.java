package org.cairn.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ResourceInfo;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Admits a request to a resource method only when the caller's roles grant the {@link Access} the
 * method requires. Unknown callers get 401, known ones without the right 403; a method that
 * declares no access is closed to everyone, so that no endpoint is ever open by omission.
 */
public class AccessFilter {

    private final SecurityIdentity identity;
    private final Caller caller;

    public AccessFilter(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    @ServerRequestFilter
    public void admit(ResourceInfo resource) {
        Requires requires = resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This operation is open to no one.");
        }
        Access access = requires.value();
        if (identity.isAnonymous()) {
            if (caller.may(access)) {
                return;
            }
            throw Unauthenticated.noCredentials();
        }
        if (caller.roles().isEmpty()) {
            throw Unauthenticated.noRole();
        }
        if (!caller.may(access)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Your roles (" + String.join(", ", caller.roles().stream().map(Role::claim).toList())
                            + ") do not allow this.");
        }
    }
}
