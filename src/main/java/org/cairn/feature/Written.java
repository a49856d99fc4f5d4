package org.cairn.feature;

import java.util.List;
import java.util.UUID;
import org.cairn.validation.Warning;

/** What a write of a feature did: which item, whether it made a new one, and what to look at. */
public record Written(UUID id, boolean created, List<Warning> warnings) {
}
