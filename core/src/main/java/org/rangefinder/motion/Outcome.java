package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.Trace;
import org.rangefinder.model.Months;

/** The answer for one set of facts (one candidate table cell), before candidates are merged. */
record Outcome(
        Relief relief,
        Determination.Ranges original,
        Determination.Ranges amended,
        Optional<Months> lowest,
        Optional<LocalDate> orderEffectiveFrom,
        List<Reason> reasons,
        List<String> missing,
        Trace trace) {

    Outcome {
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
    }

    static Outcome unavailable(Determination.Ranges original, Determination.Ranges amended, List<Reason> reasons, Trace trace) {
        return new Outcome(Relief.UNAVAILABLE, original, amended, Optional.empty(), Optional.empty(), reasons, List.of(), trace);
    }

    static Outcome undetermined(Determination.Ranges original, List<Reason> reasons, List<String> missing, Trace trace) {
        return new Outcome(Relief.UNDETERMINED, original, Determination.Ranges.UNKNOWN, Optional.empty(), Optional.empty(),
                reasons, missing, trace);
    }

    Outcome withReason(Reason r) {
        List<Reason> more = new ArrayList<>(reasons);
        more.add(r);
        return new Outcome(relief, original, amended, lowest, orderEffectiveFrom, more, missing, trace);
    }

    Outcome withTrace(Trace before) {
        return new Outcome(relief, original, amended, lowest, orderEffectiveFrom, reasons, missing, before.with(trace));
    }

    boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
