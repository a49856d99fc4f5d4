package org.cairn.ogc.cql2;

/** The two encodings of CQL2 that the filter-lang parameter chooses between. */
public enum Cql2Language {
    TEXT,
    JSON;

    /** From the filter-lang parameter value: "cql2-text" or "cql2-json"; anything else throws Cql2Exception. */
    public static Cql2Language of(String filterLang) {
        if ("cql2-text".equals(filterLang)) {
            return TEXT;
        }
        if ("cql2-json".equals(filterLang)) {
            return JSON;
        }
        throw new Cql2Exception("Unknown filter-lang; Cairn accepts cql2-text and cql2-json.", -1);
    }
}
