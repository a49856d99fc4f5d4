package org.cairn.feature;

import java.util.List;
import org.cairn.security.Caller;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * The collections Cairn serves, to GIS clients, exports and the change feed alike, and which of
 * them a caller may see. Each domain package declares its own; {@code org.cairn.ServedCollections}
 * puts them in order.
 */
public class Catalogue {

    private final List<ServedCollection> all;

    /** The collections in the order clients list them. */
    public Catalogue(List<ServedCollection> all) {
        this.all = List.copyOf(all);
    }

    /** Every collection, whoever asks; for the API definition. */
    public List<ServedCollection> all() {
        return all;
    }

    /** The collections this caller may read, in a stable order. */
    public List<ServedCollection> visibleTo(Caller caller) {
        return all.stream().filter(collection -> caller.may(collection.read())).toList();
    }

    /**
     * The collection, or 404 when there is none. A caller who may not read it gets 401 without
     * credentials, so that GIS clients ask for them, and 403 with them, as /api/v1 answers.
     */
    public ServedCollection find(String id, Caller caller) {
        ServedCollection collection = all.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No collection " + Names.shown(id) + "."));
        if (!caller.may(collection.read())) {
            throw caller.isAnonymous()
                    ? new ProblemException(ProblemType.UNAUTHORIZED, "Collection " + id + " needs credentials.")
                    : new ProblemException(ProblemType.FORBIDDEN, "Your roles do not allow reading " + id + ".");
        }
        return collection;
    }
}
