package org.cairn.openrosa;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.cairn.export.Csv;
import org.cairn.security.Caller;

/**
 * The lists forms choose ids from, as the CSV media ODK forms read ({@code name,label}): the
 * ordnance catalogue, and the open hazard areas and current activities the caller may see. A
 * device downloads them with the form, so that a team offline still picks from them.
 */
@RequestScoped
public class FormMedia {

    private static final String ORDNANCE = "SELECT id, model || ' (' || category || ')' FROM ordnance_type "
            + "ORDER BY category, model";
    private static final String HAZARD_AREAS = "SELECT id, local_id || ' ' || name FROM hazard_area "
            + "WHERE deleted_at IS NULL AND status <> 'CLOSED' AND (CAST(? AS uuid) IS NULL "
            + "OR reporting_organisation_id = ?) ORDER BY local_id";
    private static final String ACTIVITIES = "SELECT id, local_id || ' ' || name FROM activity "
            + "WHERE deleted_at IS NULL AND status IN ('PLANNED', 'IN_PROGRESS') AND (CAST(? AS uuid) IS NULL "
            + "OR implementing_organisation_id = ?) ORDER BY local_id";

    @Inject AgroalDataSource dataSource;
    @Inject Caller caller;

    /** The CSV of a list, by the name forms give it; empty for a name no form uses. */
    Optional<byte[]> csv(String list) {
        String select = switch (list) {
            case FieldForms.ORDNANCE -> ORDNANCE;
            case FieldForms.HAZARD_AREAS -> HAZARD_AREAS;
            case FieldForms.ACTIVITIES -> ACTIVITIES;
            default -> null;
        };
        return select == null ? Optional.empty() : Optional.of(read(list, select, !list.equals(FieldForms.ORDNANCE)));
    }

    private byte[] read(String list, String select, boolean confined) {
        StringBuilder csv = new StringBuilder("name,label\n");
        UUID organisation = caller.confinedToOrganisation().orElse(null);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select)) {
            if (confined) {
                statement.setObject(1, organisation);
                statement.setObject(2, organisation);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    csv.append(row.getString(1)).append(',').append(Csv.field(row.getString(2))).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The list " + list + " could not be read", e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
