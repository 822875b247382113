package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangefinder.Guidelines;
import org.rangefinder.io.CaseFileReader;

/**
 * The NOT_A_COVERED_AMENDMENT text of a motion that rests on something other than a guideline amendment says what the
 * motion relies on, once, and why § 3582(c)(2) does not reach it: only a range the Commission lowered by an amendment
 * listed in § 1B1.10 ((c) in 2013, (d) from Nov. 1, 2014).
 */
class NonAmendmentBasisTextTest {

    private static final Guidelines LAW = Guidelines.load();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "other,              2013-11-04, 'The motion relies on grounds other than a guideline amendment.',   § 1B1.10(c)",
        "other,              2016-03-01, 'The motion relies on grounds other than a guideline amendment.',   § 1B1.10(d)",
        "fast-track-program, 2013-04-09, 'The motion relies on an early-disposition (fast-track) program',  § 1B1.10(c)",
        "fair-sentencing-act, 2016-03-01, 'The motion relies on the Fair Sentencing Act of 2010.',         § 1B1.10(d)"
    })
    void saysWhatTheMotionReliesOnAndWhySection3582c2DoesNotReachIt(String basis, LocalDate date, String opening, String list) {
        String yaml = """
                sentencing:
                  sentence_months: 188
                motion:
                  kind: sentence-reduction
                  basis: %s
                  date: %s
                """.formatted(basis, date);
        var read = CaseFileReader.read(yaml);
        assertThat(read).isInstanceOf(CaseFileReader.Valid.class);
        Determination d = new MotionAnalyzer(LAW).analyze(((CaseFileReader.Valid) read).theCase(), date);
        String text = d.reasons().stream().filter(r -> r.code() == ReasonCode.NOT_A_COVERED_AMENDMENT).findFirst().orElseThrow()
                .text();
        assertThat(text).startsWith(opening)
                .contains("\"subsequently lowered by the Sentencing Commission\"")
                .contains("amendment listed in " + list)
                .doesNotContain("not on a guideline amendment")
                .doesNotContain(", a statute,");
    }
}
