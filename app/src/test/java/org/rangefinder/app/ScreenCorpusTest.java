package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangefinder.app.screen.Columns;
import org.rangefinder.explain.Json;
import org.rangefinder.testing.Shared;

/**
 * Every real case of the shared corpus, written as one row of a docket CSV (the flat form of its
 * YAML facts), screens to the same relief, ranges, lowest permitted term and reason codes as
 * {@code analyze --format json} gives for the case file.
 */
class ScreenCorpusTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(Shared.dir().resolve("cases"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The flat form of a case file: one cell per column, lists joined with ';' (the empty list is 'none'). */
    static Map<String, String> flatten(Path caseFile) throws IOException {
        JsonNode root = YAML.readTree(caseFile.toFile());
        Map<String, String> row = new LinkedHashMap<>();
        String slug = caseFile.getFileName().toString().replace(".yaml", "");
        row.put("id", slug);
        int used = 0;
        for (Columns.Column c : Columns.ALL) {
            if (c.kind() == Columns.Kind.ID) {
                continue;
            }
            JsonNode n = c.section().isEmpty() ? root.get(c.key()) : root.path(c.section()).get(c.key());
            if (n == null || n.isNull()) {
                continue;
            }
            used++;
            if (n.isArray()) {
                List<String> items = new ArrayList<>();
                n.forEach(i -> items.add(i.asText()));
                row.put(c.name(), items.isEmpty() ? "none" : String.join(";", items));
            } else {
                row.put(c.name(), n.asText());
            }
        }
        // every fact of the case file must have gone into a column
        assertThat(used).as(slug + ": keys in columns").isEqualTo(leafCount(root));
        return row;
    }

    private static int leafCount(JsonNode n) {
        if (!n.isObject()) {
            return 1;
        }
        int count = 0;
        for (var e : n.properties()) {
            count += e.getKey().startsWith("x-") ? 0 : leafCount(e.getValue());
        }
        return count;
    }

    static String range(JsonNode r) {
        return r == null || r.isNull() ? "" : r.get("min").asText() + "-" + r.get("max").asText();
    }

    @Test
    void everySharedCaseScreensAsAnalyzeDecidesIt(@TempDir Path dir) throws IOException {
        List<Path> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path c : cases) {
            rows.add(flatten(c));
        }
        Path in = Docket.write(dir, "corpus.csv", Docket.csv(Columns.names(), rows));
        Path out = dir.resolve("results.csv");
        Cli.Run run = Docket.screen(in, out);
        assertThat(run.code()).as(run.toString()).isZero();
        List<NamedCsvRecord> results = Docket.results(out);
        assertThat(results).hasSize(cases.size());
        assertThat(Docket.balance(run)).startsWith(cases.size(), cases.size(), 0L, 0L, 0L);

        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < cases.size(); i++) {
            Path c = cases.get(i);
            NamedCsvRecord r = results.get(i);
            Cli.Run analyzed = Cli.run("analyze", c.toString(), "--format", "json", "--date", Docket.DATE);
            assertThat(analyzed.code()).as(analyzed.toString()).isZero();
            JsonNode a = Json.MAPPER.readTree(analyzed.out());
            String name = c.getFileName().toString();
            soft.assertThat(r.getField("id")).as(name).isEqualTo(rows.get(i).get("id"));
            soft.assertThat(r.getField("line")).as(name + " line").isEqualTo(Integer.toString(i + 2));
            soft.assertThat(r.getField("relief")).as(name + " relief").isEqualTo(a.get("relief").asText());
            soft.assertThat(r.getField("original_table_range")).as(name + " original table range")
                    .isEqualTo(range(a.path("original").get("table_range")));
            soft.assertThat(r.getField("original_applicable_range")).as(name + " original applicable range")
                    .isEqualTo(range(a.path("original").get("applicable_range")));
            soft.assertThat(r.getField("amended_table_range")).as(name + " amended table range")
                    .isEqualTo(range(a.path("amended").get("table_range")));
            soft.assertThat(r.getField("amended_applicable_range")).as(name + " amended applicable range")
                    .isEqualTo(range(a.path("amended").get("applicable_range")));
            JsonNode lowest = a.get("lowest_permitted_months");
            soft.assertThat(r.getField("lowest_permitted_months")).as(name + " lowest permitted term")
                    .isEqualTo(lowest.isNull() ? "" : lowest.asText());
            List<String> codes = new ArrayList<>();
            a.get("reasons").forEach(x -> codes.add(x.get("code").asText()));
            soft.assertThat(r.getField("reason_codes")).as(name + " reason codes").isEqualTo(String.join(";", codes));
            List<String> warnings = new ArrayList<>();
            a.get("warnings").forEach(x -> warnings.add(x.asText()));
            soft.assertThat(r.getField("warnings").isEmpty()).as(name + " warnings").isEqualTo(warnings.isEmpty());
            soft.assertThat(r.getField("error")).as(name + " error").isEmpty();
        }
        soft.assertAll();
    }

    @Test
    void jsonLinesGiveTheAnswerOfAnalyzePlusIdAndLine(@TempDir Path dir) throws IOException {
        List<Path> cases = cases();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path c : cases) {
            rows.add(flatten(c));
        }
        Path in = Docket.write(dir, "corpus.csv", Docket.csv(Columns.names(), rows));
        Path out = dir.resolve("results.jsonl");
        Cli.Run run = Docket.screen(in, out, "--format", "jsonl");
        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode row = Json.MAPPER.readTree(lines.get(i));
            JsonNode a = Json.MAPPER.readTree(Cli.run("analyze", cases.get(i).toString(), "--format", "json", "--date",
                    Docket.DATE).out());
            assertThat(row.get("id").asText()).isEqualTo(rows.get(i).get("id"));
            assertThat(row.get("line").asInt()).isEqualTo(i + 2);
            var expected = (com.fasterxml.jackson.databind.node.ObjectNode) a;
            expected.remove("file");
            var actual = ((com.fasterxml.jackson.databind.node.ObjectNode) row).deepCopy();
            actual.remove(List.of("id", "line"));
            assertThat(actual).as(cases.get(i).getFileName().toString()).isEqualTo(expected);
        }
    }
}
