package org.rangefinder.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.DeterminationRenderer;
import org.rangefinder.explain.DraftOrder;
import org.rangefinder.explain.Json;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.io.Problem;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rangefinder analyze}: decides the motion in each case file, with reasons, citations and a trace. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        header = "Decide sentence-reduction and early-disposition motions from case files, with reasons and citations.",
        description = {"Decide the motion in each case file (JSON or YAML, see docs/case-file.md): whether the law allows a "
                + "sentence reduction under 18 U.S.C. § 3582(c)(2) / U.S.S.G. § 1B1.10, or an early-disposition "
                + "reduction, the original and amended ranges, the lowest permitted term, the reasons with citations "
                + "and the trace.",
            "",
            "Every file is decided; a file that fails validation prints its errors and the exit code is 2.",
            "",
            "Example: rangefinder analyze examples/alcaraz-2013.yaml"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "case files (.yaml, .yml or .json)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text",
            description = "text (summary and trace), json (one object per file, one per line) or markdown (a draft order); default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the date the motion is decided when a case file gives no motion.date (default: today)")
    String date;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        LocalDate today = Options.dateOrToday(date, problems);
        Options.format(format, problems, "text", "json", "markdown");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        MotionAnalyzer analyzer = new MotionAnalyzer(Guidelines.load());
        int exit = 0;
        boolean firstFile = true;
        for (Path f : files) {
            String name = f.toString();
            String content;
            try {
                content = Files.readString(f, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                exit = Math.max(exit, Main.EXIT_INVALID);
                report(out, err, name, List.of(new Problem("(file)", "no such file")));
                continue;
            } catch (IOException | java.io.UncheckedIOException e) {
                exit = Math.max(exit, Main.EXIT_INVALID);
                report(out, err, name, List.of(new Problem("(file)", "cannot be read as UTF-8 text: " + e.getMessage())));
                continue;
            }
            switch (CaseFileReader.read(content)) {
                case CaseFileReader.Invalid invalid -> {
                    exit = Math.max(exit, Main.EXIT_INVALID);
                    report(out, err, name, invalid.problems());
                }
                case CaseFileReader.Valid valid -> {
                    Determination d;
                    try {
                        d = analyzer.analyze(valid.theCase(), today);
                    } catch (UnsupportedQuestionException e) {
                        exit = Math.max(exit, Main.EXIT_UNSUPPORTED);
                        if (format.equals("json")) {
                            var n = Json.object();
                            n.put("file", name);
                            n.put("unsupported", e.getMessage());
                            out.println(Json.line(n));
                        }
                        err.println("rangefinder: " + name + ": unsupported: " + e.getMessage());
                        continue;
                    }
                    switch (format) {
                        case "json" -> out.println(Json.line(DeterminationRenderer.json(name, d, EngineVersion.get())));
                        case "markdown" -> {
                            if (!firstFile) {
                                out.println("\n---\n");
                            }
                            out.print(DraftOrder.markdown(valid.theCase(), d));
                        }
                        default -> {
                            if (!firstFile) {
                                out.println();
                            }
                            out.print(DeterminationRenderer.text(name, d));
                        }
                    }
                    firstFile = false;
                }
            }
        }
        out.flush();
        return exit;
    }

    private void report(java.io.PrintWriter out, java.io.PrintWriter err, String name, List<Problem> problems) {
        if (format.equals("json")) {
            var n = Json.object();
            n.put("file", name);
            var arr = n.putArray("errors");
            for (Problem p : problems) {
                var pn = arr.addObject();
                pn.put("field", p.field());
                pn.put("message", p.message());
            }
            out.println(Json.line(n));
        }
        for (Problem p : problems) {
            err.println("rangefinder: " + name + ": " + p);
        }
    }
}
