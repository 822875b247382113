package org.rangefinder.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rangefinder.Guidelines;
import org.rangefinder.app.screen.DocketGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rangefinder generate}: a synthetic docket CSV for trying and measuring {@code screen}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write a synthetic docket CSV for screening and benchmarks.",
        description = {"Write a synthetic docket CSV (the input of screen): offense levels, criminal history categories and "
                + "statutory minimums distributed like the Sentencing Commission's data, a mix of Amendment 821, 782, "
                + "750 and 706 motions and early-disposition requests, about 2%% invalid rows and a few malformed lines. "
                + "The same seed gives the same file. Synthetic: no row is a real person.",
            "",
            "Example: rangefinder generate --rows 1000000 --seed 7 --out docket.csv"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", required = true, paramLabel = "N", description = "number of rows (records after the header)")
    long rows;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--malformed", paramLabel = "N",
            description = "malformed CSV lines among the rows (default: 3 for every 200,000 rows, at least 3 from 1,000 rows)")
    Long malformed;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file (default: standard output)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads generating rows (default: the number of processors, here ${DEFAULT-VALUE}); the output does not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ArrayList<>();
        if (rows < 0) {
            problems.add("--rows: " + rows + " is not a number of rows (expected 0 or more)");
        }
        if (malformed != null && (malformed < 0 || malformed > Math.max(0, rows))) {
            problems.add("--malformed: " + malformed + " (expected 0 to the number of rows)");
        }
        if (threads < 1 || threads > 1024) {
            problems.add("--threads: " + threads + " is not a number of threads (expected 1 to 1024)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long bad = malformed == null ? DocketGenerator.defaultMalformed(rows) : malformed;
        DocketGenerator generator = new DocketGenerator(Guidelines.load(), seed);
        if (out == null) {
            Writer w = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
            generator.write(w, rows, bad, threads);
            w.flush();
        } else {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
                generator.write(w, rows, bad, threads);
            }
        }
        return 0;
    }
}
