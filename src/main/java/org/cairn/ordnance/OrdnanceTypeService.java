package org.cairn.ordnance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.security.Caller;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Keeps the ordnance catalogue. */
@ApplicationScoped
public class OrdnanceTypeService {

    private final JsonBodies bodies;
    private final Validator validator;
    private final Caller caller;

    OrdnanceTypeService(JsonBodies bodies, Validator validator, Caller caller) {
        this.bodies = bodies;
        this.validator = validator;
        this.caller = caller;
    }

    public List<OrdnanceTypeData> list(OrdnanceCategory category) {
        Sort order = Sort.by("category").and("model");
        List<OrdnanceType> types = category == null ? OrdnanceType.listAll(order)
                : OrdnanceType.list("category", order, category);
        return types.stream().map(OrdnanceTypeData::of).toList();
    }

    public OrdnanceTypeData get(UUID id) {
        OrdnanceType type = OrdnanceType.findById(id);
        if (type == null) {
            throw ProblemException.notFound("ordnance type", id);
        }
        return OrdnanceTypeData.of(type);
    }

    @Transactional
    public OrdnanceTypeData create(JsonNode body) {
        OrdnanceTypeData in = check(bodies.convert(body, OrdnanceTypeData.class));
        UUID id = in.id != null ? in.id : UUID.randomUUID();
        if (OrdnanceType.findById(id) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Ordnance type " + id + " already exists.");
        }
        refuseDuplicate(in, id);
        OrdnanceType type = new OrdnanceType();
        type.id = id;
        apply(in, type);
        type.createdAt = type.updatedAt;
        type.createdBy = type.updatedBy;
        type.persistAndFlush();
        return OrdnanceTypeData.of(type);
    }

    @Transactional
    public OrdnanceTypeData replace(UUID id, String ifMatch, JsonNode body) {
        OrdnanceType type = OrdnanceType.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (type == null) {
            throw ProblemException.notFound("ordnance type", id);
        }
        Preconditions.checkIfMatch(ifMatch, type.version);
        OrdnanceTypeData in = check(bodies.convert(body, OrdnanceTypeData.class));
        if (in.id != null && !in.id.equals(id)) {
            throw ProblemException.invalid(List.of(new FieldError("id", "differs from the id in the URL")));
        }
        refuseDuplicate(in, id);
        apply(in, type);
        type.flush();
        return OrdnanceTypeData.of(type);
    }

    private void apply(OrdnanceTypeData in, OrdnanceType type) {
        type.category = in.category;
        type.subCategory = in.subCategory;
        type.model = in.model.trim();
        type.description = in.description;
        type.updatedAt = Clock.now();
        type.updatedBy = caller.subject();
    }

    private OrdnanceTypeData check(OrdnanceTypeData in) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, in, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return in;
    }

    private static void refuseDuplicate(OrdnanceTypeData in, UUID id) {
        if (OrdnanceType.count("category = ?1 and lower(model) = lower(?2) and id <> ?3", in.category, in.model.trim(),
                id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The catalogue holds " + in.category + " / " + in.model.trim() + " already.");
        }
    }
}
