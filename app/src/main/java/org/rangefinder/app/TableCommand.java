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
        var era = law.table().era(edition);
        if (format.equals("csv")) {
            out.println("offense_level,criminal_history_category,min_months,max_months,zone");
        } else if (format.equals("text")) {
            out.printf("Sentencing Table, %s (%s)%n", edition.title(), era.source());
            out.printf("%-6s%s%n", "Level", String.join("", java.util.Arrays.stream(CriminalHistoryCategory.values())
                    .map(c -> String.format("%-13s", c.name())).toList()));
        }
        // a cell not established in this era's table is printed with the minimum all its possible ranges share and no
        // maximum ("?"), never with a guessed value
        List<String> unknownNotes = new ArrayList<>();
        for (int l = OffenseLevel.LOWEST; l <= OffenseLevel.HIGHEST; l++) {
            OffenseLevel level = OffenseLevel.of(l);
            StringBuilder line = new StringBuilder(String.format("%-6d", l));
            for (CriminalHistoryCategory c : CriminalHistoryCategory.values()) {
                List<MonthRange> possible = law.table().possibleRanges(edition, level, c);
                boolean known = possible.size() == 1;
                MonthRange r = possible.getFirst();
                boolean sameMin = possible.stream().allMatch(p -> p.min().equals(r.min()));
                String min = sameMin ? r.min().toString() : "";
                String max = known ? r.max().toString() : "";
                String zone = known ? law.zones().zoneOf(r, on).map(Enum::name).orElse("") : "";
                if (!known) {
                    String note = "one of " + String.join(", ", possible.stream().map(MonthRange::toString).toList())
                            + "; " + era.cells().get(l).get(c).unknownWhy();
                    if (!unknownNotes.contains(note)) {
                        unknownNotes.add(note);
                    }
                }
                switch (format) {
                    case "csv" -> out.println(l + "," + c + "," + min + "," + max + "," + zone);
                    case "json" -> {
                        var n = rows.addObject();
                        n.put("offense_level", l);
                        n.put("criminal_history_category", c.name());
                        if (sameMin) {
                            Json.putMonths(n, "min_months", r.min());
                        } else {
                            n.putNull("min_months");
                        }
                        if (known) {
                            Json.putMonths(n, "max_months", r.max());
                        } else {
                            n.putNull("max_months");
                            n.put("established", false);
                            var oneOf = n.putArray("one_of");
                            possible.forEach(p -> oneOf.add(p.toString()));
                        }
                        n.put("zone", zone.isEmpty() ? null : zone);
                    }
                    default -> line.append(String.format("%-13s", (known ? r.min() + "-" + r.max() : (sameMin ? min : "?") + "-?")
                            + (zone.isEmpty() ? "" : " " + zone)));
                }
            }
            if (format.equals("text")) {
                out.println(line.toString().stripTrailing());
            }
        }
        if (format.equals("text")) {
            if (law.zones().eraOn(on).isEmpty()) {
                out.printf("No zones: zones were created on %s (Appendix C, Amendment %s).%n", law.zones().firstEffective(),
                        law.zones().firstAmendment());
            }
            for (String note : unknownNotes) {
                out.printf("?: not established: %s.%n", note);
            }
        }
        if (!unknownNotes.isEmpty()) {
            spec.commandLine().getErr().println("rangefinder: warning: some cells of the " + edition.label() + " table are not established and are printed without a maximum");
        }
        if (format.equals("json")) {
            var doc = Json.object();
            doc.put("edition", edition.effective().toString());
            doc.put("source", era.source());
            doc.put("table_era", era.label());
            doc.set("cells", rows);
            out.println(Json.pretty(doc));
        }
        out.flush();
        spec.commandLine().getOut().print(buffer);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
