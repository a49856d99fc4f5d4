package org.cairn.sealing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.cairn.config.CairnConfig;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Seals what Cairn keeps of people: texts about their health and the contents that carry them with
 * the shared data key, and each person's identity with a key of their own, which erasure destroys.
 * Plaintext exists only in memory for the length of a request. On start the service refuses to run
 * without its master keys, and seals again with the current master key any data key an older one
 * sealed.
 */
@ApplicationScoped
public class Sealing {

    private static final Logger LOG = Logger.getLogger(Sealing.class);

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final DataKeys dataKeys;
    private volatile SecretKey shared;

    Sealing(CairnConfig config, AgroalDataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.dataKeys = new DataKeys(MasterKeys.load(Path.of(config.personalData().keyFile())));
    }

    void start(@Observes StartupEvent start) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int resealed = dataKeys.reseal(connection);
            connection.commit();
            if (resealed > 0) {
                LOG.infof("Sealed %d data keys again with the current master key", resealed);
            }
        }
    }

    /** Seals a text with the shared key; the label says what it is, and opening needs the same. */
    public byte[] seal(String text, String label) {
        return seal(text.getBytes(StandardCharsets.UTF_8), label);
    }

    public byte[] seal(byte[] plaintext, String label) {
        return Aes.seal(shared(), plaintext, label(label));
    }

    public String openText(byte[] sealed, String label) {
        return new String(open(sealed, label), StandardCharsets.UTF_8);
    }

    public byte[] open(byte[] sealed, String label) {
        try {
            return Aes.open(shared(), sealed, label(label));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A value sealed as " + label + " does not open", e);
        }
    }

    /** Seals a person's identity with their own key, made on first use, in the current transaction. */
    public byte[] sealPersonal(UUID casualtyId, byte[] plaintext) {
        return Aes.seal(inTransaction(connection -> dataKeys.personOrNew(connection, casualtyId)), plaintext,
                personal(casualtyId));
    }

    /** A person's identity; empty once their key is destroyed, when nothing can open it any more. */
    public Optional<byte[]> openPersonal(UUID casualtyId, byte[] sealed) {
        Optional<SecretKey> key = inTransaction(connection -> dataKeys.person(connection, casualtyId));
        try {
            return key.isEmpty() ? Optional.empty() : Optional.of(Aes.open(key.get(), sealed, personal(casualtyId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The personal data of casualty " + casualtyId + " does not open", e);
        }
    }

    /** Destroys a person's key in the current transaction: every copy sealed with it is lost for good. */
    public void destroyPersonalKey(UUID casualtyId) {
        inTransaction(connection -> dataKeys.destroy(connection, casualtyId));
    }

    private SecretKey shared() {
        SecretKey key = shared;
        if (key == null) {
            synchronized (this) {
                if (shared == null) {
                    try (Connection connection = dataSource.getConnection()) {
                        shared = dataKeys.shared(connection);
                    } catch (SQLException e) {
                        throw new IllegalStateException("The shared data key could not be read", e);
                    }
                }
                key = shared;
            }
        }
        return key;
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::on);
    }

    /** The label of a stored answer to an Idempotency-Key request: bound to its caller and key. */
    public static String answerLabel(String caller, String key) {
        return "answer:" + caller + ":" + key;
    }

    static byte[] label(String label) {
        return ("cairn:" + label).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] personal(UUID casualtyId) {
        return ("cairn:personal-data:" + casualtyId).getBytes(StandardCharsets.US_ASCII);
    }
}
