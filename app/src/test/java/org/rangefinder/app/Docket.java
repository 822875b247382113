package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds docket CSV files for the screen tests, runs {@code screen} on them and reads the results. */
final class Docket {

    /** A fixed decision date for rows without motion_date, after every decision in the corpus. */
    static final String DATE = "2026-10-01";

    private Docket() {}

    /** CSV text: the header, then one record per row (a missing column is an empty cell). */
    static String csv(List<String> header, List<Map<String, String>> rows) {
        StringWriter w = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
        csv.writeRecord(header);
        for (Map<String, String> r : rows) {
            csv.writeRecord(header.stream().map(h -> r.getOrDefault(h, "")).toList());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A row from alternating column names and values. */
    static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A complete, valid row (an Amendment 782 motion that is granted), changed by {@code kv}. */
    static Map<String, String> valid(String id, String... kv) {
        Map<String, String> m = row("id", id, "court", "D. Kan.", "disposition", "plea", "offense", "drug-trafficking",
                "sentencing_date", "2012-05-01", "offense_level", "29", "criminal_history_category", "II",
                "sentence_months", "97", "motion_kind", "sentence-reduction", "amendment", "782", "motion_date", "2016-01-15",
                "amended_offense_level", "27");
        m.putAll(row(kv));
        return m;
    }

    static final List<String> HEADER = List.of("id", "court", "disposition", "offense", "sentencing_date", "offense_level",
            "criminal_history_category", "sentence_months", "motion_kind", "amendment", "motion_date", "amended_offense_level");

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code screen INPUT --out dir/results.csv --date DATE --no-progress} plus {@code more}. */
    static Cli.Run screen(Path input, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("screen", input.toString(), "--out", out.toString(), "--date", DATE,
                "--no-progress"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The result rows of a results CSV. */
    static List<NamedCsvRecord> results(Path out) {
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(out)) {
            List<NamedCsvRecord> rows = new ArrayList<>();
            r.forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern BALANCE = Pattern.compile(
            "rows read ([\\d,]+) = decided ([\\d,]+) \\+ invalid ([\\d,]+) \\+ unsupported ([\\d,]+) \\+ error ([\\d,]+)");

    /** The counts of the summary line "rows read N = decided + invalid + unsupported + error", checked to balance. */
    static long[] balance(Cli.Run run) {
        Matcher m = BALANCE.matcher(run.err());
        assertThat(m.find()).as("summary on stderr:\n" + run.err()).isTrue();
        long[] v = new long[5];
        for (int i = 0; i < 5; i++) {
            v[i] = Long.parseLong(m.group(i + 1).replace(",", ""));
        }
        assertThat(v[1] + v[2] + v[3] + v[4]).as("rows read = decided + invalid + unsupported + error").isEqualTo(v[0]);
        return v;
    }
}
