package org.cairn.ordnance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.security.Caller;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Keeps the ordnance catalogue. */
@ApplicationScoped
public class OrdnanceTypeService {

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject Caller caller;

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
        type.recordCreation(caller.subject(), Clock.now());
        type.persistAndFlush();
        return OrdnanceTypeData.of(type);
    }

    @Transactional
    public OrdnanceTypeData replace(UUID id, String ifMatch, JsonNode body) {
        OrdnanceType type = Records.lockedForChange(OrdnanceType.class, id, ifMatch, "ordnance type");
        OrdnanceTypeData in = check(bodies.convert(body, OrdnanceTypeData.class));
        Records.requireSameId(in.id, id);
        refuseDuplicate(in, id);
        apply(in, type);
        type.recordChange(caller.subject(), Clock.now());
        type.flush();
        return OrdnanceTypeData.of(type);
    }

    private void apply(OrdnanceTypeData in, OrdnanceType type) {
        type.category = in.category;
        type.subCategory = in.subCategory;
        type.model = in.model.trim();
        type.description = in.description;
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
