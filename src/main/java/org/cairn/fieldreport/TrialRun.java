package org.cairn.fieldreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.function.Supplier;

/** Runs writes in a transaction of their own that is always rolled back: to learn what they would do. */
@ApplicationScoped
class TrialRun {

    @Inject TransactionManager transactions;

    <T> T rolledBack(Supplier<T> work) {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("A trial run needs a transaction of its own", e);
        }
        try {
            return work.get();
        } finally {
            try {
                transactions.rollback();
            } catch (SystemException e) {
                throw new IllegalStateException("A trial run could not be rolled back", e);
            }
        }
    }
}
