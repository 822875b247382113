package org.rangefinder.range;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;

/**
 * A question for the Sentencing Table and the statutory limits: a total offense level, a
 * category (or points), the limits of each count and any consecutive terms, on a date.
 */
public record RangeQuestion(
        LocalDate date,
        OffenseLevel level,
        Optional<CriminalHistoryCategory> category,
        Optional<Integer> points,
        List<StatutoryLimits> counts,
        List<Months> consecutiveTerms) {

    public RangeQuestion {
        if (category.isEmpty() && points.isEmpty()) {
            throw new IllegalArgumentException("a criminal history category or points are required");
        }
        counts = List.copyOf(counts);
        consecutiveTerms = List.copyOf(consecutiveTerms);
    }
}
