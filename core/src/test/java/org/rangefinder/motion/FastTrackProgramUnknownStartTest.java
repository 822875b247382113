package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.io.CaseFileReader;

/**
 * A fast-track motion in a district whose program has no recorded start date (effective_from: null)
 * is decided: the program counts as in effect at sentencing, and the reason says the start date is not
 * recorded instead of failing on the missing date (found by screening a generated docket).
 */
class FastTrackProgramUnknownStartTest {

    @Test
    void programWithoutStartDateIsDescribedNotFailedOn() {
        var result = CaseFileReader.read("""
                court: S.D. Cal.
                conviction: {disposition: plea, offense: illegal-reentry, offense_date: 2008-07-19}
                sentencing: {date: 2009-07-22, offense_level: 23, criminal_history_category: I, statutory_maximum_months: 24,
                             sentence_months: 24}
                motion: {kind: sentence-reduction, basis: fast-track-program, date: 2010-01-12}
                """);
        var c = ((CaseFileReader.Valid) result).theCase();
        Determination d = new MotionAnalyzer(Guidelines.load()).analyze(c, LocalDate.of(2010, 1, 12));
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.reasons()).filteredOn(r -> r.code() == ReasonCode.PROGRAM_IN_EFFECT_AT_SENTENCING)
                .singleElement()
                .satisfies(r -> assertThat(r.text()).contains("does not record when it started").contains("July 22, 2009"));
    }
}
