package org.rangefinder.explain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rangefinder.range.RangeAnswer;

/** Renders a {@link org.rangefinder.range.RangeAnswer} as JSON or plain text, from its trace. */
public final class RangeRenderer {

    private RangeRenderer() {}

    public static ObjectNode json(RangeAnswer a, String engineVersion) {
        ObjectNode n = Json.object();
        n.put("offense_level", a.level().value());
        n.put("criminal_history_category", a.category().name());
        n.set("table_range", Json.range(a.tableRange()));
        n.set("applicable_range", Json.range(a.applicableRange()));
        if (!a.consecutiveTerms().equals(org.rangefinder.model.Months.ZERO)) {
            Json.putMonths(n, "consecutive_months", a.consecutiveTerms());
            n.set("total_range", Json.range(a.totalRange()));
        }
        if (a.zone().isPresent()) {
            n.put("zone", a.zone().get().name());
        } else {
            n.putNull("zone");
        }
        n.put("edition", a.edition().effective().toString());
        n.put("engine_version", engineVersion);
        n.set("warnings", Json.strings(a.warnings()));
        n.set("trace", Json.trace(a.trace()));
        return n;
    }

    public static String text(RangeAnswer a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Offense level ").append(a.level()).append(", criminal history category ").append(a.category())
                .append(" (").append(a.edition().title()).append(")\n");
        sb.append("  Sentencing Table range: ").append(a.tableRange().prose()).append('\n');
        sb.append("  Applicable range:       ").append(a.applicableRange().prose()).append('\n');
        if (!a.consecutiveTerms().equals(org.rangefinder.model.Months.ZERO)) {
            sb.append("  Consecutive terms:      ").append(a.consecutiveTerms().prose()).append('\n');
            sb.append("  Total:                  ").append(a.totalRange().prose()).append('\n');
        }
        sb.append("  Zone:                   ").append(a.zone().map(Enum::name).orElse("none (see the warning)")).append('\n');
        for (String w : a.warnings()) {
            sb.append("  Warning: ").append(w).append('\n');
        }
        sb.append("How it was found:\n");
        int i = 1;
        for (Step s : a.trace().steps()) {
            sb.append("  ").append(i++).append(". ").append(s.step()).append(": ").append(s.result())
                    .append(" [").append(s.citation()).append("]\n");
        }
        return sb.toString();
    }
}
