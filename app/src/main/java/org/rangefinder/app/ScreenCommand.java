package org.rangefinder.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rangefinder.Guidelines;
import org.rangefinder.app.screen.Header;
import org.rangefinder.app.screen.RecordScanner;
import org.rangefinder.app.screen.RowStatus;
import org.rangefinder.app.screen.ScreenReport;
import org.rangefinder.app.screen.ScreenStats;
import org.rangefinder.app.screen.Screener;
import org.rangefinder.app.screen.Screening;
import org.rangefinder.app.screen.Summary;
import org.rangefinder.app.screen.TerminalProgress;
import org.rangefinder.motion.MotionAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rangefinder screen}: decides every row of a docket CSV, in constant memory, on several threads. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        header = "Screen a docket CSV: one decision per row, a summary and an optional HTML report.",
        description = {"Screen a docket: decide the motion in every row of a CSV file (the flat form of the case file, see "
                + "docs/screening.md) and write one result row per input row, in input order. A row that is invalid, "
                + "unsupported or malformed gets a result row saying why, and the run goes on.",
            "",
            "A summary goes to standard error; on a terminal, so does a progress line.",
            "Exit codes: 0 every row decided; 1 a defect in some row; 2 an invalid or malformed row (the output "
                + "is still complete) or unusable input; 3 a row Rangefinder does not model (and none of the above).",
            "",
            "Example: rangefinder screen docket.csv --out results.csv --report report.html"})
final class ScreenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "the docket (RFC 4180 CSV, UTF-8, with a header); - reads standard input")
    String input;

    @Option(names = "--out", required = true, paramLabel = "RESULTS", description = "where to write the results; - writes to standard output")
    String out;

    @Option(names = "--report", paramLabel = "REPORT.html", description = "also write a self-contained HTML report (charts, districts, rows not decided)")
    Path report;

    @Option(names = "--format", defaultValue = "csv", description = "csv (one row per input row) or jsonl (the full answer of each row, as analyze --format json); default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of processors, here ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date a motion is decided when its row has no motion_date (default: today)")
    String date;

    @Option(names = "--no-progress", description = "no progress line, even on a terminal (or set " + TerminalProgress.ENV_OFF + ")")
    boolean noProgress;

    @Option(names = "--batch-size", hidden = true, defaultValue = "" + Screening.BATCH_SIZE)
    int batchSize;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ArrayList<>();
        LocalDate today = Options.dateOrToday(date, problems);
        Screener.Format fmt = null;
        try {
            fmt = Screener.Format.valueOf(format);
        } catch (IllegalArgumentException e) {
            problems.add("--format: '" + format + "' is not a format of this command (expected csv or jsonl)");
        }
        if (threads < 1 || threads > 1024) {
            problems.add("--threads: " + threads + " is not a number of threads (expected 1 to 1024)");
        }
        if (batchSize < 1) {
            problems.add("--batch-size: " + batchSize + " (expected 1 or more)");
        }
        Path in = input.equals("-") ? null : Path.of(input);
        if (in != null && !Files.isRegularFile(in)) {
            problems.add("INPUT: " + input + (Files.exists(in) ? " is not a file" : ": no such file"));
        }
        if (in != null && Files.isRegularFile(in)) {
            for (Path other : new Path[] {out.equals("-") ? null : Path.of(out), report}) {
                if (other != null && Files.exists(other) && Files.isSameFile(in, other)) {
                    problems.add((other == report ? "--report" : "--out") + ": " + other + " is the input file (it would be overwritten)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var err = spec.commandLine().getErr();
        long size = in == null ? -1 : Files.size(in);
        long start = System.nanoTime();
        ScreenStats stats;
        try (InputStream is = in == null ? System.in : Files.newInputStream(in);
                RecordScanner scanner = new RecordScanner(is)) {
            Header header;
            try {
                header = Screening.readHeader(scanner);
            } catch (Header.InvalidHeaderException e) {
                throw new InvalidInputException(e.problems().stream().map(p -> "INPUT: " + p).toList());
            }
            Screener screener = new Screener(header, new MotionAnalyzer(Guidelines.load()), today, fmt, EngineVersion.get());
            Screening.Progress progress = TerminalProgress.start(err, size, TerminalProgress.wanted(noProgress, System.getenv()));
            try (Writer w = output()) {
                stats = Screening.run(scanner, screener, w, threads, batchSize, progress);
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(List.of("--out: " + out + ": the folder does not exist"));
            } finally {
                if (progress instanceof TerminalProgress p) {
                    p.close();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report != null) {
            ScreenReport.write(report, stats, new ScreenReport.Run(input, today, seconds, EngineVersion.get()));
        }
        err.print(Summary.text(stats, seconds));
        err.flush();
        return exitCode(stats);
    }

    private Writer output() throws IOException {
        if (out.equals("-")) {
            return new BufferedWriter(spec.commandLine().getOut(), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(out)), StandardCharsets.UTF_8), 1 << 16);
    }

    /** 1 when a row met a defect; else 2 when a row was invalid or malformed; else 3 when a row was unsupported; else 0. */
    static int exitCode(ScreenStats s) {
        if (s.count(RowStatus.ERROR) > s.malformed()) {
            return Main.EXIT_DEFECT;
        }
        if (s.count(RowStatus.INVALID) > 0 || s.malformed() > 0) {
            return Main.EXIT_INVALID;
        }
        if (s.count(RowStatus.UNSUPPORTED) > 0) {
            return Main.EXIT_UNSUPPORTED;
        }
        return 0;
    }
}
