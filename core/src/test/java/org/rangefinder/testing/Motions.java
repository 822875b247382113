package org.rangefinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rangefinder.Guidelines;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.model.Case;
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

    /** A case of the project corpus ({@code cases/<slug>.yaml}; the root from {@code rangefinder.root}, else {@code ..}). */
    public static Case projectCase(String slug) throws IOException {
        String root = System.getProperty("rangefinder.root", "..");
        var read = CaseFileReader.read(Files.readString(Path.of(root, "cases", slug + ".yaml")));
        assertThat(read).as("%s is a valid case file: %s", slug, read).isInstanceOf(CaseFileReader.Valid.class);
        return ((CaseFileReader.Valid) read).theCase();
    }
}
