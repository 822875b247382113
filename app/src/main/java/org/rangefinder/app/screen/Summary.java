package org.rangefinder.app.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rangefinder.motion.ReasonCode;

/** The summary printed on standard error at the end of a screening run. */
public final class Summary {

    private Summary() {}

    /** The reason codes given at least once, most frequent first. */
    public static List<ReasonCode> codesByCount(ScreenStats s) {
        List<ReasonCode> codes = new ArrayList<>(Arrays.stream(ReasonCode.values()).filter(c -> s.count(c) > 0).toList());
        codes.sort((a, b) -> Long.compare(s.count(b), s.count(a)));
        return codes;
    }

    public static String text(ScreenStats s, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.US, "rangefinder: screened %,d rows in %.1f s (%,.0f rows/s)%n", s.rows(), seconds,
                seconds > 0 ? s.rows() / seconds : 0.0));
        long error = s.count(RowStatus.ERROR);
        sb.append(String.format(Locale.US, "  rows read %,d = decided %,d + invalid %,d + unsupported %,d + error %,d"
                        + " (%,d malformed CSV records, %,d defects)%n",
                s.rows(), s.decided(), s.count(RowStatus.INVALID), s.count(RowStatus.UNSUPPORTED), error, s.malformed(),
                error - s.malformed()));
        List<String> reliefs = new ArrayList<>();
        for (RowStatus r : RowStatus.values()) {
            reliefs.add(String.format(Locale.US, "%s %,d", r.word(), s.count(r)));
        }
        sb.append("  relief: ").append(String.join(", ", reliefs)).append(System.lineSeparator());
        List<String> codes = codesByCount(s).stream()
                .map(c -> String.format(Locale.US, "%s %,d", c.name(), s.count(c))).toList();
        sb.append("  reason codes: ").append(codes.isEmpty() ? "none" : String.join(", ", codes)).append(System.lineSeparator());
        sb.append(String.format(Locale.US, "  possible reductions: %,d months in total at the lowest permitted terms"
                + " (%,d rows with relief available and a sentence)%n", s.reductionMonths(), s.reductionRows()));
        return sb.toString();
    }
}
