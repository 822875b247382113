package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;

/**
 * Without an amended level, the bound on how far the amended level can fall counts every listed amendment § 1B1.10(b)(1)
 * substitutes whose change the original range did not reflect, not only the one relied on: a crack sentence of 2005 at
 * 32/I (121-151) under a motion relying on Amendment 782 (at most two levels for § 2D1.1) may also have Amendments 706,
 * 715 and 750 substituted, so level 30 (97-121) is not the lowest amended level.
 */
class EveryListedAmendmentBoundTest {

    private static Determination decide(String date, String departures, int sentence, String prior) {
        String yaml = """
                sentencing:
                  date: %s
                  offense_level: 32
                  offense_guideline: 2D1.1
                  criminal_history_category: I
                  departures: %s
                  sentence_months: %d
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-03-01
                """.formatted(date, departures, sentence) + prior;
        return Motions.decide(yaml, LocalDate.of(2016, 3, 1));
    }

    @Test
    void afterAn706ReductionToTheBottomThe782BoundAloneDoesNotDeny() {
        // the 706 order took 121 to 97, the bottom of 30/I; 782 with 750 may go lower: not decided without the level
        Determination d = decide("2005-06-01", "[]", 97, "prior_reduction: {amendment: \"706\", guideline_range: \"97-121\"}\n");
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.has(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM)).isFalse();
    }

    @Test
    void aSentenceBeforeEarlierListedAmendmentsIsNotBoundedBy782Alone() {
        Determination d = decide("2005-06-01", "[variance]", 95, "");
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.has(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM)).isFalse();
    }

    @Test
    void aSentenceAfterTheEarlierAmendmentsKeepsTheBound() {
        // sentenced in 2012: 706, 715 and 750 (which re-promulgated the table of Nov. 1, 2010) were already applied
        Determination d = decide("2012-06-01", "[variance]", 95, "");
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM)).isTrue();
    }

    @Test
    void theBoundCountsTheOtherListedAmendmentsAndNamesThem() {
        // a 706 motion (decided 2010) for a sentence of June 2007 with a 60-month statutory maximum: 715 (May 1, 2008) is
        // substituted too; together they take off at most four levels, to 28/I (78-97), still above the maximum
        String yaml = """
                sentencing: {date: 2007-06-01, offense_level: 32, offense_guideline: 2D1.1, criminal_history_category: I, statutory_maximum_months: %d, departures: [], sentence_months: %d}
                motion: {kind: sentence-reduction, amendment: "706", date: 2010-06-01}
                """;
        Determination d = Motions.decide(yaml.formatted(60, 60), LocalDate.of(2010, 6, 1));
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
        assertThat(d.reasons().getFirst().text()).contains("Amendment 706 and the other listed amendments").contains("(Amendments 711 and 715)").contains("level 28");
        // a 90-month maximum: 30/I (97-121), the bound of 706 alone, stays at 90, but 28/I (78-97) would not: not decided
        Determination lower = Motions.decide(yaml.formatted(90, 90), LocalDate.of(2010, 6, 1));
        assertThat(lower.relief()).isEqualTo(Relief.UNDETERMINED);
    }
}
