package org.cairn.openrosa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

/** The base URL the links of an OpenRosa answer are made under: the key path the request came by, if any. */
@RequestScoped
public class OpenRosaBase {

    private String keyPath;

    void set(String keyPath) {
        this.keyPath = keyPath;
    }

    String of(UriInfo uri) {
        return keyPath != null ? keyPath : uri.getBaseUriBuilder().path(OpenRosaPaths.PREFIX).build().toString();
    }
}
