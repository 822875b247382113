package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;

/**
 * Amendment 821 Part A with the status points stated and the criminal history points not: category III holds 4-6
 * points, so with 2 status points the other points are 2-4, and under § 4A1.1(e) (Nov. 1, 2023) only 7 or more other
 * points keep a status point: 2-4 points, category II or III. Level 38: II is 262-327, III is 292-365 (Sentencing Table).
 */
class PartAPointsNotStatedTest {


    private static Determination decide(int sentence) {
        String yaml = """
                sentencing: {offense_level: 38, criminal_history_category: III, status_points: 2, departures: [variance], sentence_months: %d}
                motion: {kind: sentence-reduction, amendment: "821-A", date: 2024-06-03}
                """.formatted(sentence);
        return Motions.decide(yaml, LocalDate.of(2024, 6, 3));
    }

    @Test
    void aTermBelowEveryPossibleAmendedRangeIsDeniedWithTheReasonOfEachCategory() {
        Determination d = decide(180); // below 262 (category II) and an unchanged range in category III
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM)).isTrue();
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.text()).contains("may be any of II, III"));
    }

    @Test
    void aTermThatOneCategoryWouldLetBeReducedStaysOpen() {
        Determination d = decide(300); // category II would allow 262; category III would not lower the range
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.lowestPermitted()).isEmpty();
        assertThat(d.reasons().getFirst().text()).contains("sentencing.criminal_history_points");
    }

}
