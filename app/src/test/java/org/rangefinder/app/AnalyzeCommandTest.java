package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.DeterminationRenderer;
import org.rangefinder.explain.Json;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;

/** {@code rangefinder analyze} through {@link Main#run}: formats, several files, bad and missing files, --date, exit codes. */
class AnalyzeCommandTest {

    /** The date passed as --date where a case file has no motion.date (after every decision in the corpus). */
    static final String DATE = "2026-10-01";

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        List<JsonNode> json() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : lines()) {
                try {
                    nodes.add(Json.MAPPER.readTree(l));
                } catch (IOException e) {
                    throw new AssertionError("not one JSON object per line: " + l, e);
                }
            }
            return nodes;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    static Path shared() {
        Path p = Path.of(System.getProperty("rangefinder.shared", "../../shared"));
        assertThat(p.resolve("cases")).as("shared cases (system property rangefinder.shared)").isDirectory();
        return p;
    }

    static Path root() {
        return Path.of(System.getProperty("rangefinder.root", ".."));
    }

    static List<Path> sharedCases() throws IOException {
        try (Stream<Path> s = Files.list(shared().resolve("cases"))) {
            return s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static String[] args(List<String> head, List<Path> files) {
        List<String> a = new ArrayList<>(head);
        files.forEach(f -> a.add(f.toString()));
        return a.toArray(String[]::new);
    }

    /** What the core engine says for a file, rendered as the answer format, engine_version aside. */
    static ObjectNode core(Path file) throws IOException {
        var valid = (CaseFileReader.Valid) CaseFileReader.read(Files.readString(file));
        Determination d = new MotionAnalyzer(Guidelines.load()).analyze(valid.theCase(), LocalDate.parse(DATE));
        return DeterminationRenderer.json(file.toString(), d, "core");
    }

    static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    // ------------------------------------------------------------------ the shared corpus, all at once

    @Test
    void everySharedCaseGivesTheCoreEnginesAnswerOneLineEachInOrder() throws IOException {
        List<Path> files = sharedCases();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);

        Run r = run(args(List.of("analyze", "--format", "json", "--date", DATE), files));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> answers = r.json();
        assertThat(answers).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            JsonNode a = answers.get(i);
            assertThat(a.get("file").asText()).isEqualTo(f.toString());
            for (String key : List.of("file", "relief", "original", "amended", "lowest_permitted_months", "reasons",
                    "warnings", "trace")) {
                assertThat(a.has(key)).as("%s has %s", f.getFileName(), key).isTrue();
            }
            a.get("reasons").forEach(reason -> {
                assertThat(reason.get("code").asText()).isNotBlank();
                assertThat(reason.get("text").asText()).isNotBlank();
                assertThat(reason.get("citations").isArray()).isTrue();
            });
            assertThat(a.get("trace").isArray() && !a.get("trace").isEmpty()).isTrue();

            ObjectNode expected = core(f);
            assertThat(a.get("relief").asText()).as(f.getFileName() + " relief").isEqualTo(expected.get("relief").asText());
            assertThat(codes(a)).as(f.getFileName() + " codes").isEqualTo(codes(expected));
            ObjectNode withoutVersion = ((ObjectNode) a.deepCopy());
            withoutVersion.put("engine_version", "core");
            assertThat(withoutVersion).as(f.getFileName() + " whole answer").isEqualTo(expected);

            JsonNode expect = Json.MAPPER.readTree(f.resolveSibling(f.getFileName().toString()
                    .replace(".yaml", ".expect.json")).toFile());
            assertThat(a.get("relief").asText()).as(f.getFileName() + " against its expect file")
                    .isEqualTo(expect.get("relief").asText());
        }
    }

    // ------------------------------------------------------------------ bad and missing files

    @Test
    void aBadFileAmongGoodOnesGetsAnErrorLineAndExit2WhileTheOthersAreStillDecided(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                sentencing:
                  offence_level: 31
                  criminal_history_category: VII
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                """);
        Path alcaraz = root().resolve("examples/alcaraz-2013.yaml");
        Path zhang = root().resolve("examples/zhang-2014.yaml");

        Run r = run(args(List.of("analyze", "--format", "json"), List.of(alcaraz, bad, zhang)));

        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> lines = r.json();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("file").asText()).isEqualTo(alcaraz.toString());
        assertThat(lines.get(0).get("relief").asText()).isEqualTo("unavailable");
        assertThat(lines.get(2).get("file").asText()).isEqualTo(zhang.toString());
        assertThat(lines.get(2).get("relief").asText()).isEqualTo("unavailable");

        JsonNode error = lines.get(1);
        assertThat(error.get("file").asText()).isEqualTo(bad.toString());
        assertThat(error.has("relief")).isFalse();
        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> {
            assertThat(e.get("message").asText()).isNotBlank();
            fields.add(e.get("field").asText());
        });
        assertThat(fields).containsExactlyInAnyOrder("sentencing.offence_level", "sentencing.criminal_history_category");
        assertThat(error.get("errors").toString()).contains("'VII' is not a criminal history category");
        assertThat(r.err()).contains(bad + ": sentencing.offence_level: unknown key");
    }

    @Test
    void aMissingFileIsExit2WithAnErrorLine() {
        Path missing = root().resolve("examples/no-such-case.yaml");
        Run r = run("analyze", "--format", "json", missing.toString());

        assertThat(r.exit()).isEqualTo(2);
        JsonNode line = r.json().getFirst();
        assertThat(line.get("file").asText()).isEqualTo(missing.toString());
        assertThat(line.get("errors").get(0).get("field").asText()).isEqualTo("(file)");
        assertThat(line.get("errors").get(0).get("message").asText()).contains("no such file");
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void aMissingFileInTextFormatIsExit2AndReportedOnStderr() {
        Run r = run("analyze", root().resolve("examples/no-such-case.yaml").toString(),
                root().resolve("examples/zhang-2014.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-case.yaml: (file): no such file");
        assertThat(r.out()).contains("Relief: UNAVAILABLE");
    }

    @Test
    void anUnsupportedQuestionIsExit3(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("old.yaml");
        Files.writeString(old, """
                sentencing: {offense_level: 30, criminal_history_category: I, sentence_months: 108}
                motion: {kind: sentence-reduction, amendment: "782", date: 1985-01-01}
                amended: {offense_level: 28}
                """);
        Run r = run("analyze", "--format", "json", old.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.json().getFirst().get("unsupported").asText()).contains("1985-01-01");
    }

    // ------------------------------------------------------------------ formats

    @Test
    void textFormatIsTheDefault() {
        Run r = run("analyze", root().resolve("examples/alcaraz-2013.yaml").toString(),
                root().resolve("examples/zhang-2014.yaml").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("alcaraz-2013.yaml\nRelief: UNAVAILABLE\n")
                .contains("Original range: table 108-135 months, applicable 120-135 months")
                .contains("  - PROGRAM_IN_EFFECT_AT_SENTENCING: ")
                .contains("\n\n" + root().resolve("examples/zhang-2014.yaml") + "\nRelief: UNAVAILABLE\n")
                .contains("  - GOVERNMENT_MOTION_REQUIRED: ")
                .contains("How it was decided:");
        assertThat(run("analyze", "--format", "text", root().resolve("examples/alcaraz-2013.yaml").toString(),
                root().resolve("examples/zhang-2014.yaml").toString()).out()).isEqualTo(r.out());
    }

    @Test
    void markdownFormatIsADraftOrderPerFile() {
        Run r = run("analyze", "--format", "markdown", root().resolve("examples/alcaraz-2013.yaml").toString(),
                root().resolve("examples/zhang-2014.yaml").toString());
        assertThat(r.exit()).isZero();
        String[] orders = r.out().split("\n---\n");
        assertThat(orders).hasSize(2);
        assertThat(orders[0]).contains("# UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MINNESOTA")
                .contains("**MIGUEL ANGEL ALCARAZ**, Defendant.")
                .contains("Case No. 12-CR-0016 (PJS/JJK)")
                .contains("motion to reduce sentence under 18 U.S.C. § 3582(c)(2) is DENIED.")
                .contains("Dated: June 28, 2013");
        assertThat(orders[1]).contains("# UNITED STATES DISTRICT COURT FOR THE DISTRICT OF KANSAS")
                .contains("**CUI QIN ZHANG**, Defendant.")
                .contains("motion for an early-disposition (fast-track) reduction is DENIED.")
                .contains("Dated: May 16, 2014");
    }

    @Test
    void anUnknownFormatIsExit2() {
        Run r = run("analyze", "--format", "xml", root().resolve("examples/zhang-2014.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format: 'xml' is not a format of this command (expected text, json or markdown)");
        assertThat(r.out()).isEmpty();
    }

    // ------------------------------------------------------------------ --date

    /** 30/I (97-121) to 28/I (78-97) under Amendment 782, with no motion.date in the file. */
    static final String UNDATED = """
            sentencing: {date: 2013-06-01, offense_level: 30, criminal_history_category: I, sentence_months: 108}
            motion: {kind: sentence-reduction, amendment: "782"}
            amended: {offense_level: 28}
            """;

    @Test
    void dateSetsTheDefaultMotionDate(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("undated.yaml");
        Files.writeString(f, UNDATED);

        JsonNode before = run("analyze", "--format", "json", "--date", "2015-03-01", f.toString()).json().getFirst();
        assertThat(before.get("motion_date").asText()).isEqualTo("2015-03-01");
        assertThat(before.get("relief").asText()).isEqualTo("available");
        assertThat(before.get("order_effective_from").asText()).isEqualTo("2015-11-01");
        assertThat(codes(before)).containsExactly("ELIGIBLE", "EFFECTIVE_DATE");
        assertThat(before.get("trace").get(0).get("step").asText()).isEqualTo("motion date");

        JsonNode after = run("analyze", "--format", "json", "--date", "2016-01-01", f.toString()).json().getFirst();
        assertThat(after.get("motion_date").asText()).isEqualTo("2016-01-01");
        assertThat(after.has("order_effective_from")).isFalse();
        assertThat(codes(after)).containsExactly("ELIGIBLE");
        assertThat(after.get("lowest_permitted_months").asInt()).isEqualTo(78);

        JsonNode tooEarly = run("analyze", "--format", "json", "--date", "2014-06-01", f.toString()).json().getFirst();
        assertThat(codes(tooEarly)).containsExactly("NOT_A_COVERED_AMENDMENT");
    }

    @Test
    void dateDoesNotOverrideAMotionDateInTheFile() {
        JsonNode a = run("analyze", "--format", "json", "--date", "2020-01-01",
                root().resolve("examples/alcaraz-2013.yaml").toString()).json().getFirst();
        assertThat(a.get("motion_date").asText()).isEqualTo("2013-06-28");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-13-01", "01/03/2015", "yesterday"})
    void aBadDateIsExit2NamingTheOption(String bad) {
        Run r = run("analyze", "--date", bad, root().resolve("examples/zhang-2014.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--date: '" + bad + "' is not a date (expected YYYY-MM-DD");
        assertThat(r.out()).isEmpty();
    }

    // ------------------------------------------------------------------ help and usage

    @Test
    void helpExits0AndDescribesTheOptions() {
        Run r = run("analyze", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: rangefinder analyze").contains("--format").contains("--date").contains("FILE");
    }

    @Test
    void noFileIsExit2() {
        Run r = run("analyze");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }
}
