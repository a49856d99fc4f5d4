package org.cairn.openrosa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

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
}
