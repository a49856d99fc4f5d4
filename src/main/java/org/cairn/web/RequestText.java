package org.cairn.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link Text}'s rule to the path and the query of every request before anything reads
 * them: a NUL in {@code q=} or in a path segment is refused here, not by the database.
 */
public class RequestText {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnreadableText(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Text.fault(uri.getPath()).ifPresent(reason -> {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The path " + reason + ".");
        });
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            Text.fault(name).ifPresent(reason -> {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "A query parameter's name " + reason + ".");
            });
            for (String value : parameter.getValue()) {
                Text.fault(value).ifPresent(reason -> {
                    throw QueryParameters.invalid(Names.shown(name), reason);
                });
            }
        }
    }
}
