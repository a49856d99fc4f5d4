package org.cairn.openrosa;

import java.util.List;
import org.cairn.security.Access;

/**
 * A form field teams fill in with ODK Collect, KoboCollect or Survey123: the records it makes and
 * which of their fields it asks for, by the names the records' own endpoints take. Questions, their
 * types, choices and constraints are read from the records' classes (see {@link Questions}), so
 * that a form never drifts from the API.
 *
 * @param id        the form's id, which its submissions name
 * @param encrypted whether devices encrypt what they send (sensitive data: a lost tablet reveals nothing)
 * @param reporters who fills it in: the form list offers it to them only
 */
record FieldForm(String id, boolean encrypted, Access reporters, List<Section> sections) {

    /** A form any field team fills in. */
    FieldForm(String id, boolean encrypted, List<Section> sections) {
        this(id, encrypted, Access.SUBMIT_FIELD_REPORTS, sections);
    }
}
