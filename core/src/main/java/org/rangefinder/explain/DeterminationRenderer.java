package org.rangefinder.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rangefinder.model.MonthRange;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.Reason;

/** Renders a {@link Determination} as the JSON of the answer format (docs/case-file.md) or as plain text. */
public final class DeterminationRenderer {

    private DeterminationRenderer() {}

    public static ObjectNode json(String file, Determination d, String engineVersion) {
        ObjectNode n = Json.object();
        if (file != null) {
            n.put("file", file);
        }
        n.put("relief", d.relief().word());
        n.set("original", ranges(d.original().orElse(null)));
        n.set("amended", ranges(d.amended().orElse(null)));
        if (d.lowestPermitted().isPresent()) {
            Json.putMonths(n, "lowest_permitted_months", d.lowestPermitted().get());
        } else {
            n.putNull("lowest_permitted_months");
        }
        if (d.orderEffectiveFrom().isPresent()) {
            n.put("order_effective_from", d.orderEffectiveFrom().get().toString());
        }
        ArrayNode reasons = n.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode rn = reasons.addObject();
            rn.put("code", r.code().name());
            rn.put("text", r.text());
            rn.set("citations", Json.strings(r.citations()));
        }
        n.set("warnings", Json.strings(d.warnings()));
        n.put("motion_date", d.motionDate().toString());
        ObjectNode editions = n.putObject("editions");
        editions.put("sentencing", d.sentencingEdition().orElse(null));
        editions.put("motion", d.motionEdition());
        n.put("engine_version", engineVersion);
        n.set("trace", Json.trace(d.trace()));
        return n;
    }

    private static ObjectNode ranges(Determination.Ranges r) {
        if (r == null) {
            return null;
        }
        ObjectNode n = Json.object();
        if (r.tableRange().isPresent()) {
            n.set("table_range", Json.range(r.tableRange().get()));
        } else {
            n.putNull("table_range");
        }
        if (r.applicableRange().isPresent()) {
            n.set("applicable_range", Json.range(r.applicableRange().get()));
        } else {
            n.putNull("applicable_range");
        }
        if (r.offenseLevel().isPresent()) {
            n.put("offense_level", r.offenseLevel().get().value());
        } else {
            n.putNull("offense_level");
        }
        n.put("criminal_history_category", r.category().map(Enum::name).orElse(null));
        return n;
    }

    /** A short human summary with the reasons and the trace. */
    public static String text(String file, Determination d) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append('\n');
        }
        sb.append("Relief: ").append(d.relief().word().toUpperCase(java.util.Locale.ROOT));
        d.lowestPermitted().ifPresent(m -> sb.append(" (lowest permitted term: ").append(m.prose()).append(")"));
        sb.append('\n');
        d.original().ifPresent(r -> sb.append("Original range: ").append(describe(r)).append('\n'));
        d.amended().ifPresent(r -> sb.append("Amended range:  ").append(describe(r)).append('\n'));
        d.orderEffectiveFrom().ifPresent(x -> sb.append("An order may take effect no earlier than ").append(x).append('\n'));
        sb.append("Reasons:\n");
        for (Reason r : d.reasons()) {
            sb.append("  - ").append(r.code()).append(": ").append(r.text());
            if (!r.citations().isEmpty()) {
                sb.append(" [").append(String.join("; ", r.citations())).append(']');
            }
            sb.append('\n');
        }
        for (String w : d.warnings()) {
            sb.append("Warning: ").append(w).append('\n');
        }
        sb.append("How it was decided:\n");
        List<Step> steps = d.trace().steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            sb.append("  ").append(i + 1).append(". ").append(s.step()).append(": ").append(s.result())
                    .append(" [").append(s.citation()).append("]\n");
        }
        return sb.toString();
    }

    static String describe(Determination.Ranges r) {
        StringBuilder sb = new StringBuilder();
        r.offenseLevel().ifPresent(l -> sb.append("level ").append(l).append(", "));
        r.category().ifPresent(c -> sb.append("category ").append(c).append(", "));
        r.tableRange().ifPresent(t -> sb.append("table ").append(t.prose()).append(", "));
        sb.append("applicable ").append(r.applicableRange().map(MonthRange::prose).orElse("not determined by the record"));
        return sb.toString();
    }
}
