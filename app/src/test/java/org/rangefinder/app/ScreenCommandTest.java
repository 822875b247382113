package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rangefinder.app.screen.Screener;

/** {@code screen}: every input row yields one result row in input order, however broken the input; exit codes. */
class ScreenCommandTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("results.csv");
    }

    private List<String> column(List<NamedCsvRecord> rows, String name) {
        return rows.stream().map(r -> r.getField(name)).toList();
    }

    @Test
    void validRowsAreDecidedAndTheRunExitsZero() {
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("b",
                "amendment", "821-A"))));
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isZero();
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(rows.getFirst().getHeader()).containsExactlyElementsOf(Screener.OUTPUT_COLUMNS);
        assertThat(column(rows, "id")).containsExactly("a", "b");
        assertThat(column(rows, "line")).containsExactly("2", "3");
        NamedCsvRecord a = rows.getFirst();
        assertThat(a.getField("relief")).isEqualTo("available");
        assertThat(a.getField("original_table_range")).isEqualTo("97-121");
        assertThat(a.getField("amended_applicable_range")).isEqualTo("78-97");
        assertThat(a.getField("lowest_permitted_months")).isEqualTo("78");
        assertThat(a.getField("reason_codes")).isEqualTo("ELIGIBLE");
        assertThat(a.getField("error")).isEmpty();
        assertThat(Docket.balance(run)).containsExactly(2, 2, 0, 0, 0);
        assertThat(run.err()).contains("relief: available 1, unavailable 1").contains("ELIGIBLE 1")
                .contains("possible reductions: 19 months in total");
    }

    @Test
    void anInvalidRowNamesTheColumnAndTheRunGoesOnWithExitTwo() {
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, List.of(
                Docket.valid("ok1"),
                Docket.valid("level", "offense_level", "abc"),
                Docket.valid("two", "offense_level", "44", "criminal_history_category", "VII"),
                Docket.valid("ok2"))));
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isEqualTo(Main.EXIT_INVALID);
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "invalid", "invalid", "available");
        assertThat(rows.get(1).getField("error")).isEqualTo("offense_level: 'abc' is not an offense level (1-43)");
        assertThat(rows.get(2).getField("error")).contains("offense_level: '44'").contains(" | ")
                .contains("criminal_history_category: 'VII'");
        assertThat(rows.get(1).getField("reason_codes")).isEmpty();
        assertThat(Docket.balance(run)).containsExactly(4, 2, 2, 0, 0);
    }

    @Test
    void messagesNameColumnsNotCaseFilePaths() {
        Path in = Docket.write(dir, "in.csv", Docket.csv(List.of("id", "mandatory_minimum_months", "statutory_maximum_months",
                "departures", "motion_kind", "amendment"), List.of(
                Docket.row("id", "m", "mandatory_minimum_months", "240", "statutory_maximum_months", "120", "departures",
                        "variance;downward", "motion_kind", "sentence-reduction", "amendment", "782"),
                Docket.row("id", "k", "amendment", "782"))));
        Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(rows.get(0).getField("error"))
                .contains("mandatory_minimum_months: 240 is above statutory_maximum_months 120")
                .contains("departures (item 2): 'downward' is not one of")
                .doesNotContain("sentencing.");
        assertThat(rows.get(1).getField("error")).startsWith("motion_kind: is required");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsAnErrorRow() {
        String text = Docket.csv(Docket.HEADER, List.of(Docket.valid("a"))) + "b,D. Kan.,plea\n"
                + Docket.csv(Docket.HEADER, List.of(Docket.valid("c"))).lines().skip(1).findFirst().orElseThrow() + "\n";
        Path in = Docket.write(dir, "in.csv", text);
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "error", "available");
        assertThat(rows.get(1).getField("id")).isEqualTo("b");
        assertThat(rows.get(1).getField("line")).isEqualTo("3");
        assertThat(rows.get(1).getField("error")).isEqualTo("malformed CSV: 3 fields, the header has 12");
        assertThat(Docket.balance(run)).containsExactly(3, 2, 0, 0, 1);
        assertThat(run.err()).contains("(1 malformed CSV records, 0 defects)");
    }

    @Test
    void anUnbalancedQuoteCostsOnlyItsOwnLine() {
        List<String> lines = new ArrayList<>(Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("b"),
                Docket.valid("c"), Docket.valid("d", "court", "N.D. Ill., Eastern Division"))).lines().toList());
        // row b: a quote opens the court and never closes on its line; row d has quotes of its own further on
        lines.set(2, lines.get(2).replace(",D. Kan.,", ",\"D. Kan.,"));
        Path in = Docket.write(dir, "in.csv", String.join("\n", lines) + "\n");
        Cli.Run run = Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "id")).containsExactly("a", "", "c", "d");
        assertThat(column(rows, "line")).containsExactly("2", "3", "4", "5");
        assertThat(column(rows, "relief")).containsExactly("available", "error", "available", "available");
        assertThat(rows.get(1).getField("error")).contains("unbalanced quote");
        assertThat(Docket.balance(run)).containsExactly(4, 3, 0, 0, 1);
    }

    @Test
    void anUnclosedQuoteAtTheEndOfTheFileIsAnErrorRow() {
        String text = Docket.csv(Docket.HEADER, List.of(Docket.valid("a"))) + "b,\"D. Kan.,plea,drug-trafficking\n";
        Path in = Docket.write(dir, "in.csv", text);
        Cli.Run run = Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "error");
        assertThat(rows.get(1).getField("error")).contains("never closed");
        Docket.balance(run);
    }

    @Test
    void emptyLinesAreErrorRowsAndTheRunContinues() {
        List<String> lines = new ArrayList<>(Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("b")))
                .lines().toList());
        lines.add(2, "");
        lines.add("");
        Path in = Docket.write(dir, "in.csv", String.join("\n", lines) + "\n");
        Cli.Run run = Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "error", "available", "error");
        assertThat(column(rows, "line")).containsExactly("2", "3", "4", "5");
        assertThat(rows.get(1).getField("error")).isEqualTo("malformed CSV: empty line");
        assertThat(Docket.balance(run)).containsExactly(4, 2, 0, 0, 2);
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() throws IOException {
        String text = Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("b",
                "court", "D. Kan.\r\nsecond line"))).replace("\n", "\r\n").replace("\r\r\n", "\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text.getBytes(StandardCharsets.UTF_8));
        bytes.write(Docket.valid("c").values().stream().map(v -> v.contains(",") ? "\"" + v + "\"" : v)
                .reduce((x, y) -> x + "," + y).orElseThrow().getBytes(StandardCharsets.UTF_8));
        Path in = Docket.write(dir, "in.csv", bytes.toByteArray());
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isZero();
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "id")).containsExactly("a", "b", "c");
        // b's court spans two physical lines, so c starts on line 5
        assertThat(column(rows, "line")).containsExactly("2", "3", "5");
        assertThat(column(rows, "relief")).containsOnly("available");
    }

    @Test
    void aOneMegabyteFieldIsAnErrorRowAndTheRunContinues() {
        String text = Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("big", "court", "x".repeat(1 << 20)),
                Docket.valid("c")));
        Path in = Docket.write(dir, "in.csv", text);
        Cli.Run run = Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "error", "available");
        assertThat(column(rows, "line")).containsExactly("2", "3", "4");
        assertThat(rows.get(1).getField("error")).contains("more than the 65536 bytes a record may have");
        assertThat(Docket.balance(run)).containsExactly(3, 2, 0, 0, 1);
    }

    @Test
    void aOneMegabyteQuotedFieldIsAnErrorRowToo() {
        String text = Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("big", "court",
                "x,\"y\"".repeat(200_000)), Docket.valid("c")));
        Path in = Docket.write(dir, "in.csv", text);
        Cli.Run run = Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "error", "available");
        Docket.balance(run);
    }

    @Test
    void bytesThatAreNotUtf8MakeAnErrorRow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Docket.csv(Docket.HEADER, List.of(Docket.valid("a"))).getBytes(StandardCharsets.UTF_8));
        bytes.write("b,D. Kan.\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        bytes.write(",plea,drug-trafficking,2012-05-01,29,II,97,sentence-reduction,782,2016-01-15,27\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("c,S.D.N.Y. caf\u00e9,plea,drug-trafficking,2012-05-01,29,II,97,sentence-reduction,782,2016-01-15,27\n"
                .getBytes(StandardCharsets.UTF_8));
        Path in = Docket.write(dir, "in.csv", bytes.toByteArray());
        Docket.screen(in, out());
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "error", "available");
        assertThat(rows.get(1).getField("error")).isEqualTo("malformed CSV: field 2 is not UTF-8 text");
    }

    @Test
    void unknownColumnsAreRefusedNamingThemAndListingTheAllowedOnes() {
        Path in = Docket.write(dir, "in.csv", "id,offence_level,court,colour\na,29,D. Kan.,red\n");
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run.err()).contains("unknown columns 'offence_level', 'colour'")
                .contains("allowed: id, caption, court").contains("amended_status_points").contains("x_");
        assertThat(out()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "id,court,id\n", "id,,court\n"})
    void anUnusableHeaderIsInvalidInput(String text) {
        Path in = Docket.write(dir, "in.csv", text);
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run.err()).startsWith("rangefinder: INPUT: ");
    }

    @Test
    void columnsStartingWithXAreIgnoredAndColumnsMayComeInAnyOrder() {
        List<String> header = new ArrayList<>(Docket.HEADER);
        java.util.Collections.reverse(header);
        header.add(3, "x_notes");
        Map<String, String> row = Docket.valid("a", "x_notes", "anything at all, even \"quotes\"");
        Path in = Docket.write(dir, "in.csv", Docket.csv(header, List.of(row)));
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(Docket.results(out()).getFirst().getField("relief")).isEqualTo("available");
    }

    @Test
    void aRowTheEngineDoesNotModelIsUnsupportedWithExitThree() {
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, List.of(Docket.valid("a"),
                Docket.valid("old", "sentencing_date", "1986-05-01"))));
        Cli.Run run = Docket.screen(in, out());
        assertThat(run.code()).as(run.toString()).isEqualTo(Main.EXIT_UNSUPPORTED);
        List<NamedCsvRecord> rows = Docket.results(out());
        assertThat(column(rows, "relief")).containsExactly("available", "unsupported");
        assertThat(rows.get(1).getField("error")).contains("no Guidelines Manual was in force on 1986-05-01");
        assertThat(Docket.balance(run)).containsExactly(2, 1, 0, 1, 0);
    }

    @Test
    void outputOrderIsInputOrderWhateverTheThreads() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(switch (i % 5) {
                case 0 -> Docket.valid("r" + i, "offense_level", Integer.toString(10 + i % 30));
                case 1 -> Docket.valid("r" + i, "amendment", "821-A");
                case 2 -> Docket.valid("r" + i, "offense_level", "x");
                case 3 -> Docket.valid("r" + i, "criminal_history_category", "", "sentence_months", Integer.toString(60 + i % 40));
                default -> Docket.valid("r" + i, "motion_kind", "early-disposition", "amendment", "");
            });
        }
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, rows));
        Path one = dir.resolve("one.csv");
        Path four = dir.resolve("four.csv");
        Cli.Run r1 = Docket.screen(in, one, "--threads", "1");
        Cli.Run r4 = Docket.screen(in, four, "--threads", "4", "--batch-size", "7");
        assertThat(r1.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(Files.readString(four)).isEqualTo(Files.readString(one));
        List<NamedCsvRecord> results = Docket.results(one);
        assertThat(column(results, "id")).containsExactlyElementsOf(rows.stream().map(r -> r.get("id")).toList());
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).getField("line")).isEqualTo(Integer.toString(i + 2));
        }
        assertThat(Docket.balance(r1)).containsExactly(3000, 2400, 600, 0, 0);
        assertThat(Docket.balance(r4)).containsExactly(Docket.balance(r1)[0], Docket.balance(r1)[1], Docket.balance(r1)[2],
                0L, 0L);
    }

    @Test
    void jsonLinesCarryIdLineAndTheErrorsOfInvalidRows() throws IOException {
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, List.of(Docket.valid("a"),
                Docket.valid("b", "offense_level", "44"))) + "\n");
        Path out = dir.resolve("r.jsonl");
        Docket.screen(in, out, "--format", "jsonl");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"id\":\"a\",\"line\":2,\"relief\":\"available\"").contains("\"trace\":[");
        assertThat(lines.get(1)).isEqualTo("{\"id\":\"b\",\"line\":3,\"relief\":\"invalid\",\"errors\":[{\"field\":"
                + "\"offense_level\",\"message\":\"'44' is not an offense level (1-43)\"}]}");
        assertThat(lines.get(2)).isEqualTo("{\"id\":\"\",\"line\":4,\"relief\":\"error\",\"error\":\"malformed CSV: empty line\"}");
    }

    @Test
    void resultsCanGoToStandardOutput() {
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, List.of(Docket.valid("a"))));
        Cli.Run run = Cli.run("screen", in.toString(), "--out", "-", "--date", Docket.DATE);
        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith("a,2,available,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=0", "--format=xml", "--date=2026-13-01"})
    void badOptionsAreInvalidInput(String option) {
        Path in = Docket.write(dir, "in.csv", Docket.csv(Docket.HEADER, List.of(Docket.valid("a"))));
        Cli.Run run = Docket.screen(in, out(), option);
        assertThat(run.code()).as(run.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(out()).doesNotExist();
    }

    @Test
    void theInputIsNeverOverwritten() throws IOException {
        String text = Docket.csv(Docket.HEADER, List.of(Docket.valid("a")));
        Path in = Docket.write(dir, "in.csv", text);
        assertThat(Docket.screen(in, in).code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(Docket.screen(in, out(), "--report", in.toString()).code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(Files.readString(in)).isEqualTo(text);
    }

    @Test
    void aMissingInputFileIsInvalidInput() {
        Cli.Run run = Docket.screen(dir.resolve("nope.csv"), out());
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run.err()).contains("no such file");
    }
}
