package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangefinder.explain.Json;

/**
 * Golden outputs of {@code rangefinder analyze} for the two seed examples in every format, stored in
 * {@code app/src/test/resources/golden/} and compared exactly.
 *
 * <p>Stable by construction: both examples state motion.date; the path of the example is printed
 * relative to the repository root ({@code examples/...}); {@code engine_version} is replaced by
 * {@value #VERSION}. The JSON line is stored pretty-printed (same keys, same order) so that a person can
 * review it; the command must still print exactly one line per file.
 *
 * <p>To regenerate after an intended change to the outputs, run
 * {@code ./mvnw -q verify -pl app -am -Dgolden.update=true} (or only this class, with
 * {@code -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false}), then review the diff of
 * {@code app/src/test/resources/golden/} before committing it. With the property set the test rewrites
 * the files and passes.
 */
class GoldenOutputTest {

    static final String VERSION = "<engine_version>";

    static Path root() {
        return Path.of(System.getProperty("rangefinder.root", "..")).toAbsolutePath().normalize();
    }

    static Path golden(String name) {
        return root().resolve("app/src/test/resources/golden").resolve(name);
    }

    /** The output of {@code analyze --format FORMAT examples/NAME.yaml}, made stable. */
    static String output(String example, String format) throws IOException {
        Path file = root().resolve("examples").resolve(example + ".yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"analyze", "--format", format, file.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        String text = out.toString().replace(root() + "/", "");
        if (!format.equals("json")) {
            return text;
        }
        assertThat(text.lines()).as("one JSON object on one line").hasSize(1);
        JsonNode node = Json.MAPPER.readTree(text);
        assertThat(node.get("engine_version").asText()).isNotBlank();
        ((ObjectNode) node).put("engine_version", VERSION);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "alcaraz-2013, json,     json",
        "alcaraz-2013, text,     txt",
        "alcaraz-2013, markdown, md",
        "zhang-2014,   json,     json",
        "zhang-2014,   text,     txt",
        "zhang-2014,   markdown, md"
    })
    void matchesTheGoldenOutput(String example, String format, String extension) throws IOException {
        String actual = output(example, format);
        Path file = golden(example + "." + extension);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (regenerate with -Dgolden.update=true)").exists();
        assertThat(actual).as("%s differs from %s (if the change is intended: -Dgolden.update=true, then review the diff)",
                format, file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
