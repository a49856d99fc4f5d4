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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** The ways to authenticate, Basic first: field apps and GIS clients answer the first one they know. */
    private static final String CHALLENGES = "Basic realm=\"cairn\", Bearer realm=\"cairn\", ApiKey realm=\"cairn\"";

    /** Seconds a client should wait before sending again; a database restart or failover takes a few. */
    static final int RETRY_AFTER_SECONDS = 5;

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

    /**
     * Refusals of the HTTP and JAX-RS layers (no such path, method or media type, a parameter that
     * does not convert): their own messages may quote the request or name Java types, so each
     * status gets a fixed detail.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        ProblemType type = ProblemType.forStatus(original.getStatus());
        Problem problem = new Problem(type, type.detail(), null);
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

    /** An answer cut off halfway (StreamFailures) has been logged, and its connection is gone. */
    @ServerExceptionMapper
    public Response cutOff(StreamFailures.CutOff e) {
        return Response.serverError().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<SQLException> unreachable = unreachableDatabase(e, new HashSet<>());
        if (unreachable.isPresent()) {
            LOG.warnf("Database unreachable on %s: SQLState %s (%s)", uri.getPath(), unreachable.get().getSQLState(),
                    e.getClass().getName());
            return Response.fromResponse(respond(new Problem(ProblemType.SERVICE_UNAVAILABLE, "The database cannot "
                    + "be reached at the moment. Send the request again shortly; a write sent again with the same "
                    + "client id or report id is never stored twice.", null), uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
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

    /**
     * The failure that says the database went away or cannot take the connection now: lost or
     * refused connections (class 08), a server shutting down or starting up (57P01 to 57P03), too
     * many connections (53300), or no pooled connection free in time. A failed commit hides it
     * among the suppressed exceptions of the transaction manager's, so those are searched too.
     */
    private static Optional<SQLException> unreachableDatabase(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return Optional.empty();
        }
        if (e instanceof SQLException sql && isUnreachable(sql)) {
            return Optional.of(sql);
        }
        for (Throwable suppressed : e.getSuppressed()) {
            Optional<SQLException> found = unreachableDatabase(suppressed, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return unreachableDatabase(e.getCause(), seen);
    }

    private static boolean isUnreachable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal's pool gives no SQLState when no connection became free in time.
            return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }

    /** The constraint PostgreSQL names; in a JDBC batch its error is the batch exception's next one. */
    private static String constraint(SQLException e) {
        for (SQLException error = e; error != null; error = error.getNextException()) {
            if (error instanceof PSQLException postgres && postgres.getServerErrorMessage() != null
                    && postgres.getServerErrorMessage().getConstraint() != null) {
                return ", constraint " + postgres.getServerErrorMessage().getConstraint();
            }
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
