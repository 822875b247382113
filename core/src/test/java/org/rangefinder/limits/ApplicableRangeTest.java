package org.rangefinder.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/** U.S.S.G. § 5G1.1: the commentary's examples and every boundary between (a), (b) and (c). */
class ApplicableRangeTest {

    private static final Edition EDITION = Guidelines.load().manuals().inEffectOn(LocalDate.of(2016, 12, 1));

    private static Months m(String text) {
        return text == null ? null : Months.parse(text);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, table range, statutory minimum, statutory maximum, subsection, applicable range
                Arguments.of("commentary: 51-63 with a 48-month maximum", "51-63", null, "48", "(a)", "48"),
                Arguments.of("commentary: 41-51 with a 60-month minimum", "41-51", "60", null, "(b)", "60"),
                Arguments.of("commentary: 51-63 with a 60-month maximum", "51-63", null, "60", "(c)", "51-60"),
                Arguments.of("minimum equal to the range maximum", "51-63", "63", null, "(c)", "63"),
                Arguments.of("minimum one above the range maximum", "51-63", "64", null, "(b)", "64"),
                Arguments.of("minimum one below the range maximum", "51-63", "62", null, "(c)", "62-63"),
                Arguments.of("minimum equal to the range minimum", "51-63", "51", null, "(c)", "51-63"),
                Arguments.of("minimum below the range", "51-63", "24", null, "(c)", "51-63"),
                Arguments.of("maximum equal to the range minimum", "51-63", null, "51", "(c)", "51"),
                Arguments.of("maximum one below the range minimum", "51-63", null, "50", "(a)", "50"),
                Arguments.of("maximum equal to the range maximum", "51-63", null, "63", "(c)", "51-63"),
                Arguments.of("maximum above the range", "51-63", null, "240", "(c)", "51-63"),
                Arguments.of("both limits inside the range", "51-63", "55", "60", "(c)", "55-60"),
                Arguments.of("both limits around the range", "51-63", "12", "240", "(c)", "51-63"),
                Arguments.of("both limits below the range", "51-63", "12", "36", "(a)", "36"),
                Arguments.of("both limits above the range", "51-63", "120", "480", "(b)", "120"),
                Arguments.of("minimum and maximum equal, inside", "51-63", "60", "60", "(c)", "60"),
                Arguments.of("mandatory life above a numeric range", "70-87", "life", "life", "(b)", "life"),
                Arguments.of("mandatory life, minimum only", "70-87", "life", null, "(b)", "life"),
                Arguments.of("mandatory life on a 360-life cell", "360-life", "life", "life", "(c)", "life"),
                Arguments.of("life maximum leaves a numeric range", "70-87", "120", "life", "(b)", "120"),
                Arguments.of("life maximum leaves 360-life", "360-life", "120", "life", "(c)", "360-life"),
                Arguments.of("numeric maximum inside 360-life", "360-life", null, "480", "(c)", "360-480"),
                Arguments.of("numeric maximum below a life cell", "life", "120", "480", "(a)", "480"),
                Arguments.of("none stated", "51-63", null, null, "(c)", "51-63"),
                Arguments.of("none stated on a life cell", "life", null, null, "(c)", "life"),
                Arguments.of("zone A cell with a 1-month minimum", "0-6", "1", null, "(c)", "1-6"));
    }

    @ParameterizedTest(name = "{0}: {1}, min {2}, max {3} -> § 5G1.1{4} {5}")
    @MethodSource("cases")
    void subsectionAndRange(String name, String table, String min, String max, String subsection, String expected) {
        ApplicableRange.Result r = ApplicableRange.apply(EDITION, MonthRange.parse(table), StatutoryLimits.of(m(min), m(max)));

        assertThat(r.subsection()).isEqualTo("§ 5G1.1" + subsection);
        assertThat(r.range()).isEqualTo(MonthRange.parse(expected));
        assertThat(r.trace().steps()).hasSize(1);
        Step step = r.trace().steps().getFirst();
        assertThat(step.citation()).isEqualTo("U.S.S.G. § 5G1.1" + subsection + " (Nov. 1, 2016)");
        assertThat(step.inputs()).containsEntry("table_range", MonthRange.parse(table).toString())
                .containsEntry("statutory_minimum", min == null ? "none stated" : Months.parse(min).toString())
                .containsEntry("statutory_maximum", max == null ? "none stated" : Months.parse(max).toString());
        assertThat(step.result()).startsWith(MonthRange.parse(expected).prose() + ": ");
    }

    @Test
    void theResultNeverLeavesTheStatutoryLimits() {
        for (int lo = 0; lo <= 60; lo += 3) {
            MonthRange table = MonthRange.of(lo, lo + 12);
            for (int min = 0; min <= 80; min += 1) {
                for (int max = min; max <= 80; max += 1) {
                    MonthRange r = ApplicableRange.apply(EDITION, table, StatutoryLimits.of(Months.of(min), Months.of(max))).range();
                    assertThat(r.min().count()).as("%s with %d-%d", table, min, max).isBetween(min, max);
                    assertThat(r.max().count()).as("%s with %d-%d", table, min, max).isBetween(min, max);
                }
            }
        }
    }

    @Test
    void aMinimumAboveTheMaximumIsRejected() {
        assertThatThrownBy(() -> StatutoryLimits.of(Months.of(121), Months.of(120)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("121")
                .hasMessageContaining("120");
        assertThatThrownBy(() -> StatutoryLimits.of(Months.LIFE, Months.of(480)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
