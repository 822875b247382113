package org.rangefinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.rangefinder.Guidelines;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;

/** Decides the motion of a case file written in a test, with the shipped law; a file that is not valid fails the test. */
public final class Motions {

    private Motions() {}

    public static Determination decide(String yaml, LocalDate date) {
        var read = CaseFileReader.read(yaml);
        assertThat(read).as("the case file is valid: %s", read).isInstanceOf(CaseFileReader.Valid.class);
        return new MotionAnalyzer(Guidelines.load()).analyze(((CaseFileReader.Valid) read).theCase(), date);
    }
}
