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
}
