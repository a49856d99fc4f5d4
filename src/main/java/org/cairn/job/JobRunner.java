package org.cairn.job;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs jobs one after the other on one thread of this instance: imports are rare, and running
 * them in turn keeps a second one from competing with the first for the same rows. While this
 * instance holds a job, queued or running, it keeps the job's heartbeat fresh, so that only a
 * job whose instance stopped falls silent, however long it waits or a step of it takes.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final Jobs jobs;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "cairn-jobs"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "cairn-job-heartbeat"));

    JobRunner(Jobs jobs) {
        this.jobs = jobs;
        heart.scheduleWithFixedDelay(this::beat, Jobs.BEAT_SECONDS, Jobs.BEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Records the job as queued and runs it in the background; the id is what clients poll. */
    public UUID submit(JobKind kind, Long total, String by, JobWork work) {
        UUID id = jobs.create(kind, total, by);
        held.add(id);
        worker.execute(() -> run(id, work));
        return id;
    }

    private void beat() {
        if (held.isEmpty()) {
            return;
        }
        try {
            jobs.beat(Set.copyOf(held));
        } catch (RuntimeException e) {
            // The database is away; the next beat tries again, well within the silence allowed.
            LOG.warnf("Job heartbeat failed: %s", e.getClass().getName());
        }
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
        } finally {
            held.remove(id);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void stop() {
        heart.shutdownNow();
        worker.shutdownNow();
    }
}
