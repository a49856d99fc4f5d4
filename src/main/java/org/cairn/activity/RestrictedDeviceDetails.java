package org.cairn.activity;

import java.util.List;
import org.cairn.feature.Withheld;
import org.cairn.validation.FieldError;
import org.cairn.web.ProblemException;

/**
 * The make and description of an IED, or of ammunition found in a store, which callers without
 * restricted access read as null, as {@link DeviceFindingFeatures#RESTRICTIONS} declares.
 */
final class RestrictedDeviceDetails {

    private RestrictedDeviceDetails() {
    }

    /**
     * A change by someone who read the finding without its details (an operator, a field report
     * from a tablet) puts back what it read: the details it could not read stay as stored rather
     * than being erased; a value it does send replaces them. It may not change what kind of
     * device this is, which would either contradict the model it cannot see or make the details
     * public. Answers whether details were kept.
     */
    static boolean keepUnread(DeviceFindingProperties in, DeviceFinding stored) {
        if (!restricted(stored)) {
            return false;
        }
        if (in.category != null && in.category != stored.category) {
            throw ProblemException.invalid(List.of(new FieldError("properties.category",
                    "this device's details are restricted, and a change by someone who cannot read them may not change "
                            + "what kind of device it is; a data manager can, directly")));
        }
        if (in.ordnanceTypeId == null) {
            in.ordnanceTypeId = stored.ordnanceTypeId;
        }
        if (in.description == null) {
            in.description = stored.description;
        }
        return true;
    }

    /** Details kept by {@link #keepUnread} must stay restricted: their author never read them. */
    static void checkStillRestricted(DeviceFinding changed) {
        changed.flush();
        if (!restricted(changed)) {
            throw ProblemException.invalid(List.of(new FieldError("properties",
                    "the change would make this device's restricted details public (it would leave its ammunition "
                            + "store, or no longer be an IED), and its author cannot read them; a data manager can make "
                            + "it, directly")));
        }
    }

    private static boolean restricted(DeviceFinding finding) {
        return !Withheld.on(DeviceFinding.getEntityManager(), DeviceFindingFeatures.TYPE, finding.id).isEmpty();
    }
}
