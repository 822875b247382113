package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.Trace;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;

/**
 * What the law allows on a motion: the relief, the original and amended ranges, the lowest
 * permitted term, the reasons, warnings and the trace. The engine never grants; the court decides.
 */
public record Determination(
        Relief relief,
        Optional<Ranges> original,
        Optional<Ranges> amended,
        Optional<Months> lowestPermitted,
        Optional<LocalDate> orderEffectiveFrom,
        List<Reason> reasons,
        List<String> warnings,
        Trace trace,
        LocalDate motionDate,
        Optional<String> sentencingEdition,
        String motionEdition) {

    /** Ranges at one point (original or amended); each part only when the facts fix it. */
    public record Ranges(
            Optional<OffenseLevel> offenseLevel,
            Optional<CriminalHistoryCategory> category,
            Optional<MonthRange> tableRange,
            Optional<MonthRange> applicableRange) {

        public static final Ranges UNKNOWN = new Ranges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        public boolean isEmpty() {
            return this.equals(UNKNOWN);
        }
    }

    public Determination {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
