package org.cairn.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cairn.sealing.Sealing;
import org.cairn.security.Caller;
import org.cairn.web.BodyRead;
import org.cairn.web.Headers;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * The Idempotency-Key of this request, if it carries one: reserved before the write, answered
 * from storage when the same caller sends the same request again, refused when the key was used
 * for another request. The key is reserved in its own statement, so that of two racing copies
 * only one runs; a reservation whose request never finished answers 409, so that an unknown
 * outcome is never turned into a second write.
 */
@RequestScoped
public class IdempotencyKeys {

    static final String HEADER = Headers.IDEMPOTENCY_KEY;
    private static final int MAX_KEY_LENGTH = 255;

    @Inject AgroalDataSource dataSource;
    @Inject ContentDigest digest;
    @Inject Sealing sealing;
    @Inject Caller caller;
    private String key;
    private String method;
    private String path;
    private boolean reserved;

    /** Notes the key of a POST; other methods are idempotent by themselves. */
    void begin(String key, String method, String path) {
        if (key == null || !method.equals("POST")) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, HEADER + " must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID.");
        }
        this.key = key;
        this.method = method;
        this.path = path;
    }

    /** Called with the parsed body before any write: reserves the key, or answers from storage. */
    void check(@Observes BodyRead read) {
        JsonNode body = read.body();
        if (key == null || reserved) {
            return;
        }
        String requestDigest = digest.of(body);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'")) {
                expired.executeUpdate();
            }
            try (PreparedStatement reserve = connection.prepareStatement("INSERT INTO idempotency_key "
                    + "(caller, key, method, path, request_digest) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                reserve.setString(1, caller.subject());
                reserve.setString(2, key);
                reserve.setString(3, method);
                reserve.setString(4, path);
                reserve.setString(5, requestDigest);
                reserved = reserve.executeUpdate() == 1;
            }
            if (!reserved) {
                throw stored(connection, requestDigest);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency key could not be checked", e);
        }
    }

    private RuntimeException stored(Connection connection, String requestDigest) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT method, path, request_digest, status, "
                + "content_type, location, etag, body_sealed FROM idempotency_key WHERE caller = ? AND key = ?")) {
            select.setString(1, caller.subject());
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new ProblemException(ProblemType.CONFLICT, "This " + HEADER
                            + " is being released; send the request again.");
                }
                if (!row.getString(1).equals(method) || !row.getString(2).equals(path)
                        || !row.getString(3).equals(requestDigest)) {
                    return new ProblemException(ProblemType.INVALID_CONTENT, "This " + HEADER
                            + " was used for another request; a new request needs a new key.");
                }
                if (row.getObject(4) == null) {
                    return new ProblemException(ProblemType.CONFLICT, "The first request with this " + HEADER
                            + " has not finished; if it never does, check what it wrote before sending a new key.");
                }
                Response.ResponseBuilder answer = Response.status(row.getInt(4)).header("Idempotent-Replayed", "true");
                if (row.getString(5) != null) {
                    answer.type(row.getString(5));
                }
                if (row.getString(6) != null) {
                    answer.header("Location", row.getString(6));
                }
                if (row.getString(7) != null) {
                    answer.header("ETag", row.getString(7));
                }
                byte[] body = row.getBytes(8);
                return new StoredAnswer(answer.entity(body == null ? null : sealing.open(body, label())).build());
            }
        }
    }

    /** Whether this request holds a key, so that its answer is to be kept. */
    boolean holdsKey() {
        return reserved;
    }

    /** The label a stored answer is sealed with: an answer may hold sensitive data, and is kept sealed. */
    private String label() {
        return Sealing.answerLabel(caller.subject(), key);
    }

    /** After the request: keeps its answer, or frees the key when the request failed unexpectedly. */
    void finish(int status, String contentType, String location, String etag, byte[] body) {
        if (!reserved) {
            return;
        }
        String sql = status >= 500 ? "DELETE FROM idempotency_key WHERE caller = ? AND key = ?"
                : "UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body_sealed = ? "
                        + "WHERE caller = ? AND key = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            if (status < 500) {
                statement.setInt(next++, status);
                statement.setString(next++, contentType);
                statement.setString(next++, location);
                statement.setString(next++, etag);
                statement.setBytes(next++, body == null ? null : sealing.seal(body, label()));
            }
            statement.setString(next++, caller.subject());
            statement.setString(next, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The answer to an idempotent request could not be kept", e);
        }
    }

    /** A stored answer, given instead of running the request again. */
    static final class StoredAnswer extends RuntimeException {

        private final transient Response response;

        StoredAnswer(Response response) {
            super(null, null, false, false);
            this.response = response;
        }

        Response response() {
            return response;
        }
    }
}
