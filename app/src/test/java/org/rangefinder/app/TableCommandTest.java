package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code rangefinder table}, run through {@link Main#run}, against the shared reference CSVs. */
class TableCommandTest {

    static final String HEADER = "offense_level,criminal_history_category,min_months,max_months,zone";

    /** The expected CSV lines: the reference cells with the zone column of the given era. */
    private static List<String> expectedRows(boolean before2010) {
        List<String[]> table = Cli.sharedCsv("reference/sentencing_table.csv", "offense_level,chc,min_months,max_months,life_max,zone");
        List<String[]> zones = Cli.sharedCsv("reference/sentencing_table_zone_history.csv",
                "offense_level,chc,range,zone_since_2010_11_01,zone_1992_11_01_to_2010_10_31");
        assertThat(table).hasSize(258);
        assertThat(zones).hasSize(258);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String[] t = table.get(i);
            String[] z = zones.get(i);
            assertThat(z[0] + "," + z[1]).isEqualTo(t[0] + "," + t[1]);
            assertThat(z[3]).as("zone columns of the two reference files").isEqualTo(t[5]);
            rows.add(String.join(",", t[0], t[1], t[2], t[3], before2010 ? z[4] : z[3]));
        }
        return rows;
    }

    @Test
    void csvIsTheHeaderAnd258RowsOfTheReferenceTable() {
        Cli.Run r = Cli.run("table", "--format", "csv");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(259);
        assertThat(lines.getFirst()).isEqualTo(HEADER);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expectedRows(false));
    }

    @Test
    void csvOnADateUsesThatDatesZones() {
        Cli.Run after = Cli.run("table", "--format", "csv", "--date", "2015-01-01");
        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(after.err()).isEmpty();
        assertThat(after.outLines()).containsExactlyElementsOf(withHeader(expectedRows(false)));

        Cli.Run before = Cli.run("table", "--format", "csv", "--date", "2000-01-01");
        assertThat(before.code()).as(before.toString()).isZero();
        assertThat(before.outLines()).containsExactlyElementsOf(withHeader(expectedRows(true)));

        Cli.Run first = Cli.run("table", "--format", "csv", "--date", "1992-11-01");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.outLines()).containsExactlyElementsOf(withHeader(expectedRows(true)));
    }

    private static List<String> withHeader(List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return all;
    }

    @Test
    void jsonHoldsEveryCellAndTheEdition() throws Exception {
        Cli.Run r = Cli.run("table", "--format", "json", "--date", "2012-10-24");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("edition").asText()).isEqualTo("2011-11-01");
        JsonNode cells = doc.get("cells");
        assertThat(cells.size()).isEqualTo(258);
        List<String> rows = new ArrayList<>();
        for (JsonNode c : cells) {
            rows.add(String.join(",", c.get("offense_level").asText(), c.get("criminal_history_category").asText(),
                    c.get("min_months").asText(), c.get("max_months").asText(), c.get("zone").asText()));
        }
        assertThat(rows).containsExactlyElementsOf(expectedRows(false));
        JsonNode last = cells.get(257);
        assertThat(last.get("min_months").isTextual()).isTrue();
        assertThat(cells.get(0).get("min_months").isInt()).isTrue();
    }

    @Test
    void textHasATitleAHeaderAnd43Rows() {
        Cli.Run r = Cli.run("table", "--date", "2016-01-01");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(45);
        assertThat(lines.getFirst()).contains("Nov. 1, 2015");
        assertThat(lines.get(1)).startsWith("Level").contains("VI");
        assertThat(lines.get(2)).startsWith("1 ").contains("0-6 A");
        assertThat(lines.getLast()).startsWith("43").contains("life-life D");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1987-10-31", "1950-01-01"})
    void datesBeforeTheGuidelinesAreUnsupported(String date) {
        Cli.Run r = Cli.run("table", "--format", "csv", "--date", date);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_UNSUPPORTED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unsupported");
    }

    @Test
    void theTableOf1990HasTheCellsBeforeAmendment462AndNoZones() {
        Cli.Run r = Cli.run("table", "--format", "csv", "--date", "1990-01-01");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(259);
        assertThat(lines).contains("7,I,1,7,", "8,I,2,8,", "6,I,0,6,", "9,I,4,10,", "43,VI,life,life,");
        assertThat(lines.stream().skip(1)).allSatisfy(l -> assertThat(l).endsWith(","));   // no zone before 1992-11-01
        Cli.Run text = Cli.run("table", "--date", "1990-01-01");
        assertThat(text.out()).contains("No zones").doesNotContain("-?");
    }

    @Test
    void theTableOf1988MarksTheCellsItDoesNotKnow() {
        Cli.Run csv = Cli.run("table", "--format", "csv", "--date", "1988-06-15");
        assertThat(csv.code()).as(csv.toString()).isZero();
        List<String> lines = csv.out().lines().toList();
        // the 21 cells Amendment 270 made 0-6: minimum 0, maximum not established
        assertThat(lines.stream().filter(l -> l.matches("\\d+,[IV]+,0,,"))).hasSize(21);
        assertThat(lines).contains("1,I,0,,", "6,I,0,,", "1,VI,0,,", "7,I,1,7,", "2,VI,1,7,");
        assertThat(csv.err()).contains("not established");
        Cli.Run text = Cli.run("table", "--date", "1988-06-15");
        assertThat(text.out()).contains("0-?").contains("one of 0-1, 0-2, 0-3, 0-4, 0-5, 0-6").contains("Amendment 270");
        Cli.Run json = Cli.run("table", "--format", "json", "--date", "1988-06-15");
        assertThat(json.out()).contains("\"established\" : false").contains("\"one_of\"");
    }

    @Test
    void badOptionsAreAllReported() {
        Cli.Run r = Cli.run("table", "--format", "xml", "--date", "2015-02-30");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.err()).contains("--format: 'xml'").contains("--date: '2015-02-30'");
    }
}
