package org.cairn.hazard;

import java.util.UUID;

/** What the hazard package needs to know of land release, asked of the database directly. */
final class LandReleases {

    private LandReleases() {
    }

    static boolean existFor(UUID hazardAreaId) {
        Number count = (Number) HazardArea.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM land_release WHERE hazard_area_id = ?1 AND voided_at IS NULL")
                .setParameter(1, hazardAreaId).getSingleResult();
        return count.longValue() > 0;
    }
}
