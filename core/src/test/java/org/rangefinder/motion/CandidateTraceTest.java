package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.testing.Motions;

/**
 * Where the facts leave more than one original cell and every cell gives the same answer, the trace shows the steps
 * every cell shares, not the steps of one cell (level 1, category I, 0-6 months) as if it were the defendant's.
 */
class CandidateTraceTest {

    private static Determination decide(String slug, LocalDate date) throws IOException {
        return new MotionAnalyzer(Guidelines.load()).analyze(Motions.projectCase(slug), date);
    }

    @ParameterizedTest
    @CsvSource({
        "smith-tracey-2013,        2013-11-04, what the motion relies on",
        "martinez-gutierrez-2013,  2013-04-09, what the motion relies on",
        "mathis-johnnie-2017,      2017-09-27, covered amendment?",
        "spight-2009,              2009-06-01, covered amendment"
    })
    void noCellIsShownAsTheDefendants(String slug, LocalDate date, String decisive) throws IOException {
        Determination d = decide(slug, date);
        for (Step s : d.trace().steps()) {
            assertThat(s.step()).isNotEqualTo("one candidate shown");
            assertThat(s.result()).as(s.step()).doesNotContain("level 1, category I").doesNotContain("0-6 months");
            assertThat(s.inputs().getOrDefault("offense_level", "not stated")).as(s.step()).isEqualTo("not stated");
            assertThat(s.inputs().getOrDefault("category", "not stated")).as(s.step()).isEqualTo("not stated");
        }
        assertThat(d.trace().steps()).anyMatch(s -> s.step().equals(decisive));
    }
}
