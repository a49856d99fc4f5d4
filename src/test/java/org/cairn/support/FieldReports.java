package org.cairn.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds field report bodies for tests, as mutable maps that a test can spoil on purpose. */
public final class FieldReports {

    private FieldReports() {
    }

    /** A report of an organisation, dated 2026-11-28, with these items. */
    @SafeVarargs
    public static Map<String, Object> report(String organisation, Map<String, Object>... items) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportId", UUID.randomUUID().toString());
        report.put("reportNumber", "ALPHA-HA-20261128-" + UUID.randomUUID().toString().substring(0, 4));
        report.put("formName", "Non-technical survey");
        report.put("formVersion", "3.2");
        report.put("reporter", "Team leader 2");
        report.put("reportingOrganisationId", organisation);
        report.put("dateOfInformation", "2026-11-28");
        report.put("device", "tablet-17");
        report.put("items", new ArrayList<>(List.of(items)));
        return report;
    }

    /** An item recording a new record of this kind. */
    public static Map<String, Object> newRecord(String kind, Map<String, Object> content) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", UUID.randomUUID().toString());
        item.put("kind", kind);
        item.put("content", content);
        return item;
    }

    /** An item changing a record, as it stood at a version. */
    public static Map<String, Object> change(String kind, String targetId, long baseVersion,
            Map<String, Object> content) {
        Map<String, Object> item = newRecord(kind, content);
        item.put("targetId", targetId);
        item.put("baseVersion", baseVersion);
        return item;
    }

    /** Announces a file the report will send, by its name, SHA-256 and size. */
    public static Map<String, Object> withAttachment(Map<String, Object> report, String name, byte[] file) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("name", name);
        attachment.put("sha256", sha256(file));
        attachment.put("size", file.length);
        report.put("attachments", List.of(attachment));
        return report;
    }

    public static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("items");
    }
}
