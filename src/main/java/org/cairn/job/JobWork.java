package org.cairn.job;

/** What a job does. It reports progress as it goes and returns its summary as a JSON object. */
@FunctionalInterface
public interface JobWork {

    String run(Progress progress) throws Exception;

    /** Progress of a running job; each report also proves the job is alive. */
    interface Progress {

        void report(long done, Long total);
    }
}
