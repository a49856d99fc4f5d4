package org.cairn.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * Something a write accepted but a data manager should look at: a possible duplicate, a suspicious
 * vertex. Returned with the stored item, never a reason to refuse field data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String detail, UUID relatedId) {

    public static Warning of(String code, String detail) {
        return new Warning(code, detail, null);
    }
}
