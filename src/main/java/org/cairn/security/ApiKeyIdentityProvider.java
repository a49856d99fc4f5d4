package org.cairn.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Turns a valid, unrevoked API key into an identity with the key's roles and organisation. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthentication.Request> {

    @Inject ApiKeyCredentials credentials;

    @Override
    public Class<ApiKeyAuthentication.Request> getRequestType() {
        return ApiKeyAuthentication.Request.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthentication.Request request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> credentials.verify(request.secret())
                .map(key -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("api-key:" + key.name()))
                        .addRoles(Set.of(key.roles()))
                        .addAttribute(Caller.ORGANISATION_ATTRIBUTE, key.organisation())
                        .addAttribute(Caller.CLIENT_ATTRIBUTE, "api-key:" + key.id())
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key")));
    }
}
