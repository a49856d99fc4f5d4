package org.cairn.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * What happens when writing an answer fails: pages, exports and the change feed stream, so the
 * status and the first bytes are gone before the last row is read. The writers leave the document
 * unfinished (StrictJson), and the failure goes on as an error without its cause's message, so
 * that the connection is cut before the end of the body: the client sees a broken answer, never a
 * valid shorter one. The log says so, with the database's error code but not its message,
 * which may quote a row.
 */
@Provider
public class StreamFailures implements WriterInterceptor {

    private static final Logger LOG = Logger.getLogger(StreamFailures.class);

    @Inject CurrentVertxRequest request;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            if (closedByClient(e)) {
                throw e;
            }
            LOG.errorf("An answer failed after it began and was cut off, so that the client sees the failure: %s",
                    cause(e));
            // Closes the connection (HTTP/1.1) or resets the stream (HTTP/2) before the body's end.
            request.getCurrent().response().reset();
            throw new CutOff();
        }
    }

    /** The failure of an answer already cut off: there is nothing more to send nor to log. */
    public static final class CutOff extends IOException {

        CutOff() {
            super("An answer failed after it began and was cut off");
        }
    }

    /** A client that went away has nothing left to be told. */
    private static boolean closedByClient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().endsWith("HttpClosedException")) {
                return true;
            }
        }
        return false;
    }

    private static String cause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "database error, SQLState " + sql.getSQLState();
            }
        }
        return e.getClass().getName();
    }
}
