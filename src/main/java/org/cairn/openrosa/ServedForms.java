package org.cairn.openrosa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** The field forms as served, made once: the encrypted ones carry the form key's public half. */
@ApplicationScoped
public class ServedForms {

    @Inject FormKeys keys;

    private volatile List<ServedForm> forms;

    List<ServedForm> all() {
        if (forms == null) {
            forms = FieldForms.ALL.stream()
                    .map(form -> ServedForm.of(form, form.encrypted() ? keys.publicKey() : null)).toList();
        }
        return forms;
    }

    Optional<ServedForm> find(String id) {
        return all().stream().filter(form -> form.id().equals(id)).findFirst();
    }

    /** The form of this id; 404 when Cairn serves none. */
    ServedForm require(String id) {
        return find(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No form " + Names.shown(id)
                + "."));
    }
}
