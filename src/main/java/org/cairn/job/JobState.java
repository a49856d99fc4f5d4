package org.cairn.job;

/** Where a job is: waiting for a worker, running, or finished one way or the other. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    boolean finished() {
        return this == DONE || this == FAILED;
    }
}
