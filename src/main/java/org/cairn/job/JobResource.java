package org.cairn.job;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Progress and outcome of background jobs, such as imports of administrative areas. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Background work and its progress.")
public class JobResource {

    @Inject Jobs jobs;

    @GET
    @Path("{id}")
    // Jobs change reference data; those who may start them follow them.
    @Requires(Access.WRITE_REFERENCE_DATA)
    @Operation(summary = "Follow a job", description = "State (QUEUED, RUNNING, DONE, FAILED), progress as done of "
            + "total, and once done its summary. Any instance of the service answers for any job. A job whose "
            + "instance stopped is reported FAILED and can be run again.")
    @APIResponse(responseCode = "200", description = "The job.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class)))
    public Job get(@PathParam("id") UUID id) {
        return jobs.get(id).orElseThrow(() -> ProblemException.notFound("job", id));
    }
}
