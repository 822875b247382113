package org.rangefinder.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Json;
import org.rangefinder.explain.RangeRenderer;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.range.RangeAnswer;
import org.rangefinder.range.RangeCalculator;
import org.rangefinder.range.RangeQuestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rangefinder range}: the table range and the applicable range after statutory limits (§ 5G1.1, § 5G1.2). */
@Command(name = "range", mixinStandardHelpOptions = true,
        header = "The guideline range for an offense level and criminal history, with § 5G1.1/§ 5G1.2 applied.",
        description = {"The guideline range for an offense level and criminal history: the Sentencing Table cell, the "
                + "applicable range after the statutory minimum and maximum (U.S.S.G. § 5G1.1; several counts, § "
                + "5G1.2), the zone, the Manual edition used and every step with its citation.",
            "",
            "Example: rangefinder range --level 27 --category I --mandatory-minimum 120 --format json"})
final class RangeCommand implements Callable<Integer> {

    @Option(names = "--level", required = true, paramLabel = "1-43", description = "total offense level")
    String level;

    @Option(names = "--category", paramLabel = "I-VI", description = "criminal history category")
    String category;

    @Option(names = "--points", paramLabel = "N", description = "criminal history points (instead of --category)")
    String points;

    @Option(names = {"--mandatory-minimum", "--statutory-minimum"}, paramLabel = "MONTHS|life",
            description = "statutory minimum term of the count, in months")
    String minimum;

    @Option(names = "--statutory-maximum", paramLabel = "MONTHS|life", description = "statutory maximum term of the count, in months")
    String maximum;

    @Option(names = "--count", paramLabel = "MIN:MAX",
            description = {"another count's statutory minimum and maximum, e.g. 0:240 or 120:life (repeatable;",
                "several counts are combined under U.S.S.G. § 5G1.2)"})
    List<String> counts = new ArrayList<>();

    @Option(names = "--consecutive", paramLabel = "MONTHS",
            description = "a term that must run consecutively, e.g. 60 for 18 U.S.C. § 924(c) or 24 for § 1028A (repeatable)")
    List<String> consecutive = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date of sentencing; selects the Manual edition (default: today)")
    String date;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        OffenseLevel lvl = Options.level("--level", level, problems);
        CriminalHistoryCategory cat = Options.category("--category", category, problems);
        Integer pts = Options.points("--points", points, problems);
        if (category == null && points == null) {
            problems.add("--category or --points: one is required (category I-VI, or criminal history points 0 or more)");
        }
        Months min = Options.months("--mandatory-minimum", minimum, true, problems);
        Months max = Options.months("--statutory-maximum", maximum, true, problems);
        if (min != null && max != null && min.isAfter(max)) {
            problems.add("--mandatory-minimum: " + min + " is above --statutory-maximum " + max
                    + " (expected a minimum no greater than the maximum)");
        }
        List<StatutoryLimits> limits = new ArrayList<>();
        // the count of --mandatory-minimum/--statutory-maximum; when only --count options are given,
        // they are the counts (an extra count with no stated maximum would make the § 5G1.2 total unknown)
        boolean mainCount = minimum != null || maximum != null || counts.isEmpty();
        if (mainCount && (min == null || max == null || !min.isAfter(max))) {
            limits.add(new StatutoryLimits(Optional.ofNullable(min), Optional.ofNullable(max)));
        }
        for (String c : counts) {
            String[] parts = c.split(":", -1);
            if (parts.length != 2) {
                problems.add("--count: '" + c + "' is not MIN:MAX (expected e.g. 0:240 or 120:life)");
                continue;
            }
            Months cmin = Options.months("--count", parts[0], true, problems);
            Months cmax = Options.months("--count", parts[1], true, problems);
            if (cmin != null && cmax != null) {
                if (cmin.isAfter(cmax)) {
                    problems.add("--count: '" + c + "' has its minimum above its maximum (expected MIN <= MAX)");
                } else {
                    limits.add(StatutoryLimits.of(cmin, cmax));
                }
            }
        }
        List<Months> consecutiveTerms = new ArrayList<>();
        for (String c : consecutive) {
            Months m = Options.months("--consecutive", c, false, problems);
            if (m != null) {
                consecutiveTerms.add(m);
            }
        }
        LocalDate on = Options.dateOrToday(date, problems);
        Options.format(format, problems, "text", "json");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RangeAnswer answer = new RangeCalculator(Guidelines.load()).calculate(new RangeQuestion(
                on, lvl, Optional.ofNullable(cat), Optional.ofNullable(pts), limits, consecutiveTerms));
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(Json.pretty(RangeRenderer.json(answer, EngineVersion.get())));
        } else {
            out.print(RangeRenderer.text(answer));
        }
        out.flush();
        return 0;
    }
}
