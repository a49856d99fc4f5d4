package org.cairn.job;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs jobs one after the other on one thread of this instance: imports are rare, and running
 * them in turn keeps a second one from competing with the first for the same rows.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final Jobs jobs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cairn-jobs");
        thread.setDaemon(true);
        return thread;
    });

    JobRunner(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Records the job as queued and runs it in the background; the id is what clients poll. */
    public UUID submit(JobKind kind, Long total, String by, JobWork work) {
        UUID id = jobs.create(kind, total, by);
        worker.execute(() -> run(id, work));
        return id;
    }

    private void run(UUID id, JobWork work) {
        try {
            jobs.start(id);
            String summary = work.run((done, total) -> jobs.progress(id, done, total));
            jobs.finish(id, summary);
        } catch (Exception | Error e) {
            // The class only: messages of database errors may quote the rows involved.
            LOG.errorf("Job %s failed: %s", id, e.getClass().getName());
            jobs.fail(id, "The job stopped on an unexpected error. Running it again is safe; report it if it "
                    + "happens again.");
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
