package org.rangefinder.testing;

import static org.junit.jupiter.api.Assertions.fail;

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
 * The shared research folder (reference CSVs, USSC data extracts), located by the system
 * property {@code rangefinder.shared} that the Surefire configuration sets. A missing folder or
 * file fails the test with a message saying what is missing; it never skips.
 */
public final class Shared {

    public static final String PROPERTY = "rangefinder.shared";

    private Shared() {}

    /** The shared folder. */
    public static Path dir() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            fail("system property " + PROPERTY + " is not set: run the tests through Maven (the Surefire"
                    + " configuration sets it to ${maven.multiModuleProjectDirectory}/../shared) or pass -D"
                    + PROPERTY + "=/path/to/shared");
        }
        Path dir = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            fail("the shared research folder " + dir + " (system property " + PROPERTY + "=" + value
                    + ") does not exist; the tests read the reference tables from it");
        }
        return dir;
    }

    /** A file of the shared folder, e.g. {@code reference/sentencing_table.csv}; fails if it is missing. */
    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.isRegularFile(p)) {
            fail("shared file missing: " + p);
        }
        return p;
    }

    /** The rows of a CSV file of the shared folder, keyed by its header. */
    public static List<Row> csv(String relative) {
        return Csv.read(file(relative));
    }

    /** One CSV record: values by column name; asking for a column the file lacks fails. */
    public record Row(Path file, int line, Map<String, String> values) {

        public String get(String column) {
            String v = values.get(column);
            if (v == null) {
                fail(file.getFileName() + " has no column '" + column + "' (columns: " + values.keySet() + ")");
            }
            return v;
        }

        public int integer(String column) {
            return Integer.parseInt(get(column).strip());
        }

        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes. */
    public static final class Csv {

        private Csv() {}

        public static List<Row> read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            List<List<String>> records = parse(text);
            if (records.isEmpty()) {
                fail(file + " is empty");
            }
            List<String> header = records.getFirst();
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<String> r = records.get(i);
                if (r.size() == 1 && r.getFirst().isEmpty()) {
                    continue;
                }
                if (r.size() != header.size()) {
                    fail(file.getFileName() + " record " + i + " has " + r.size() + " fields, the header " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), r.get(c));
                }
                rows.add(new Row(file, i + 1, values));
            }
            return rows;
        }

        public static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    field.append(ch);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            if (field.length() > 0 || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        }
    }
}
