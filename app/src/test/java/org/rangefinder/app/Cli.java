package org.rangefinder.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process through {@link Main#run}, and reads the shared reference table. */
final class Cli {

    private Cli() {}

    /** The exit code and what was printed. */
    record Run(int code, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * The lines of a file of the shared research folder (system property {@code rangefinder.shared},
     * set by the Surefire configuration); a missing folder or file fails the test, it never skips.
     */
    static List<String> sharedLines(String relative) {
        String dir = System.getProperty("rangefinder.shared");
        if (dir == null || dir.isBlank()) {
            fail("system property rangefinder.shared is not set: run the tests through Maven (Surefire sets it to"
                    + " ${maven.multiModuleProjectDirectory}/../shared) or pass -Drangefinder.shared=/path/to/shared");
        }
        Path file = Path.of(dir).resolve(relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            fail("shared file missing: " + file + " (rangefinder.shared=" + dir + ")");
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a simple CSV of the shared folder (no quoted fields: checked) as value arrays,
     * without the header, after checking the header is {@code expectedHeader}.
     */
    static List<String[]> sharedCsv(String relative, String expectedHeader) {
        List<String> lines = sharedLines(relative);
        if (!lines.getFirst().equals(expectedHeader)) {
            fail(relative + ": header is '" + lines.getFirst() + "', expected '" + expectedHeader + "'");
        }
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            if (l.contains("\"")) {
                fail(relative + ": quoted fields are not expected here: " + l);
            }
            return l.split(",", -1);
        }).toList();
    }
}
