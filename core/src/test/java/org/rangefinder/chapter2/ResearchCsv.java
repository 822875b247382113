package org.rangefinder.chapter2;

import org.rangefinder.testing.Shared;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a research file from {@code shared/reference/} (system property {@code rangefinder.shared},
 * set by the build); fails the test with a clear message when the folder or the file is missing.
 */
final class ResearchCsv {

    private ResearchCsv() {}

    static List<Map<String, String>> read(String name, String... requiredColumns) {
        String shared = System.getProperty("rangefinder.shared");
        if (shared == null || shared.isBlank()) {
            fail("system property 'rangefinder.shared' is not set; it must point to the shared research folder"
                    + " (the Maven build sets it to ${maven.multiModuleProjectDirectory}/../shared)");
        }
        Path dir = Path.of(shared);
        if (!Files.isDirectory(dir)) {
            fail("rangefinder.shared points to '" + dir.toAbsolutePath() + "', which is not a directory");
        }
        Path csv = dir.resolve("reference").resolve(name);
        if (!Files.isRegularFile(csv)) {
            fail("research file missing: " + csv.toAbsolutePath());
        }
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> records = parse(text);
        List<String> header = records.getFirst();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                fail(csv + " lacks the column '" + column + "' (has " + header + ")");
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                fail(csv + ": record " + record + " has " + record.size() + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i).strip());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            fail(csv + " has no rows");
        }
        return rows;
    }

    /** RFC 4180: comma-separated, fields may be quoted with '"', a quote inside is doubled. */
    static List<List<String>> parse(String text) {
        return Shared.Csv.parse(text);
    }
}
