package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.testing.Motions;

/**
 * Without a sentencing date the Manual at sentencing is not known: the range is read from a table whose cells are the
 * same in every edition since 1992, but a provision of the Manual at sentencing (§ 4B1.1, § 5G1.1, the table itself)
 * is cited without an edition, never as the edition in force on the motion date (Hickey, 1st Cir. 2002, decided on a
 * Manual long before the 2025 one).
 */
class NoSentencingDateCitationTest {

    private static final Guidelines LAW = Guidelines.load();


    @Test
    void theCareerOffenderGuidelineIsCitedWithoutAnEdition() throws IOException {
        Determination d = new MotionAnalyzer(LAW).analyze(Motions.projectCase("hickey-2002"), LocalDate.of(2026, 11, 27));
        Reason r = d.reasons().stream().filter(x -> x.code() == ReasonCode.CAREER_OFFENDER).findFirst().orElseThrow();
        assertThat(r.citations()).contains("U.S.S.G. § 4B1.1(b)");
        // § 1B1.10 is the policy statement in force when the motion is decided: its edition is known
        assertThat(r.citations()).contains("U.S.S.G. § 1B1.10(a)(2)(B) (Nov. 1, 2025)");
        for (Step s : d.trace().steps()) {
            String c = s.citation();
            if (!c.contains("1B1.10")) {
                assertThat(c).as("step %s", s.step()).doesNotContain("(Nov. 1, 2025)");
            }
        }
    }

    @Test
    void withASentencingDateTheEditionIsCited() throws IOException {
        Determination d = new MotionAnalyzer(LAW).analyze(Motions.projectCase("routt-2006"), LocalDate.of(2006, 6, 28));
        assertThat(d.trace().steps()).anyMatch(s -> s.citation().equals("U.S.S.G. § 5G1.1(c) (Nov. 1, 1993)"));
    }
}
