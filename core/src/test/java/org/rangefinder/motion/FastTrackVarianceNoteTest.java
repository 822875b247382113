package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;

/**
 * A defendant's early-disposition request decided at or before sentencing without a Government motion: the departure is
 * denied (GOVERNMENT_MOTION_REQUIRED) and a note says that some circuits let the court vary under 18 U.S.C. § 3553(a)
 * for fast-track disparity, citing only the decisions already decided on the motion date (early-disposition.yaml,
 * variance_case_law). The note never changes the answer.
 */
class FastTrackVarianceNoteTest {

    private static final String RODRIGUEZ = "United States v. Rodríguez, 527 F.3d 221 (1st Cir. 2008)";
    private static final String ARRELUCEA = "United States v. Arrelucea-Zamudio, 581 F.3d 142 (3d Cir. 2009)";
    private static final String JIMENEZ = "United States v. Jimenez-Perez, 659 F.3d 704 (8th Cir. 2011)";

    private static Determination decide(String sentencing, String motionDate, String government) {
        String yaml = """
                court: D.N.J.
                conviction:
                  disposition: plea
                  offense: illegal-reentry
                sentencing:
                %s
                motion:
                  kind: early-disposition
                  government_motion: %s
                  date: %s
                """.formatted(sentencing, government, motionDate);
        return Motions.decide(yaml, LocalDate.parse(motionDate));
    }

    private static List<String> notes(Determination d) {
        return d.warnings().stream().filter(w -> w.contains("3553(a)")).toList();
    }

    @Test
    void atSentencingAfterTheCaseLawEveryDecisionIsCited() {
        Determination d = decide("  date: 2012-05-01", "2012-05-01", "false");
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.GOVERNMENT_MOTION_REQUIRED)).isTrue();
        assertThat(notes(d)).singleElement().asString().contains(RODRIGUEZ).contains(ARRELUCEA).contains(JIMENEZ)
                .contains("law of the circuit");
    }

    @Test
    void onlyTheDecisionsAlreadyDecidedAreCited() {
        Determination d = decide("  date: 2009-01-15", "2009-01-15", "false");
        assertThat(notes(d)).singleElement().asString().contains(RODRIGUEZ).doesNotContain(ARRELUCEA).doesNotContain(JIMENEZ);
    }

    @Test
    void beforeSentencingToo() {
        assertThat(notes(decide("  date: 2013-03-01", "2013-01-10", "false"))).hasSize(1);
    }

    @Test
    void noNoteBeforeTheFirstDecision() {
        assertThat(notes(decide("  date: 2006-08-17", "2006-08-17", "false"))).isEmpty();
    }

    @Test
    void noNoteAfterTheTermIsImposedOrWithoutTheSentencingDate() {
        Determination after = decide("  date: 2010-01-08", "2012-05-15", "false");
        assertThat(after.has(ReasonCode.NO_AUTHORITY_TO_MODIFY)).isTrue();
        assertThat(notes(after)).isEmpty();
        assertThat(notes(decide("  sentence_months: 46", "2012-05-15", "false"))).isEmpty();
    }

    @Test
    void noNoteOnTheGovernmentsMotion() {
        Determination d = decide("  date: 2014-06-09", "2014-06-09", "true");
        assertThat(notes(d)).isEmpty();
    }
}
