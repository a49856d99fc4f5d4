package org.cairn.openrosa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The labels of the field forms in the languages they are served in, from
 * {@code openrosa/labels_<code>.properties} (UTF-8). The first language is the default.
 */
final class Labels {

    /** A language as XForms and XLSForms name it, with its code so that apps can pick the device's own. */
    record Language(String code, String name, Properties labels) {

        String label(String key, Object argument) {
            String label = labels.getProperty(key);
            if (label == null) {
                throw new IllegalStateException("No " + name + " label " + key);
            }
            return argument == null ? label : label.replace("{0}", String.valueOf(argument));
        }
    }

    static final List<Language> LANGUAGES = List.of(load("en", "English (en)"), load("fr", "Français (fr)"));

    private Labels() {
    }

    private static Language load(String code, String name) {
        Properties labels = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/openrosa/labels_" + code + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Language(code, name, labels);
    }
}
