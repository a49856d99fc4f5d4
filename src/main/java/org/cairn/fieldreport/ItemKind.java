package org.cairn.fieldreport;

/**
 * What an item of a field report records. Survey points travel inside their hazard area or
 * activity, as they do in the direct API.
 */
public enum ItemKind {
    HAZARD_AREA("hazard area"),
    ACTIVITY("activity"),
    LAND_RELEASE("land release record"),
    DEVICE_FINDING("device finding"),
    ACCIDENT("accident"),
    CASUALTY("casualty"),
    EORE_SESSION("risk education session"),
    /** Reported by inspectors only: whoever judges an organisation's work is not one of its field teams. */
    MONITORING_VISIT("monitoring visit");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accidents and casualties, and what is found at them, are sensitive data (domain.md). */
    public boolean sensitive() {
        return this == ACCIDENT || this == CASUALTY;
    }
}
