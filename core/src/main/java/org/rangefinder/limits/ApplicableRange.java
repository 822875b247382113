package org.rangefinder.limits;

import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/**
 * U.S.S.G. § 5G1.1: the guideline range after the statutory limits of a single count.
 * (a) a statutory maximum below the range minimum is the guideline sentence; (b) a statutory
 * minimum above the range maximum is the guideline sentence; (c) otherwise the range, trimmed so
 * that no sentence lies above the maximum or below the minimum.
 */
public final class ApplicableRange {

    /** The applicable range and the steps that produced it. */
    public record Result(MonthRange range, String subsection, Trace trace) {}

    private ApplicableRange() {}

    public static Result apply(Edition edition, MonthRange tableRange, StatutoryLimits limits) {
        return apply(edition, tableRange, limits, Trace.EMPTY);
    }

    /** The same, recording its step on {@code blank} (which may be {@link Trace#OFF}). */
    public static Result apply(Edition edition, MonthRange tableRange, StatutoryLimits limits, Trace blank) {
        Months lo = tableRange.min();
        Months hi = tableRange.max();
        var min = limits.minimum();
        var max = limits.maximum();
        String sub;
        MonthRange out;
        if (max.isPresent() && max.get().isBefore(lo)) {
            sub = "§ 5G1.1(a)";
            out = MonthRange.exactly(max.get());
        } else if (min.isPresent() && min.get().isAfter(hi)) {
            sub = "§ 5G1.1(b)";
            out = MonthRange.exactly(min.get());
        } else {
            sub = "§ 5G1.1(c)";
            Months newLo = min.map(m -> Months.max(m, lo)).orElse(lo);
            Months newHi = max.map(m -> Months.min(m, hi)).orElse(hi);
            out = MonthRange.of(newLo, newHi);
        }
        Trace trace = blank.with(() -> Step.of("applicable guideline range", "statutory limits on a single count",
                edition.cite(sub), out.prose() + ": " + rule(sub, tableRange, out, limits),
                "table_range", tableRange,
                "statutory_minimum", min.map(Months::toString).orElse("none stated"),
                "statutory_maximum", max.map(Months::toString).orElse("none stated")));
        return new Result(out, sub, trace);
    }

    private static String rule(String sub, MonthRange tableRange, MonthRange out, StatutoryLimits limits) {
        return switch (sub) {
            case "§ 5G1.1(a)" -> "the statutory maximum " + limits.maximum().orElseThrow() + " is below the range minimum "
                    + tableRange.min() + ", so it is the guideline sentence";
            case "§ 5G1.1(b)" -> "the statutory minimum " + limits.minimum().orElseThrow() + " is above the range maximum "
                    + tableRange.max() + ", so it is the guideline sentence";
            default -> out.equals(tableRange)
                    ? "the statutory limits leave the range unchanged"
                    : "the range is trimmed to the statutory limits";
        };
    }
}
