package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rangefinder.Guidelines;
import org.rangefinder.manual.Edition;

/** {@code rangefinder range}, run through {@link Main#run}: answers, JSON shape and exit codes. */
class RangeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    /** The reference cell (min, max) for a level and category, from sentencing_table.csv. */
    private static String[] referenceCell(int level, String category) {
        return Cli.sharedCsv("reference/sentencing_table.csv", "offense_level,chc,min_months,max_months,life_max,zone").stream()
                .filter(r -> r[0].equals(Integer.toString(level)) && r[1].equals(category))
                .map(r -> new String[] {r[2], r[3]})
                .findFirst().orElseThrow();
    }

    private static void assertRange(JsonNode range, String min, String max) {
        assertThat(range.get("min").asText()).isEqualTo(min);
        assertThat(range.get("max").asText()).isEqualTo(max);
        for (JsonNode end : List.of(range.get("min"), range.get("max"))) {
            // months are JSON numbers, life is the string "life"
            assertThat(end.isTextual() ? end.asText() : "number").isIn("life", "number");
        }
    }

    @Test
    void level27CategoryIWithA120MonthMinimumAsJson() throws Exception {
        JsonNode a = json("range", "--level", "27", "--category", "I", "--mandatory-minimum", "120", "--format", "json");
        assertRange(a.get("table_range"), "70", "87");
        assertRange(a.get("table_range"), referenceCell(27, "I")[0], referenceCell(27, "I")[1]);
        assertThat(a.get("table_range").get("min").isInt()).isTrue();
        assertRange(a.get("applicable_range"), "120", "120");
        assertThat(a.get("zone").asText()).isEqualTo("D");
        Edition today = Guidelines.load().manuals().inEffectOn(LocalDate.now());
        assertThat(a.get("edition").asText()).isEqualTo(today.effective().toString());
        assertThat(a.get("offense_level").asInt()).isEqualTo(27);
        assertThat(a.get("criminal_history_category").asText()).isEqualTo("I");
        assertThat(a.get("engine_version").asText()).isNotBlank();
        assertThat(a.get("warnings").isArray()).isTrue();

        JsonNode trace = a.get("trace");
        assertThat(trace.isArray()).isTrue();
        assertThat(trace.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode step : trace) {
            assertThat(step.get("step").asText()).isNotBlank();
            assertThat(step.get("rule").asText()).isNotBlank();
            assertThat(step.get("result").asText()).isNotBlank();
            assertThat(step.get("inputs").isObject()).isTrue();
            assertThat(step.get("citation").asText()).startsWith("U.S.S.G. ").endsWith("(" + today.label() + ")");
        }
        assertThat(trace.findValuesAsText("citation")).anySatisfy(c -> assertThat(c).contains("§ 5G1.1(b)"));
        assertThat(trace.findValuesAsText("citation")).anySatisfy(c -> assertThat(c).contains("§ 1B1.11"));
        assertThat(trace.findValuesAsText("citation")).anySatisfy(c -> assertThat(c).contains("Ch. 5, Pt. A"));
    }

    @Test
    void onADateTheEditionOfThatDateIsUsed() throws Exception {
        JsonNode a = json("range", "--level", "27", "--category", "I", "--mandatory-minimum", "120",
                "--date", "2012-10-24", "--format", "json");
        assertThat(a.get("edition").asText()).isEqualTo("2011-11-01");
        assertThat(a.get("trace").findValuesAsText("citation")).allSatisfy(c -> assertThat(c).endsWith("(Nov. 1, 2011)"));
        assertThat(a.get("warnings").size()).isZero();
    }

    @ParameterizedTest(name = "{0}: zone {1}, edition {2}")
    @CsvSource({"2010-10-31, C, 2009-11-01", "2010-11-01, B, 2010-11-01", "1992-11-01, C, 1992-11-01"})
    void theZoneFollowsTheDate(String date, String zone, String edition) throws Exception {
        JsonNode a = json("range", "--level", "11", "--category", "I", "--date", date, "--format", "json");
        assertRange(a.get("table_range"), referenceCell(11, "I")[0], referenceCell(11, "I")[1]);
        assertThat(a.get("zone").asText()).isEqualTo(zone);
        assertThat(a.get("edition").asText()).isEqualTo(edition);
    }

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({"0, I", "1, I", "2, II", "5, III", "7, IV", "12, V", "13, VI", "40, VI"})
    void pointsInsteadOfCategory(int points, String category) throws Exception {
        JsonNode a = json("range", "--level", "20", "--points", Integer.toString(points), "--date", "2016-01-01", "--format", "json");
        assertThat(a.get("criminal_history_category").asText()).isEqualTo(category);
        String[] cell = referenceCell(20, category);
        assertRange(a.get("table_range"), cell[0], cell[1]);
        assertRange(a.get("applicable_range"), cell[0], cell[1]);
        assertThat(a.get("trace").findValuesAsText("step")).contains("criminal history category");
    }

    @Test
    void aLifeStatutoryMaximumLeavesTheRange() throws Exception {
        JsonNode a = json("range", "--level", "42", "--category", "I", "--statutory-maximum", "life",
                "--date", "2016-01-01", "--format", "json");
        String[] cell = referenceCell(42, "I");
        assertThat(cell[1]).isEqualTo("life");
        assertRange(a.get("table_range"), cell[0], "life");
        assertRange(a.get("applicable_range"), cell[0], "life");
        assertThat(a.get("table_range").get("max").isTextual()).isTrue();
        assertThat(a.get("trace").findValuesAsText("citation")).anySatisfy(c -> assertThat(c).contains("§ 5G1.1(c)"));

        JsonNode capped = json("range", "--level", "43", "--category", "III", "--statutory-maximum", "480",
                "--date", "2016-01-01", "--format", "json");
        assertRange(capped.get("table_range"), "life", "life");
        assertRange(capped.get("applicable_range"), "480", "480");

        JsonNode mandatoryLife = json("range", "--level", "30", "--category", "II", "--mandatory-minimum", "life",
                "--statutory-maximum", "life", "--date", "2016-01-01", "--format", "json");
        assertRange(mandatoryLife.get("applicable_range"), "life", "life");
        assertThat(mandatoryLife.get("zone").asText()).isEqualTo("D");
    }

    @Test
    void countsAndConsecutiveTerms() throws Exception {
        JsonNode a = json("range", "--level", "27", "--category", "I", "--statutory-maximum", "36", "--count", "0:24",
                "--consecutive", "60", "--date", "2016-01-01", "--format", "json");
        assertRange(a.get("applicable_range"), "60", "60");
        assertThat(a.get("consecutive_months").asInt()).isEqualTo(60);
        assertRange(a.get("total_range"), "120", "120");
        assertThat(a.get("trace").findValuesAsText("citation"))
                .anySatisfy(c -> assertThat(c).contains("§ 5G1.2(a)"))
                .anySatisfy(c -> assertThat(c).contains("§ 5G1.2(b)-(d)"));

        JsonNode noConsecutive = json("range", "--level", "27", "--category", "I", "--date", "2016-01-01", "--format", "json");
        assertThat(noConsecutive.has("consecutive_months")).isFalse();
        assertThat(noConsecutive.has("total_range")).isFalse();
    }

    @Test
    void countsGivenOnlyByCountOptionsAreTheCounts() throws Exception {
        // README: "§ 5G1.2 (several --counts)": two counts of 36 and 24 months can reach 60 in all
        JsonNode a = json("range", "--level", "27", "--category", "I", "--count", "0:36", "--count", "0:24",
                "--date", "2016-01-01", "--format", "json");
        assertRange(a.get("applicable_range"), "60", "60");
        JsonNode combined = a.get("trace").get(2);
        assertThat(combined.get("citation").asText()).contains("§ 5G1.2(b)-(d)");
        assertThat(combined.get("inputs").get("counts").asText()).isEqualTo("2");
        assertThat(combined.get("result").asText()).isEqualTo("minimum 0, maximum 60");

        JsonNode one = json("range", "--level", "27", "--category", "I", "--count", "120:480",
                "--date", "2016-01-01", "--format", "json");
        assertRange(one.get("applicable_range"), "120", "120");
        assertThat(one.get("trace").findValuesAsText("citation")).noneSatisfy(c -> assertThat(c).contains("§ 5G1.2"));

        // with --statutory-maximum, its count is one of the counts
        JsonNode three = json("range", "--level", "27", "--category", "I", "--statutory-maximum", "12",
                "--count", "0:36", "--count", "0:24", "--date", "2016-01-01", "--format", "json");
        assertRange(three.get("applicable_range"), "70", "72");
        assertThat(three.get("trace").get(2).get("inputs").get("counts").asText()).isEqualTo("3");
    }

    @Test
    void textIsTheDefaultFormat() {
        Cli.Run r = Cli.run("range", "--level", "27", "--category", "I", "--mandatory-minimum", "120", "--date", "2016-01-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Sentencing Table range: 70-87 months")
                .contains("Applicable range:       120 months")
                .contains("Zone:                   D")
                .contains("[U.S.S.G. § 5G1.1(b) (Nov. 1, 2015)]");
    }

    @ParameterizedTest(name = "--level {0}")
    @ValueSource(strings = {"0", "44", "abc", "-1", "27.5", ""})
    void aBadLevelIsInvalidInputNamingTheOptionAndTheValue(String level) {
        Cli.Run r = Cli.run("range", "--level", level, "--category", "I");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--level").contains("'" + level + "'").contains("1-43");
    }

    @ParameterizedTest(name = "--category {0}")
    @ValueSource(strings = {"VII", "0", "7", "X", "iiii"})
    void aBadCategoryIsInvalidInput(String category) {
        Cli.Run r = Cli.run("range", "--level", "20", "--category", category);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("--category").contains("'" + category + "'");
    }

    @ParameterizedTest(name = "--points {0}")
    @ValueSource(strings = {"-1", "-13", "three", "1.5"})
    void badPointsAreInvalidInput(String points) {
        Cli.Run r = Cli.run("range", "--level", "20", "--points", points);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("--points").contains("'" + points + "'");
    }

    @Test
    void aCategoryOrPointsIsRequired() {
        Cli.Run r = Cli.run("range", "--level", "20");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("--category or --points");
    }

    @Test
    void aMinimumAboveTheMaximumIsInvalidInput() {
        Cli.Run r = Cli.run("range", "--level", "20", "--category", "I", "--mandatory-minimum", "121", "--statutory-maximum", "120");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("--mandatory-minimum").contains("121").contains("--statutory-maximum").contains("120");

        Cli.Run life = Cli.run("range", "--level", "20", "--category", "I", "--mandatory-minimum", "life", "--statutory-maximum", "480");
        assertThat(life.code()).as(life.toString()).isEqualTo(Main.EXIT_INVALID);

        Cli.Run count = Cli.run("range", "--level", "20", "--category", "I", "--count", "60:24");
        assertThat(count.code()).as(count.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(count.err()).contains("--count").contains("'60:24'");
    }

    @ParameterizedTest(name = "--date {0}")
    @ValueSource(strings = {"2020-13-01", "2020-02-30", "2020/01/01", "01/01/2020", "yesterday", "20200101", "2020-1-1"})
    void aMalformedDateIsInvalidInput(String date) {
        Cli.Run r = Cli.run("range", "--level", "20", "--category", "I", "--date", date);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("--date").contains("'" + date + "'").contains("YYYY-MM-DD");
    }

    @Test
    void severalBadOptionsAreAllReportedInOneRun() {
        Cli.Run r = Cli.run("range", "--level", "44", "--category", "VII", "--points", "-2", "--mandatory-minimum", "abc",
                "--statutory-maximum", "-5", "--count", "1:2:3", "--consecutive", "life", "--date", "2020-02-30", "--format", "xml");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("--level: '44'")
                .contains("--category: 'VII'")
                .contains("--points: '-2'")
                .contains("--mandatory-minimum: 'abc'")
                .contains("--statutory-maximum: '-5'")
                .contains("--count: '1:2:3'")
                .contains("--consecutive: 'life'")
                .contains("--date: '2020-02-30'")
                .contains("--format: 'xml'");
        assertThat(r.errLines()).hasSize(9).allSatisfy(l -> assertThat(l).startsWith("rangefinder: --"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1987-10-31|no Guidelines Manual was in force on 1987-10-31",
        "1900-01-01|no Guidelines Manual was in force on 1900-01-01"
    })
    void aDateBeforeNovember1987IsUnsupported(String date, String why) {
        Cli.Run r = Cli.run("range", "--level", "20", "--category", "I", "--date", date);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_UNSUPPORTED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("rangefinder: unsupported: ").contains(why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1992-10-31|2-8", "1990-06-01|2-8", "1987-11-01|2-8", "1992-11-01|0-6"})
    void beforeNovember1992TheTableOfTheDay(String date, String range) {
        Cli.Run r = Cli.run("range", "--level", "8", "--category", "I", "--date", date);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(range);
    }

    @Test
    void anUnestablishedCellOfThe1987TableIsUnsupported() {
        Cli.Run r = Cli.run("range", "--level", "4", "--category", "II", "--date", "1988-06-15");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_UNSUPPORTED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("offense level 4, category II").contains("Amendment 270");
    }

    @Test
    void november1_1992IsSupported() throws Exception {
        JsonNode a = json("range", "--level", "20", "--category", "I", "--date", "1992-11-01", "--format", "json");
        assertThat(a.get("edition").asText()).isEqualTo("1992-11-01");
    }
}
