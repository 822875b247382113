package org.rangefinder.chapter4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangefinder.Guidelines;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.testing.Shared;

/** U.S.S.G. § 4B1.1(b) levels and the (c)(3) ranges against career_offender_table.csv. */
class CareerOffenderTest {

    private static final CareerOffender CO = Guidelines.load().careerOffender();
    private static final String CSV = "reference/career_offender_table.csv";

    /**
     * The reference CSV names each bracket in words; this maps the six numeric rows (life is
     * tested apart) to their lowest and highest statutory maximum in months ({@code MAX_VALUE}: no upper end).
     */
    private static final Map<String, int[]> BRACKETS = Map.of(
            "25 years or more", new int[] {300, Integer.MAX_VALUE},
            "20 years or more, less than 25", new int[] {240, 299},
            "15 years or more, less than 20", new int[] {180, 239},
            "10 years or more, less than 15", new int[] {120, 179},
            "5 years or more, less than 10", new int[] {60, 119},
            "more than 1 year, less than 5", new int[] {13, 59});

    static Stream<Arguments> brackets() {
        List<Arguments> out = new ArrayList<>();
        for (Shared.Row r : Shared.csv(CSV)) {
            String bracket = r.get("offense_statutory_maximum");
            if (bracket.equals("note")) {
                continue;
            }
            out.add(Arguments.of(bracket, r.integer("career_offender_offense_level")));
        }
        return out.stream();
    }

    @Test
    void theReferenceHasSevenBrackets() {
        assertThat(brackets()).hasSize(7);
        assertThat(CO.levels()).hasSize(7);
    }

    @ParameterizedTest(name = "{0} -> level {1}")
    @MethodSource("brackets")
    void levelAtEachBoundaryOfTheBracket(String bracket, int level) {
        if (bracket.equals("life")) {
            assertThat(CO.levelFor(Months.LIFE)).hasValueSatisfying(r -> {
                assertThat(r.level()).isEqualTo(level);
                assertThat(r.provision()).isEqualTo("§ 4B1.1(b)(1)");
            });
            return;
        }
        int[] b = BRACKETS.get(bracket);
        assertThat(b).as("no month mapping for the reference row '%s'", bracket).isNotNull();
        assertThat(CO.levelFor(Months.of(b[0]))).as("lowest maximum %d", b[0])
                .hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(level));
        assertThat(CO.levelFor(Months.of(b[0] - 1))).as("one month below %d", b[0])
                .isNotEqualTo(CO.levelFor(Months.of(b[0])));
        int top = b[1] == Integer.MAX_VALUE ? 1200 : b[1];
        assertThat(CO.levelFor(Months.of(top))).as("highest maximum %d", top)
                .hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(level));
        if (b[1] != Integer.MAX_VALUE) {
            assertThat(CO.levelFor(Months.of(top + 1))).as("one month above %d", top)
                    .hasValueSatisfying(r -> assertThat(r.level()).isGreaterThan(level));
        }
    }

    @Test
    void aMaximumOfOneYearOrLessHasNoCareerOffenderLevel() {
        assertThat(CO.levelFor(Months.of(12))).isEmpty();
        assertThat(CO.levelFor(Months.ZERO)).isEmpty();
        assertThat(CO.levelFor(Months.of(13))).hasValueSatisfying(r -> assertThat(r.provision()).isEqualTo("§ 4B1.1(b)(7)"));
    }

    @Test
    void consecutiveCountRangesMatchTheReferenceNote() {
        String note = Shared.csv(CSV).stream()
                .filter(r -> r.get("offense_statutory_maximum").equals("note"))
                .findFirst().orElseThrow()
                .get("career_offender_offense_level");
        // e.g. "360-life (no §3E1.1), 292-365 (2-level), 262-327 (3-level)"
        Matcher m = Pattern.compile("(\\d+-(?:life|\\d+)) \\((no §3E1\\.1|(\\d)-level)\\)").matcher(note);
        List<CareerOffender.ConsecutiveCountRow> expected = new ArrayList<>();
        while (m.find()) {
            expected.add(new CareerOffender.ConsecutiveCountRow(m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                    MonthRange.parse(m.group(1))));
        }
        assertThat(expected).hasSize(3);
        assertThat(CO.consecutiveCountRanges()).containsExactlyElementsOf(expected);
        expected.forEach(r -> assertThat(CO.isConsecutiveCountRange(r.range())).isTrue());
        assertThat(CO.isConsecutiveCountRange(MonthRange.parse("360-400"))).isFalse();
    }
}
