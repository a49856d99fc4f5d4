package org.cairn.openrosa;

import java.util.List;

/**
 * A form field teams fill in with ODK Collect, KoboCollect or Survey123: the records it makes and
 * which of their fields it asks for, by the names the records' own endpoints take. Questions, their
 * types, choices and constraints are read from the records' classes (see {@link Questions}), so
 * that a form never drifts from the API.
 *
 * @param id        the form's id, which its submissions name
 * @param encrypted whether devices encrypt what they send (sensitive data: a lost tablet reveals nothing)
 */
record FieldForm(String id, boolean encrypted, List<Section> sections) {
}
