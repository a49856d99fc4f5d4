package org.cairn.openrosa;

/**
 * What a form asks for: a field of the record, by its path in the JSON the record's endpoint takes
 * ({@code properties.classification}, {@code properties.surveyPoints[].type}), and how to ask
 * where the record's class alone cannot say (a geometry as a point or a shape; an id chosen from
 * a list shipped with the form).
 *
 * @param path     the field's path; {@code []} marks a list the form repeats
 * @param how      the kind of question, or null to derive it from the field's type
 * @param list     for {@link QuestionType#SELECT_FROM_FILE}, the media file the choices come from
 * @param required whether the form insists on an answer although the record does not
 */
record Ask(String path, QuestionType how, String list, boolean required) {

    static Ask field(String path) {
        return new Ask(path, null, null, false);
    }

    /** A field the record may go without, which the form still asks to be answered. */
    static Ask required(String path) {
        return new Ask(path, null, null, true);
    }

    static Ask point(String path) {
        return new Ask(path, QuestionType.GEOPOINT, null, true);
    }

    static Ask shape(String path) {
        return new Ask(path, QuestionType.GEOSHAPE, null, true);
    }

    /** An id chosen from a media file of the form, such as a model of the ordnance catalogue. */
    static Ask fromList(String path, String list) {
        return new Ask(path, QuestionType.SELECT_FROM_FILE, list, false);
    }
}
