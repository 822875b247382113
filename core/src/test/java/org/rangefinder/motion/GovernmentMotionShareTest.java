package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;
import org.rangefinder.model.Months;

/**
 * § 1B1.10(b)(2)(B) carries over only a reduction made on a Government motion for substantial assistance
 * ({@code sentencing.substantial_assistance_levels}). Level 31/VI, 188-235 (Sentencing Table); Amendment 782, stated
 * level 30: 168-210. Two § 5K1.1 levels reach 29/VI, 151-188; a further variance took the term to 117.
 */
class GovernmentMotionShareTest {


    private static Determination decide(String levels, int sentence) {
        String yaml = """
                sentencing: {date: 2014-03-01, offense_level: 31, criminal_history_category: VI, departures: [substantial-assistance, variance]%s, sentence_months: %d}
                motion: {kind: sentence-reduction, amendment: "782", date: 2016-03-01}
                amended: {offense_level: 30}
                """.formatted(levels, sentence);
        return Motions.decide(yaml, LocalDate.of(2016, 3, 1));
    }

    @Test
    void withoutTheShareTheWholeCutIsCarriedOver() {
        Determination d = decide("", 117); // 168 x 117 / 188 = 104.6
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(105));
    }

    @Test
    void withTheShareOnlyTheGovernmentMotionDepartureIsCarriedOver() {
        Determination d = decide(", substantial_assistance_levels: 2", 117); // 168 x 151 / 188 = 134.9, above 117
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM)).isTrue();
        assertThat(d.reasons().getFirst().text()).contains("135 months").contains("168 x 151 / 188");
    }

    @Test
    void aTermAboveTheRangeTheDepartureReachedIsCarriedOverAsItIs() {
        Determination d = decide(", substantial_assistance_levels: 2", 160); // 160 >= 151: 168 x 160 / 188 = 143.0
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(143));
    }

    @Test
    void beforeAmendment759TheWholeCutIsCarriedOverWhateverTheShare() {
        // Mar. 3, 2008 - Oct. 31, 2011: a comparable reduction for any term below the range; 31/VI 188-235 at sentencing
        // (2007), Amendment 706 to 29/VI 151-188: 151 x 117 / 188 = 94.0, not 151 x 151 / 188 = 121 from the share
        String yaml = """
                sentencing: {date: 2007-06-01, offense_level: 31, criminal_history_category: VI, departures: [substantial-assistance, variance], substantial_assistance_levels: 2, sentence_months: 117}
                motion: {kind: sentence-reduction, amendment: "706", date: 2010-06-01}
                amended: {offense_level: 29}
                """;
        Determination d = Motions.decide(yaml, LocalDate.of(2010, 6, 1));
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(94));
    }

    @Test
    void afterAnEarlierReductionTheDeparturesShareIsMeasuredFromTheRangeAtSentencing() {
        // 30/I 97-121 (2010); four § 5K1.1 levels reach 26/I 63-78, a variance 60. The Amendment 750 order (78-97)
        // carried over the departure only: 78 x 63 / 97 = 51. Under 782 (26/I 63-78) the share is 51/78 (the term on the
        // earlier range) or 63/97 (the departure on the range at sentencing), the larger: 63 x 51 / 78 = 41.2. Measuring
        // the departure's 63 against the earlier range (63 x 63 / 78 = 51) would leave nothing to reduce.
        String yaml = """
                sentencing: {date: 2010-06-01, offense_level: 30, criminal_history_category: I, departures: [substantial-assistance, variance], substantial_assistance_levels: 4, sentence_months: 51}
                motion: {kind: sentence-reduction, amendment: "782", date: 2016-03-01}
                amended: {offense_level: 26}
                prior_reduction: {amendment: "750", date: 2012-03-01, guideline_range: "78-97"}
                """;
        Determination d = Motions.decide(yaml, LocalDate.of(2016, 3, 1));
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(41));
    }
}
