package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;

/**
 * An Amendment 821 motion warns when another listed amendment may lower the offense level (§ 1B1.10(b)(1)), but not for
 * one the original range or an earlier order already reflects.
 */
class OtherListedAmendmentsWarningTest {

    private static Determination decide(String date, String prior) {
        String yaml = """
                sentencing: {date: %s, offense_level: 30, offense_guideline: 2D1.1, criminal_history_category: III, criminal_history_points: 5, status_points: 2, departures: [], sentence_months: 121}
                motion: {kind: sentence-reduction, amendment: "821-A", date: 2024-03-01}
                """.formatted(date) + prior;
        return Motions.decide(yaml, LocalDate.of(2024, 3, 1));
    }

    private static boolean warns(Determination d, String amendment) {
        return d.warnings().stream().anyMatch(w -> w.contains("may also lower") && w.contains(amendment));
    }

    @Test
    void aSentenceBefore782IsWarnedAbout782() {
        assertThat(warns(decide("2012-06-01", ""), "782")).isTrue();
    }

    @Test
    void amendment750IsNotNamedForASentenceUnderTheTableItRepromulgated() {
        // sentenced 2011-06-01 under the emergency Amendment 748 table (Nov. 1, 2010), which 750 re-promulgated
        Determination d = decide("2011-06-01", "");
        assertThat(warns(d, "782")).isTrue();
        assertThat(warns(d, "750")).isFalse();
    }

    @Test
    void anEarlierOrderUnder782AlsoAppliedTheAmendmentsBeforeIt() {
        Determination d = decide("2009-06-01", "prior_reduction: {amendment: \"782\", date: 2015-12-01, guideline_range: \"108-135\"}\n");
        assertThat(d.warnings()).noneMatch(w -> w.contains("may also lower"));
    }
}
