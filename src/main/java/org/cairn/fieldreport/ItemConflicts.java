package org.cairn.fieldreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cairn.activity.Activity;
import org.cairn.activity.DeviceFinding;
import org.cairn.eore.EoreSession;
import org.cairn.hazard.HazardArea;
import org.cairn.quality.MonitoringVisit;
import org.cairn.security.Caller;
import org.cairn.victim.Accident;
import org.cairn.victim.Casualty;
import org.cairn.web.Problem;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Whether a change in a report may go on the current record: not when the record holds newer
 * information than the report (the date-of-information rule), and only by the approver's choice
 * when the record has changed since the version the change was made on.
 */
@ApplicationScoped
class ItemConflicts {

    static final String OLDER_INFORMATION = "OLDER_INFORMATION";
    static final String STALE_BASE = "STALE_BASE";

    @Inject Caller caller;

    /** The record as far as a conflict concerns it. */
    private record Target(long version, LocalDate dateOfInformation, UUID organisationId) {
    }

    /** The conflict of a change with its target, if any; a target the caller may not see is not found. */
    Optional<Problem> of(FieldReportItemData item, LocalDate reportDate) {
        Target target = target(item.kind, item.targetId).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound(item.kind.label(), item.targetId));
        if (target.dateOfInformation() != null && reportDate.isBefore(target.dateOfInformation())) {
            return Optional.of(new ProblemException(ProblemType.CONFLICT, "The " + item.kind.label() + " holds "
                    + "information of " + target.dateOfInformation() + ", newer than this report's " + reportDate
                    + "; an older report never overwrites newer information.")
                    .with("conflict", OLDER_INFORMATION)
                    .with("currentDateOfInformation", target.dateOfInformation()).problem());
        }
        if (target.version() != item.baseVersion) {
            return Optional.of(new ProblemException(ProblemType.CONFLICT, "The " + item.kind.label() + " has changed "
                    + "since version " + item.baseVersion + " on which this change was made; it is now at version "
                    + target.version() + ". The approver applies the change over it, or skips it.")
                    .with("conflict", STALE_BASE)
                    .with("currentVersion", target.version()).problem());
        }
        return Optional.empty();
    }

    private boolean visible(Target target) {
        return caller.confinedToOrganisation().map(organisation -> organisation.equals(target.organisationId()))
                .orElse(true);
    }

    private static Optional<Target> target(ItemKind kind, UUID id) {
        return switch (kind) {
            case HAZARD_AREA -> Optional.ofNullable(HazardArea.<HazardArea>findById(id)).filter(r -> !r.isDeleted())
                    .map(r -> new Target(r.version, r.dateOfInformation, r.reportingOrganisationId));
            case ACTIVITY -> Optional.ofNullable(Activity.<Activity>findById(id)).filter(r -> !r.isDeleted())
                    .map(r -> new Target(r.version, r.dateOfInformation, r.implementingOrganisationId));
            case DEVICE_FINDING -> Optional.ofNullable(DeviceFinding.<DeviceFinding>findById(id))
                    .filter(r -> !r.isDeleted()).map(r -> new Target(r.version, null, r.reportingOrganisationId));
            case ACCIDENT -> Optional.ofNullable(Accident.<Accident>findById(id)).filter(r -> !r.isDeleted())
                    .map(r -> new Target(r.version, r.dateOfInformation, r.reportingOrganisationId));
            case CASUALTY -> Optional.ofNullable(Casualty.<Casualty>findById(id)).filter(r -> !r.isDeleted())
                    .map(r -> new Target(r.version, r.dateOfInformation, r.reportingOrganisationId));
            case EORE_SESSION -> Optional.ofNullable(EoreSession.<EoreSession>findById(id)).filter(r -> !r.isDeleted())
                    .map(r -> new Target(r.version, r.dateOfInformation, r.reportingOrganisationId));
            case MONITORING_VISIT -> Optional.ofNullable(MonitoringVisit.<MonitoringVisit>findById(id))
                    .filter(r -> !r.isDeleted())
                    .map(r -> new Target(r.version, r.dateOfInformation, r.reportingOrganisationId));
            case LAND_RELEASE -> Optional.empty();
        };
    }
}
