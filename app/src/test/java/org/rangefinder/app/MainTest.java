package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The top-level command: help on every command, version, and usage errors. */
class MainTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--help|Usage: rangefinder",
        "-h|Usage: rangefinder",
        "table --help|Usage: rangefinder table",
        "range --help|Usage: rangefinder range",
        "range -h|Usage: rangefinder range",
        "help|Usage: rangefinder",
        "help table|Usage: rangefinder table",
        "help range|Usage: rangefinder range",
        "analyze --help|Usage: rangefinder analyze",
        "screen --help|Usage: rangefinder screen",
        "generate --help|Usage: rangefinder generate"
    })
    void helpOnEveryCommandExitsZero(String args, String usage) {
        // picocli formats descriptions; a lone % makes it warn on System.err
        java.io.PrintStream stderr = System.err;
        var warnings = new java.io.ByteArrayOutputStream();
        Cli.Run r;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            r = Cli.run(args.split(" "));
        } finally {
            System.setErr(stderr);
        }
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(usage);
        assertThat(r.err()).isEmpty();
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Cli.Run r = Cli.run("--help");
        assertThat(r.out()).contains("table").contains("range").contains("Exit codes:")
                .contains("2").contains("invalid input").contains("3").contains("does not model");
    }

    @Test
    void versionExitsZero() {
        Cli.Run r = Cli.run("--version");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("rangefinder ");
    }

    @Test
    void noCommandIsInvalidInput() {
        Cli.Run r = Cli.run();
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("a command is required");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "frobnicate",
        "range --category I",
        "range --level 20 --category I --nonsense",
        "table --date",
        "table extra"
    })
    void usageErrorsAreInvalidInput(String args) {
        Cli.Run r = Cli.run(args.split(" "));
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("rangefinder: ").contains("--help");
    }
}
