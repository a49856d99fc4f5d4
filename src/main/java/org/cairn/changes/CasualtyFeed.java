package org.cairn.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.feature.SqlStatement;
import org.cairn.security.Caller;
import org.cairn.victim.CasualtyAudience;
import org.cairn.victim.CasualtyService;

/**
 * Casualties in the feed. They are no features (a casualty has no place of its own) and their
 * injuries are sealed, opened only in Cairn, so they are read through their service, which opens
 * them and shows each caller what its consent allows, rather than rendered by PostgreSQL.
 */
record CasualtyFeed(CasualtyService casualties, Caller caller, ObjectMapper mapper) implements FeedCollection {

    static final String NAME = "casualties";

    @Override
    public void visible(SqlStatement query) {
        query.append("casualty t WHERE t.id = c.item_id AND " + CasualtyAudience.sql(caller, "t"));
        caller.confinedToOrganisation().ifPresent(organisation ->
                query.append(" AND t.reporting_organisation_id = ?", organisation));
    }

    /** One query for the page's casualties; one deleted since is absent, as a later entry says. */
    @Override
    public Map<UUID, byte[]> items(Set<UUID> ids) {
        Map<UUID, byte[]> items = new HashMap<>();
        casualties.visibleAmong(ids).forEach((id, casualty) -> {
            try {
                items.put(id, mapper.writeValueAsBytes(casualty));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        return items;
    }
}
