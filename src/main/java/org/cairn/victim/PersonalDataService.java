package org.cairn.victim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.sealing.Sealing;
import org.cairn.security.Caller;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;

/**
 * Reads and writes a casualty's personal data. Plaintext exists only in this service's memory for
 * the length of a request: it is sealed before it reaches the database and never logged.
 */
@ApplicationScoped
public class PersonalDataService {

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject Sealing sealing;
    @Inject PersonalDataErasure erasure;
    @Inject CasualtyService casualties;
    @Inject ObjectMapper mapper;
    @Inject Caller caller;

    @Transactional
    public PersonalData get(UUID casualtyId) {
        casualties.visible(casualtyId);
        PersonalDataRecord record = PersonalDataRecord.findById(casualtyId);
        if (record == null) {
            throw ProblemException.notFound("personal data of casualty", casualtyId);
        }
        return open(record);
    }

    /** Creates or replaces the personal data; true when it was created. */
    @Transactional
    public boolean put(UUID casualtyId, String ifMatch, JsonNode body) {
        casualties.visible(casualtyId);
        PersonalData in = bodies.convert(body, PersonalData.class);
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, in, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PersonalDataRecord record = PersonalDataRecord.findById(casualtyId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = record == null;
        if (created) {
            record = new PersonalDataRecord();
            record.casualtyId = casualtyId;
        } else {
            Preconditions.checkIfMatch(ifMatch, record.version);
        }
        in.updatedAt = null;
        in.updatedBy = null;
        in.version = null;
        record.sealed = sealing.sealPersonal(casualtyId, json(in));
        record.updatedAt = Clock.now();
        record.updatedBy = caller.subject();
        if (created) {
            record.persist();
        }
        record.flush();
        return created;
    }

    /**
     * Erases the personal data for good, of a deleted casualty too (deleting one erases it as well,
     * but what an earlier version of Cairn left behind must be erasable).
     */
    @Transactional
    public void erase(UUID casualtyId, String ifMatch) {
        casualties.reachable(casualtyId);
        PersonalDataRecord record = PersonalDataRecord.findById(casualtyId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw ProblemException.notFound("personal data of casualty", casualtyId);
        }
        Preconditions.checkIfMatch(ifMatch, record.version);
        erasure.erase(casualtyId);
    }

    private PersonalData open(PersonalDataRecord record) {
        byte[] plaintext = sealing.openPersonal(record.casualtyId, record.sealed).orElseThrow(() ->
                new IllegalStateException("The personal data of a casualty outlived its key"));
        try {
            PersonalData data = mapper.readValue(plaintext, PersonalData.class);
            data.updatedAt = record.updatedAt;
            data.updatedBy = record.updatedBy;
            data.version = record.version;
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("Personal data of a casualty does not read back", e);
        }
    }

    private byte[] json(PersonalData data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Personal data could not be written", e);
        }
    }
}
