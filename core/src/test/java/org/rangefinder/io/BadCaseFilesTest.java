package org.rangefinder.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad case files ({@code src/test/resources/bad-cases/}): each must be rejected by
 * {@link CaseFileReader#read(String)} with exactly the problems listed for it in
 * {@code bad-cases/expected.yaml} (field equal, message containing the expected text), no more and no fewer.
 */
class BadCaseFilesTest {

    record Expected(String field, String message) {
        boolean matches(Problem p) {
            return p.field().equals(field) && p.message().contains(message);
        }

        @Override
        public String toString() {
            return field + ": ..." + message + "...";
        }
    }

    static Path folder() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BadCaseFilesTest.class.getResource("/bad-cases/expected.yaml"),
                "bad-cases/expected.yaml on the test class path").toURI()).getParent();
    }

    static JsonNode index() throws IOException, URISyntaxException {
        return new ObjectMapper(new YAMLFactory()).readTree(folder().resolve("expected.yaml").toFile());
    }

    static Stream<Arguments> badCases() throws IOException, URISyntaxException {
        List<Arguments> out = new ArrayList<>();
        index().properties().forEach(e -> {
            List<Expected> expected = new ArrayList<>();
            e.getValue().forEach(p -> expected.add(new Expected(p.get("field").asText(), p.get("message").asText())));
            out.add(Arguments.of(e.getKey(), expected));
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void isRejectedWithEveryExpectedProblem(String file, List<Expected> expected) throws Exception {
        String text = Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
        CaseFileReader.Result result = CaseFileReader.read(text);

        assertThat(result).as("%s must be rejected", file).isInstanceOf(CaseFileReader.Invalid.class);
        List<Problem> problems = ((CaseFileReader.Invalid) result).problems();
        List<Problem> unmatched = new ArrayList<>(problems);
        for (Expected e : expected) {
            Problem hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            assertThat(hit).as("%s: expected problem %s among %s", file, e, problems).isNotNull();
            unmatched.remove(hit);
        }
        assertThat(unmatched).as("%s: problems reported beyond the expected ones", file).isEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.field()).as("field path").isNotBlank();
            assertThat(p.message()).as("message of %s", p.field()).isNotBlank();
        });
    }

    @Test
    void theIndexAndTheFolderListTheSameFiles() throws Exception {
        TreeSet<String> indexed = new TreeSet<>();
        index().fieldNames().forEachRemaining(indexed::add);
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> s = Files.list(folder())) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.yaml")).forEach(present::add);
        }
        assertThat(present).isEqualTo(indexed);
        assertThat(present).allMatch(n -> n.matches("\\d{2,3}-[a-z0-9-]+\\.(yaml|json)"), "named NN-short-name.yaml or .json");
    }

    @Test
    void theCatalogueIsLargeAndEveryCaseExpectsAtLeastOneProblem() throws Exception {
        JsonNode index = index();
        assertThat(index.size()).isGreaterThanOrEqualTo(60);
        index.properties().forEach(e -> assertThat(e.getValue().isArray() && !e.getValue().isEmpty())
                .as(e.getKey() + " lists its problems").isTrue());
        assertThat(index.fieldNames()).toIterable().anyMatch(n -> n.endsWith(".json"));
    }

    /** The base case every bad file is mutated from is itself valid, so each bad file fails for its own reason. */
    @Test
    void theBaseOfTheMutationsIsValid() {
        String base = """
                caption: "United States v. Test Defendant"
                court: D. Minn.
                conviction:
                  disposition: plea
                  offense: drug-trafficking
                sentencing:
                  date: 2012-10-24
                  offense_level: 31
                  criminal_history_category: I
                  sentence_months: 108
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2015-03-01
                amended:
                  offense_level: 29
                x-note: ignored
                """;
        assertThat(CaseFileReader.read(base)).isInstanceOf(CaseFileReader.Valid.class);
    }

    /** What the checks must not reject: document markers around one case, x- keys, JSON, empty optional sections. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "---\nmotion:\n  kind: sentence-reduction\n  amendment: \"782\"\n",
        "motion:\n  kind: sentence-reduction\n  amendment: \"782\"\n---\n",
        "motion:\n  kind: sentence-reduction\n  amendment: \"782\"\n...\n",
        "{\"motion\": {\"kind\": \"early-disposition\", \"x-why\": {\"a\": 1}}, \"x-source\": \"note\"}",
        "conviction:\nsentencing:\namended:\nmotion:\n  kind: early-disposition\n",
        "sentencing:\n  criminal_history_points: 3\n  status_points: 2\nmotion:\n  kind: sentence-reduction\n  amendment: 821-A\n",
        "sentencing:\n  career_offender: true\n  criminal_history_category: VI\nmotion:\n  kind: sentence-reduction\n  amendment: 782\n"
    })
    void validEdgeCasesAreAccepted(String text) {
        assertThat(CaseFileReader.read(text)).isInstanceOf(CaseFileReader.Valid.class);
    }
}
