package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangefinder.app.screen.Columns;

/** {@code generate}: deterministic per seed, and what it writes screens without a defect. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private Path generate(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--out", out.toString()));
        args.addAll(List.of(more));
        if (args.stream().noneMatch(a -> a.startsWith("--rows"))) {
            args.add("--rows=5000");
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.toString()).isZero();
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherFile() throws IOException {
        Path a = generate("a.csv", "--seed", "42");
        Path b = generate("b.csv", "--seed", "42");
        Path c = generate("c.csv", "--seed", "43");
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        assertThat(Files.mismatch(a, c)).isNotEqualTo(-1L);
        assertThat(Files.readAllLines(a).getFirst()).isEqualTo(String.join(",", Columns.names()));
    }

    @Test
    void theOutputDoesNotDependOnTheThreads() throws IOException {
        Path one = generate("one.csv", "--seed", "5", "--rows=20000", "--threads", "1");
        Path three = generate("three.csv", "--seed", "5", "--rows=20000", "--threads", "3");
        assertThat(Files.mismatch(one, three)).isEqualTo(-1L);
        assertThat(Files.readAllLines(one)).hasSize(20_001);
    }

    @Test
    void standardOutputGetsTheSameDocket() throws IOException {
        Path a = generate("a.csv", "--seed", "9", "--rows=50");
        Cli.Run run = Cli.run("generate", "--rows", "50", "--seed", "9");
        assertThat(run.out()).isEqualTo(Files.readString(a));
    }

    @Test
    void aGeneratedDocketScreensWithoutADefect() {
        Path docket = generate("d.csv", "--seed", "7");
        Path out = dir.resolve("r.csv");
        Cli.Run run = Docket.screen(docket, out);
        long[] counts = Docket.balance(run);
        assertThat(counts[0]).isEqualTo(5000);
        List<NamedCsvRecord> rows = Docket.results(out);
        assertThat(rows).hasSize(5000);
        // the error rows are the malformed lines the generator writes on purpose (3 by default), never defects
        assertThat(rows).filteredOn(r -> r.getField("relief").equals("error"))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.getField("error")).startsWith("malformed CSV: "));
        assertThat(run.err()).contains("(3 malformed CSV records, 0 defects)");
        // about 2% invalid rows
        assertThat(counts[2]).isBetween(50L, 150L);
        // a realistic mix: every relief occurs, and so do the main reason codes
        assertThat(rows).extracting(r -> r.getField("relief")).contains("available", "unavailable", "undetermined", "invalid");
        assertThat(run.err()).contains("ELIGIBLE").contains("NO_STATUS_POINTS").contains("ZERO_POINT_EXCLUSION")
                .contains("MANDATORY_MINIMUM").contains("CAREER_OFFENDER").contains("COMPARABLE_REDUCTION");
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    }

    @Test
    void withoutMalformedLinesEveryRowIsDecidedOrInvalid() {
        Path docket = generate("d.csv", "--seed", "8", "--malformed", "0");
        Cli.Run run = Docket.screen(docket, dir.resolve("r.csv"));
        long[] counts = Docket.balance(run);
        assertThat(counts[4]).as("error rows").isZero();
        assertThat(counts[1] + counts[2]).isEqualTo(5000);
    }

    @Test
    void negativeRowsAreInvalidInput() {
        Cli.Run run = Cli.run("generate", "--rows", "-1");
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    }
}
