package org.cairn.adminarea;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.job.JobKind;
import org.cairn.job.JobRunner;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Imports of administrative areas. The file is read once while the client waits, so that a file
 * that is not a FeatureCollection is refused at once and the job knows its size; the writing
 * runs as a job, followed by a job that places every item again.
 */
@ApplicationScoped
public class AdminAreaImports {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final JsonFactory fileJson;
    private final JobRunner jobs;
    private final long maxImportSize;

    AdminAreaImports(AgroalDataSource dataSource, ObjectMapper mapper, JobRunner jobs, CairnConfig config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        // A feature's properties are read as a tree in the middle of the file: the strict reading
        // of request bodies would take the rest of the file for trailing garbage.
        this.fileJson = mapper.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).getFactory();
        this.jobs = jobs;
        this.maxImportSize = config.limits().maxImportSize().asLongValue();
    }

    /** Starts an import; the id is the job's. */
    public UUID start(InputStream body, AdminAreaMapping mapping, String by) {
        AdminAreaFile file = AdminAreaFile.spool(body, maxImportSize, fileJson);
        try {
            List<AdminAreaEntry> entries = scan(file, mapping);
            return jobs.submit(JobKind.ADMIN_AREA_IMPORT, (long) entries.size(), by,
                    new AdminAreaImport(dataSource, file, entries, mapper, () -> assign(by).toString()));
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Imports while the caller waits, for a file known to be small (the demo province); returns the summary. */
    public String importNow(InputStream body, AdminAreaMapping mapping, String by) throws Exception {
        AdminAreaFile file = AdminAreaFile.spool(body, maxImportSize, fileJson);
        try {
            List<AdminAreaEntry> entries = scan(file, mapping);
            return new AdminAreaImport(dataSource, file, entries, mapper, () -> assign(by).toString())
                    .run((done, total) -> { });
        } finally {
            file.close();
        }
    }

    /** Places every item again, in the background. */
    public UUID assign(String by) {
        return jobs.submit(JobKind.ADMIN_AREA_ASSIGNMENT, null, by, new AdminAreaAssignment(dataSource, mapper, by));
    }

    private static List<AdminAreaEntry> scan(AdminAreaFile file, AdminAreaMapping mapping) {
        List<AdminAreaEntry> entries = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        try {
            file.read(false, feature -> entries.add(AdminAreaEntry.read(feature, mapping, firstAt)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The uploaded file could not be read back", e);
        }
        if (entries.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_CONTENT, "The FeatureCollection has no features.");
        }
        return entries;
    }
}
