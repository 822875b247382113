package org.rangefinder.app.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rangefinder.io.CaseFileReader;

/** The columns are the flat form of the case file; messages are translated back to them. */
class ColumnsTest {

    @Test
    void caseFilePathsBecomeColumnNames() {
        assertThat(Columns.columnOf("sentencing.offense_level")).isEqualTo("offense_level");
        assertThat(Columns.columnOf("sentencing.date")).isEqualTo("sentencing_date");
        assertThat(Columns.columnOf("motion.date")).isEqualTo("motion_date");
        assertThat(Columns.columnOf("amended.offense_level")).isEqualTo("amended_offense_level");
        assertThat(Columns.columnOf("sentencing.zero_point_exclusions[0]")).isEqualTo("zero_point_exclusions (item 1)");
        assertThat(Columns.columnOf("motion")).isEqualTo("motion_kind");
        assertThat(Columns.columnOf("something.else")).isEqualTo("something.else");
    }

    @Test
    void pathsInsideMessagesBecomeColumnNames() {
        assertThat(Columns.inColumns("240 is above sentencing.statutory_maximum_months 120; see sentencing.date and"
                + " amended.status_points.")).isEqualTo("240 is above statutory_maximum_months 120; see sentencing_date and"
                + " amended_status_points.");
        assertThat(Columns.inColumns("no paths here")).isEqualTo("no paths here");
    }

    /**
     * The scan gives what a regular expression of every path between word boundaries gives (the way it was
     * done before), on every message of up to three pieces from paths, near-misses, words and punctuation.
     */
    @Test
    void pathsAreReplacedAsARegularExpressionWouldReplaceThem() {
        List<String> paths = new ArrayList<>();
        for (Columns.Column c : Columns.ALL) {
            if (c.kind() != Columns.Kind.ID && !c.section().isEmpty()) {
                paths.add(c.path());
            }
        }
        List<String> alternatives = new ArrayList<>(paths);
        alternatives.sort((a, b) -> b.length() - a.length());
        Pattern regex = Pattern.compile("\\b(" + String.join("|", alternatives.stream().map(Pattern::quote).toList()) + ")\\b");
        List<String> pieces = new ArrayList<>(paths);
        pieces.addAll(List.of("sentencing.dates", "xsentencing.date", "sentencing.", "motion", "court", " ", ".", "§ 1B1.10",
                "U.S.S.G.", "sentencing", "date", "_", "9", "(", "amended.offense_level2", "é"));
        int checked = 0;
        for (String a : pieces) {
            for (String b : pieces) {
                for (String c : List.of("", " ", ".", "x", "sentencing.date", "; see motion.date.")) {
                    String message = a + b + c;
                    Matcher m = regex.matcher(message);
                    StringBuilder expected = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(expected, Matcher.quoteReplacement(Columns.columnOf(m.group(1))));
                    }
                    m.appendTail(expected);
                    assertThat(Columns.inColumns(message)).as(message).isEqualTo(expected.toString());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    @Test
    void everyColumnIsAKeyTheCaseFileReaderAccepts() throws Exception {
        String[] names = Columns.names().toArray(String[]::new);
        Header h = Header.of(names);
        String[] values = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = switch (names[i]) {
                case "offense_date", "sentencing_date", "motion_filed", "motion_date", "prior_reduction_date" -> "2015-01-01";
                case "statutes" -> "18 U.S.C. § 922(g)(1)";
                case "departures" -> "substantial-assistance;variance";
                case "zero_point_exclusions" -> "none";
                case "disposition" -> "plea";
                case "offense" -> "firearms";
                case "offense_guideline" -> "2K2.1";
                case "criminal_history_category", "amended_criminal_history_category" -> "II";
                case "career_offender", "government_motion" -> "false";
                case "plea_agreement_uses_range" -> "";
                case "guideline_range", "amended_guideline_range", "prior_reduction_guideline_range" -> "27-33";
                case "prior_reduction_amendment" -> "782";
                case "motion_kind" -> "sentence-reduction";
                case "amendment" -> "821-A";
                case "basis" -> "";
                default -> "2";
            };
        }
        var result = CaseFileReader.read(h.tree(values));
        assertThat(result).as(result.toString()).isInstanceOf(CaseFileReader.Valid.class);
        // so a row may be read without looking its keys up again, with the same result
        assertThat(CaseFileReader.readKnownKeys(h.tree(values))).isEqualTo(result);
    }

    @Test
    void listCellsAreSplitAtSemicolonsAndNoneIsTheEmptyList() throws Exception {
        Header h = Header.of(new String[] {"departures", "zero_point_exclusions", "statutes", "court"});
        var tree = h.tree(new String[] {" variance ; substantial-assistance;", "none", "", "  "});
        assertThat(tree.toString()).isEqualTo("{\"sentencing\":{\"departures\":[\"variance\",\"substantial-assistance\"],"
                + "\"zero_point_exclusions\":[]}}");
    }

    @Test
    void theHeaderRefusesUnknownAndRepeatedColumnsAndIgnoresXColumns() throws Exception {
        assertThat(Header.of(new String[] {"id", "x_anything", " court "}).size()).isEqualTo(3);
        assertThatThrownBy(() -> Header.of(new String[] {"id", "offence_level"}))
                .hasMessageContaining("unknown column 'offence_level'");
        assertThatThrownBy(() -> Header.of(new String[] {"id", "id"})).hasMessageContaining("'id' appears more than once");
    }
}
