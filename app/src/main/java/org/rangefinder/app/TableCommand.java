package org.rangefinder.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Json;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.OffenseLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rangefinder table}: prints the Sentencing Table (U.S.S.G. Ch. 5, Pt. A) in force on a date. */
@Command(name = "table", mixinStandardHelpOptions = true,
        header = "Print the Sentencing Table (U.S.S.G. Ch. 5, Pt. A) with zones, as in force on a date.")
final class TableCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date whose Manual edition to use (default: today)")
    String date;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        LocalDate on = Options.dateOrToday(date, problems);
        Options.format(format, problems, "text", "csv", "json");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Guidelines law = Guidelines.load();
        Edition edition = law.manuals().inEffectOn(on);
        // the table is written to a buffer and printed only once complete, so that an unsupported
        // edition (exit 3) leaves nothing half-printed on standard output
        var buffer = new java.io.StringWriter();
        var out = new java.io.PrintWriter(buffer);
        if (law.manuals().isBeyondKnownData(on)) {
            spec.commandLine().getErr().println("rangefinder: warning: legal data is known current through "
                    + law.manuals().knownThrough() + "; using the " + edition.label() + " edition");
        }
        var rows = Json.array();
        if (format.equals("csv")) {
            out.println("offense_level,criminal_history_category,min_months,max_months,zone");
        } else if (format.equals("text")) {
            out.printf("Sentencing Table, %s (%s)%n", edition.title(), law.table().source());
            out.printf("%-6s%s%n", "Level", String.join("", java.util.Arrays.stream(CriminalHistoryCategory.values())
                    .map(c -> String.format("%-13s", c.name())).toList()));
        }
        for (int l = OffenseLevel.LOWEST; l <= OffenseLevel.HIGHEST; l++) {
            OffenseLevel level = OffenseLevel.of(l);
            StringBuilder line = new StringBuilder(String.format("%-6d", l));
            for (CriminalHistoryCategory c : CriminalHistoryCategory.values()) {
                MonthRange r = law.table().range(edition, level, c);
                String zone = law.zones().zoneOf(r, on).map(Enum::name).orElse("");
                switch (format) {
                    case "csv" -> out.println(l + "," + c + "," + r.min() + "," + r.max() + "," + zone);
                    case "json" -> {
                        var n = rows.addObject();
                        n.put("offense_level", l);
                        n.put("criminal_history_category", c.name());
                        Json.putMonths(n, "min_months", r.min());
                        Json.putMonths(n, "max_months", r.max());
                        n.put("zone", zone.isEmpty() ? null : zone);
                    }
                    default -> line.append(String.format("%-13s", r.min() + "-" + r.max() + (zone.isEmpty() ? "" : " " + zone)));
                }
            }
            if (format.equals("text")) {
                out.println(line.toString().stripTrailing());
            }
        }
        if (format.equals("json")) {
            var doc = Json.object();
            doc.put("edition", edition.effective().toString());
            doc.put("source", law.table().source());
            doc.set("cells", rows);
            out.println(Json.pretty(doc));
        }
        out.flush();
        spec.commandLine().getOut().print(buffer);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
