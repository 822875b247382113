package org.rangefinder.limits;

import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/**
 * U.S.S.G. § 5G1.2: several counts. Counts whose statute requires a consecutive term (e.g.
 * 18 U.S.C. § 924(c), § 1028A) are set apart (a) and added to the total; for the other counts the
 * highest statutory minimum applies to all of them, and the total punishment can reach the sum of
 * their statutory maximums by consecutive sentences (c), (d) and comment. (n.3(B)).
 */
public final class MultipleCounts {

    /** The range for the grouped counts, the consecutive terms, and the total. */
    public record Result(MonthRange countsRange, Months consecutiveTerms, MonthRange total, Trace trace) {}

    private MultipleCounts() {}

    public static Result apply(Edition edition, MonthRange tableRange, List<StatutoryLimits> counts, List<Months> consecutiveTerms) {
        Optional<Months> highestMinimum = counts.stream().flatMap(c -> c.minimum().stream()).max(Months::compareTo);
        Optional<Months> totalMaximum = counts.stream().allMatch(c -> c.maximum().isPresent()) && !counts.isEmpty()
                ? Optional.of(counts.stream().map(c -> c.maximum().get()).reduce(Months.ZERO, Months::plus))
                : Optional.empty();
        Trace trace = Trace.EMPTY;
        if (counts.size() > 1) {
            trace = trace.with(Step.of("combined statutory limits", "several counts: the highest minimum binds all counts;"
                            + " consecutive sentences may reach the sum of the maximums",
                    edition.cite("§ 5G1.2(b)-(d)"),
                    "minimum " + highestMinimum.map(Months::toString).orElse("none") + ", maximum "
                            + totalMaximum.map(Months::toString).orElse("unknown"),
                    "counts", counts.size()));
        }
        ApplicableRange.Result single = ApplicableRange.apply(edition, tableRange, new StatutoryLimits(highestMinimum, totalMaximum));
        trace = trace.with(single.trace());
        Months consecutive = consecutiveTerms.stream().reduce(Months.ZERO, Months::plus);
        MonthRange total = single.range().plus(consecutive);
        if (!consecutiveTerms.isEmpty()) {
            trace = trace.with(Step.of("consecutive terms", "a term the statute requires to run consecutively is imposed"
                            + " apart from the other counts and added to the total",
                    edition.cite("§ 5G1.2(a)"),
                    "total " + total.prose() + " (" + single.range() + " plus " + consecutive + " consecutive)",
                    "consecutive_terms", consecutiveTerms));
        }
        return new Result(single.range(), consecutive, total, trace);
    }
}
