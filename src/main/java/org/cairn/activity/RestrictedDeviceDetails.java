package org.cairn.activity;

import org.cairn.hazard.Classification;
import org.cairn.hazard.HazardArea;
import org.cairn.ordnance.OrdnanceCategory;

/**
 * The make and description of an IED, or of ammunition found in a store, which callers without
 * restricted access read as null (the same rule as {@link DeviceFindingFeatures}, there in SQL).
 */
final class RestrictedDeviceDetails {

    private RestrictedDeviceDetails() {
    }

    /**
     * An operator replacing such a finding puts back what it read: the details it could not read
     * stay as stored rather than being erased; a value it does send replaces them.
     */
    static void keepUnread(DeviceFindingProperties in, DeviceFinding stored) {
        if (!restricted(stored)) {
            return;
        }
        if (in.ordnanceTypeId == null) {
            in.ordnanceTypeId = stored.ordnanceTypeId;
        }
        if (in.description == null) {
            in.description = stored.description;
        }
    }

    private static boolean restricted(DeviceFinding finding) {
        if (finding.category == OrdnanceCategory.IED) {
            return true;
        }
        if (finding.hazardAreaId == null) {
            return false;
        }
        HazardArea hazard = HazardArea.findById(finding.hazardAreaId);
        return hazard != null && hazard.classification == Classification.AMMUNITION_STORAGE;
    }
}
