package org.rangefinder.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/** U.S.S.G. § 5G1.2: several counts, and terms a statute requires to run consecutively. */
class MultipleCountsTest {

    private static final Edition EDITION = Guidelines.load().manuals().inEffectOn(LocalDate.of(2024, 1, 15));

    private static StatutoryLimits count(int min, String max) {
        return StatutoryLimits.of(Months.of(min), Months.parse(max));
    }

    @Test
    void theHighestMinimumBindsAllCounts() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(70, 87),
                List.of(count(60, "480"), count(120, "life"), count(0, "240")), List.of());
        assertThat(r.countsRange()).isEqualTo(MonthRange.exactly(Months.of(120)));
        assertThat(r.total()).isEqualTo(r.countsRange());
        assertThat(r.consecutiveTerms()).isEqualTo(Months.ZERO);
        assertThat(r.trace().steps()).extracting(Step::citation)
                .containsExactly("U.S.S.G. § 5G1.2(b)-(d) (Nov. 1, 2023)", "U.S.S.G. § 5G1.1(b) (Nov. 1, 2023)");
    }

    @Test
    void aMinimumInsideTheRangeRaisesTheFloorForAllCounts() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(70, 87),
                List.of(count(0, "240"), count(80, "480")), List.of());
        assertThat(r.countsRange()).isEqualTo(MonthRange.of(80, 87));
    }

    @Test
    void theMaximumIsTheSumOfTheCountsMaximums() {
        // each count alone (36, 24) is below the range, but consecutive sentences can reach 60
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(70, 87),
                List.of(count(0, "36"), count(0, "24")), List.of());
        assertThat(r.countsRange()).isEqualTo(MonthRange.exactly(Months.of(60)));
        assertThat(r.trace().steps().getFirst().result()).contains("maximum 60");

        MultipleCounts.Result inside = MultipleCounts.apply(EDITION, MonthRange.of(70, 87),
                List.of(count(0, "36"), count(0, "24"), count(0, "12")), List.of());
        assertThat(inside.countsRange()).isEqualTo(MonthRange.of(70, 72));

        MultipleCounts.Result withLife = MultipleCounts.apply(EDITION, MonthRange.parse("360-life"),
                List.of(count(0, "240"), count(0, "life")), List.of());
        assertThat(withLife.countsRange()).isEqualTo(MonthRange.parse("360-life"));
    }

    @Test
    void aCountWithoutAStatedMaximumLeavesTheTotalMaximumUnknown() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(70, 87),
                List.of(count(0, "36"), new StatutoryLimits(java.util.Optional.empty(), java.util.Optional.empty())), List.of());
        assertThat(r.countsRange()).isEqualTo(MonthRange.of(70, 87));
        assertThat(r.trace().steps().getFirst().result()).contains("maximum unknown");
    }

    @Test
    void aConsecutive924cTermOf60MonthsIsAddedToTheTotal() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(70, 87),
                List.of(count(120, "life")), List.of(Months.of(60)));
        assertThat(r.countsRange()).isEqualTo(MonthRange.exactly(Months.of(120)));
        assertThat(r.consecutiveTerms()).isEqualTo(Months.of(60));
        assertThat(r.total()).isEqualTo(MonthRange.exactly(Months.of(180)));
        Step last = r.trace().steps().getLast();
        assertThat(last.citation()).isEqualTo("U.S.S.G. § 5G1.2(a) (Nov. 1, 2023)");
        assertThat(last.result()).contains("180");

        MultipleCounts.Result range = MultipleCounts.apply(EDITION, MonthRange.of(37, 46),
                List.of(count(0, "240")), List.of(Months.of(60)));
        assertThat(range.countsRange()).isEqualTo(MonthRange.of(37, 46));
        assertThat(range.total()).isEqualTo(MonthRange.of(97, 106));
    }

    @Test
    void a1028aTermOf24MonthsIsAddedToTheTotal() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(27, 33),
                List.of(count(0, "240")), List.of(Months.of(24)));
        assertThat(r.countsRange()).isEqualTo(MonthRange.of(27, 33));
        assertThat(r.total()).isEqualTo(MonthRange.of(51, 57));
    }

    @Test
    void severalConsecutiveTermsAddUp() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(27, 33),
                List.of(count(0, "240")), List.of(Months.of(60), Months.of(24)));
        assertThat(r.consecutiveTerms()).isEqualTo(Months.of(84));
        assertThat(r.total()).isEqualTo(MonthRange.of(111, 117));

        MultipleCounts.Result life = MultipleCounts.apply(EDITION, MonthRange.parse("360-life"),
                List.of(count(0, "life")), List.of(Months.of(60)));
        assertThat(life.total()).isEqualTo(MonthRange.parse("420-life"));
    }

    @Test
    void oneCountIsSection5G1_1Alone() {
        MultipleCounts.Result r = MultipleCounts.apply(EDITION, MonthRange.of(51, 63), List.of(count(0, "48")), List.of());
        assertThat(r.countsRange()).isEqualTo(MonthRange.exactly(Months.of(48)));
        assertThat(r.trace().steps()).extracting(Step::citation).containsExactly("U.S.S.G. § 5G1.1(a) (Nov. 1, 2023)");
    }
}
