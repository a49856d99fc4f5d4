package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Top-level members added to a rendered feature, such as the warnings of the write that made it. */
@FunctionalInterface
public interface ExtraMembers {

    ExtraMembers NONE = json -> { };

    void write(JsonGenerator json) throws IOException;
}
