package org.cairn.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import org.cairn.security.Caller;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller; Hibernate creates this listener, so it looks the caller up. */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object entity) {
        Revision revision = (Revision) entity;
        try (InstanceHandle<Caller> handle = Arc.container().instance(Caller.class)) {
            Caller caller = handle.get();
            revision.subject = caller.subject();
            revision.organisation = caller.organisation().orElse(null);
            revision.client = caller.client();
        }
    }
}
