package org.rangefinder.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.DeterminationRenderer;
import org.rangefinder.explain.Json;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.motion.MotionAnalyzer;

/**
 * The corpus of real decisions: every case/expect pair in ../shared/cases/ and the project's own
 * cases/ folder, graded as shared/cases/README.md says (relief, ranges, lowest permitted term,
 * required reason codes).
 */
class CorpusTest {

    /** A date after every decision in the corpus, for case files without motion.date. */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    static Path shared() {
        String p = System.getProperty("rangefinder.shared");
        Path dir = p == null ? Path.of("../../shared") : Path.of(p);
        assertThat(dir.resolve("cases")).as("the shared case corpus (system property rangefinder.shared)").isDirectory();
        return dir;
    }

    static Path projectRoot() {
        String p = System.getProperty("rangefinder.root");
        return p == null ? Path.of("..") : Path.of(p);
    }

    static List<Path> caseFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(shared().resolve("cases"), projectRoot().resolve("cases"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                            .filter(f -> !f.toString().endsWith(".expect.json"))
                            .sorted()
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    static Path expectFor(Path caseFile) {
        String name = caseFile.getFileName().toString().replaceFirst("\\.(yaml|json)$", "");
        return caseFile.resolveSibling(name + ".expect.json");
    }

    /** The grade of one case. */
    enum Grade {
        PASS, ALTERNATIVE_GROUND, FAIL
    }

    record Graded(Grade grade, List<String> problems) {}

    static JsonNode answer(Path caseFile) throws IOException {
        var result = CaseFileReader.read(Files.readString(caseFile));
        assertThat(result).as(caseFile + " must be a valid case file").isInstanceOf(CaseFileReader.Valid.class);
        var valid = (CaseFileReader.Valid) result;
        var d = new MotionAnalyzer(Guidelines.load()).analyze(valid.theCase(), TODAY);
        return Json.MAPPER.valueToTree(DeterminationRenderer.json(caseFile.toString(), d, "test"));
    }

    static Graded grade(JsonNode answer, JsonNode expect) {
        List<String> problems = new ArrayList<>();
        if (!expect.get("relief").asText().equals(answer.get("relief").asText())) {
            problems.add("relief " + answer.get("relief").asText() + ", expected " + expect.get("relief").asText());
        }
        compareRange(problems, expect, "original_table_range", answer.path("original").path("table_range"));
        compareRange(problems, expect, "original_applicable_range", answer.path("original").path("applicable_range"));
        compareRange(problems, expect, "amended_applicable_range", answer.path("amended").path("applicable_range"));
        if (expect.has("lowest_permitted_months") && !expect.get("lowest_permitted_months").equals(answer.get("lowest_permitted_months"))) {
            problems.add("lowest_permitted_months " + answer.get("lowest_permitted_months") + ", expected "
                    + expect.get("lowest_permitted_months"));
        }
        List<String> codes = new ArrayList<>();
        answer.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        List<String> missingRequired = new ArrayList<>();
        expect.get("required_codes").forEach(c -> {
            if (!codes.contains(c.asText())) {
                missingRequired.add(c.asText());
            }
        });
        if (!problems.isEmpty()) {
            return new Graded(Grade.FAIL, problems);
        }
        if (missingRequired.isEmpty()) {
            return new Graded(Grade.PASS, List.of());
        }
        boolean anyAccepted = false;
        for (String field : List.of("required_codes", "accepted_codes")) {
            for (JsonNode c : expect.path(field)) {
                anyAccepted |= codes.contains(c.asText());
            }
        }
        return new Graded(anyAccepted ? Grade.ALTERNATIVE_GROUND : Grade.FAIL,
                List.of("reasons " + codes + " lack required " + missingRequired));
    }

    private static void compareRange(List<String> problems, JsonNode expect, String key, JsonNode actual) {
        if (expect.has(key) && !expect.get(key).equals(actual)) {
            problems.add(key + " " + actual + ", expected " + expect.get(key));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseInTheCorpusPasses() throws IOException {
        return caseFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path expectFile = expectFor(f);
            assertThat(expectFile).as("expect file for " + f).exists();
            JsonNode expect = Json.MAPPER.readTree(expectFile.toFile());
            Graded g = grade(answer(f), expect);
            assertThat(g.grade()).as(f + ": " + g.problems()).isEqualTo(Grade.PASS);
        }));
    }

    /** Docket screening decides without a trace; the answer, reason texts included, must not change. */
    @TestFactory
    Stream<DynamicTest> withoutTraceTheAnswerIsTheSame() throws IOException {
        var analyzer = new MotionAnalyzer(Guidelines.load());
        return caseFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            var c = ((CaseFileReader.Valid) CaseFileReader.read(Files.readString(f))).theCase();
            var full = analyzer.analyze(c, TODAY);
            var bare = analyzer.analyzeWithoutTrace(c, TODAY);
            assertThat(full.trace().steps()).isNotEmpty();
            assertThat(bare.trace().steps()).isEmpty();
            var fullJson = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(
                    DeterminationRenderer.json(f.toString(), full, "test"));
            var bareJson = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(
                    DeterminationRenderer.json(f.toString(), bare, "test"));
            fullJson.remove("trace");
            bareJson.remove("trace");
            assertThat(bareJson).isEqualTo(fullJson);
        }));
    }

    /** Every reason of every corpus answer names its authority, except one that says which facts are missing. */
    @TestFactory
    Stream<DynamicTest> everyReasonCitesItsAuthority() throws IOException {
        return caseFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> answer(f).get("reasons")
                .forEach(r -> {
                    if (!r.get("code").asText().equals("INSUFFICIENT_FACTS")) {
                        assertThat(r.path("citations")).as(f + ": " + r).isNotEmpty();
                    }
                })));
    }

    @Test
    void theSharedCorpusIsThere() throws IOException {
        assertThat(caseFiles().stream().filter(f -> f.startsWith(shared())).count()).isGreaterThanOrEqualTo(20);
    }
}
