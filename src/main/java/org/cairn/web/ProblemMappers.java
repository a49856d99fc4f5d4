package org.cairn.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.postgresql.util.PSQLException;

/**
 * Turns every failure into application/problem+json. Nothing of an exception but its message
 * (and for unexpected errors not even that) reaches the client; stack traces stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The two ways to authenticate (RFC 9110 allows several challenges in one header). */
    private static final String CHALLENGES = "Bearer realm=\"cairn\", ApiKey realm=\"cairn\"";

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    /** A token that is forged, expired, or from another issuer or audience. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(new ProblemException(ProblemType.UNAUTHORIZED,
                "The credentials are not valid: unknown, revoked, expired, badly signed, or for another "
                        + "issuer or audience.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(new ProblemException(ProblemType.UNAUTHORIZED, "Credentials are required.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ProblemException(ProblemType.FORBIDDEN, "Your roles do not allow this.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        ProblemType type = ProblemType.forStatus(original.getStatus());
        Problem problem = new Problem(type, e.getMessage(), null);
        problem.status = original.getStatus();
        Response.ResponseBuilder answer = Response.status(original.getStatus())
                .type(MediaTypes.PROBLEM_JSON)
                .entity(withInstance(problem, uri));
        if (original.getStatus() == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            allowedMethods.forPath(uri.getPath()).ifPresent(allow -> answer.header(HttpHeaders.ALLOW, allow));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonBodies.malformed(e).problem(), uri);
    }

    /** Two writers raced past the version check; the loser is told to fetch the item again. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The item was changed by another request meanwhile; fetch it again and retry.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<SQLException> database = databaseCause(e);
        if (database.isPresent()) {
            // PostgreSQL quotes the failing row in its messages, and rows hold personal data.
            LOG.errorf("Unexpected database error on %s: SQLState %s%s (%s)", uri.getPath(),
                    database.get().getSQLState(), constraint(database.get()), e.getClass().getName());
        } else {
            LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        }
        return respond(new Problem(ProblemType.INTERNAL_ERROR,
                "The request could not be completed; the error is logged on the server.", null), uri);
    }

    private static Optional<SQLException> databaseCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String constraint(SQLException e) {
        if (e instanceof PSQLException postgres && postgres.getServerErrorMessage() != null
                && postgres.getServerErrorMessage().getConstraint() != null) {
            return ", constraint " + postgres.getServerErrorMessage().getConstraint();
        }
        return "";
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Response.ResponseBuilder answer = Response.status(problem.status)
                .type(MediaTypes.PROBLEM_JSON)
                .entity(withInstance(problem, uri));
        if (problem.status == Response.Status.UNAUTHORIZED.getStatusCode()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGES);
        }
        return answer.build();
    }

    private static Problem withInstance(Problem problem, UriInfo uri) {
        if (problem.instance == null) {
            problem.instance = uri.getPath();
        }
        return problem;
    }
}
