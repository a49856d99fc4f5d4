package org.cairn.openrosa;

/** The kinds of question Cairn's forms ask, with their XForm data type and XLSForm type. */
enum QuestionType {
    TEXT("string", "text"),
    INTEGER("int", "integer"),
    DECIMAL("decimal", "decimal"),
    DATE("date", "date"),
    TIME("time", "time"),
    /** Yes or no, asked as a choice so that it can be left unanswered. */
    YES_NO("string", "select_one"),
    SELECT_ONE("string", "select_one"),
    SELECT_MULTIPLE("string", "select_multiple"),
    SELECT_FROM_FILE("string", "select_one_from_file"),
    GEOPOINT("geopoint", "geopoint"),
    GEOSHAPE("geoshape", "geoshape"),
    IMAGE("binary", "image");

    private final String xformType;
    private final String xlsformType;

    QuestionType(String xformType, String xlsformType) {
        this.xformType = xformType;
        this.xlsformType = xlsformType;
    }

    String xformType() {
        return xformType;
    }

    String xlsformType() {
        return xlsformType;
    }

    boolean choices() {
        return this == YES_NO || this == SELECT_ONE || this == SELECT_MULTIPLE;
    }
}
