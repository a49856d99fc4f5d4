package org.cairn.openrosa;

import java.util.List;

/**
 * A question as a form asks it, derived from the field of the record it fills.
 *
 * @param name       its element in the form's instance; with its group, unique in the form
 * @param path       the field it fills, as {@link Ask} names it
 * @param choices    the values of a choice: the constants of the field's enumeration, or yes and no
 * @param choiceList the name of the list of choices: the enumeration's, or the media file's
 * @param constraint what an answer must meet, or null
 */
record Question(String name, String path, QuestionType type, boolean required, List<String> choices,
        String choiceList, Constraint constraint) {

    /** An XPath condition on the answer ({@code .}), and the key of the message shown when it fails. */
    record Constraint(String xpath, String message, Object argument) {
    }
}
