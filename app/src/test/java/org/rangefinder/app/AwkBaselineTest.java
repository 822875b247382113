package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangefinder.Guidelines;
import org.rangefinder.app.screen.DocketGenerator;
import org.rangefinder.app.screen.RecordScanner;

/**
 * The short form of {@code bench/screen.sh}: the awk baseline (bench/table-lookup.awk) and
 * {@code screen} on the same generated docket, malformed lines included. Both write one row per
 * record, and where the awk script finds a table cell, it is the original table range screen reports
 * for the stated level and category: the baseline does the lookup it stands for. No time is measured.
 */
class AwkBaselineTest {

    @TempDir
    Path dir;

    @Test
    void theBaselineLooksUpTheCellsScreenDoes() throws Exception {
        assumeThat(awk()).as("an awk on the PATH").isTrue();
        Path docket = dir.resolve("docket.csv");
        try (Writer w = Files.newBufferedWriter(docket, StandardCharsets.UTF_8)) {
            new DocketGenerator(Guidelines.load(), 11).write(w, 5_000, 15, 1);
        }
        Path table = dir.resolve("table.csv");
        Cli.Run t = Cli.run("table", "--format", "csv", "--date", "2025-11-01");
        assertThat(t.code()).isZero();
        Files.writeString(table, t.out());
        Path awkOut = dir.resolve("awk.csv");
        Path root = Path.of(System.getProperty("rangefinder.root", "..")).toAbsolutePath().normalize();
        Process p = new ProcessBuilder("awk", "-v", "table=" + table, "-f",
                root.resolve("bench/table-lookup.awk").toString(), docket.toString())
                .redirectOutput(awkOut.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("awk finishes").isTrue();
        assertThat(p.exitValue()).isZero();
        Path out = dir.resolve("screen.csv");
        Cli.Run s = Docket.screen(docket, out, "--threads", "2");
        assertThat(s.code()).as(s.err()).isIn(0, 2, 3);

        List<NamedCsvRecord> awk = read(awkOut);
        List<NamedCsvRecord> screened = Docket.results(out);
        List<Boolean> careerOffenders = careerOffenders(docket);
        assertThat(awk).hasSize(5_000);
        assertThat(screened).hasSize(5_000);
        int compared = 0;
        for (int i = 0; i < screened.size(); i++) {
            NamedCsvRecord a = awk.get(i);
            NamedCsvRecord r = screened.get(i);
            if (!r.getField("relief").equals("error")) { // a malformed record's id may not be read
                assertThat(a.getField("id")).as("row %d", i + 1).isEqualTo(r.getField("id"));
            }
            String cell = a.getField("table_range");
            String original = r.getField("original_table_range");
            // a career offender's range is read from category VI (§ 4B1.1), whatever the stated category
            boolean careerOffender = careerOffenders.get(i);
            if (!cell.isEmpty() && !original.isEmpty() && !careerOffender) {
                // screen writes every range as N-M (life-life too); the script writes a single term alone
                assertThat(original).as("row %d (%s)", i + 1, r.getField("id"))
                        .isEqualTo(cell.contains("-") ? cell : cell + "-" + cell);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(2_000);
    }

    private static List<NamedCsvRecord> read(Path csv) throws IOException {
        List<NamedCsvRecord> out = new ArrayList<>();
        try (var r = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofNamedCsvRecord(csv)) {
            r.forEach(out::add);
        }
        return out;
    }

    /** Whether each record states career_offender true, read as screen reads the docket (malformed lines too). */
    private static List<Boolean> careerOffenders(Path docket) throws IOException {
        List<Boolean> out = new ArrayList<>();
        try (var scanner = new RecordScanner(Files.newInputStream(docket))) {
            int column = List.of(scanner.next().fields()).indexOf("career_offender");
            for (RecordScanner.Record r = scanner.next(); r != null; r = scanner.next()) {
                out.add(!r.isError() && r.fields().length > column && r.fields()[column].equals("true"));
            }
        }
        return out;
    }

    private static boolean awk() {
        try {
            return new ProcessBuilder("awk", "BEGIN { exit 0 }").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
