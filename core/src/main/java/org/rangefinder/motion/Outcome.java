package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.Trace;
import org.rangefinder.model.Months;

/**
 * The answer for one set of facts (one candidate table cell), before candidates are merged. {@code warnings}: what the
 * rule found wrong with the record for this candidate (e.g. a stated amended fact its own computation contradicts);
 * the answer carries those every candidate gives.
 */
record Outcome(
        Relief relief,
        Determination.Ranges original,
        Determination.Ranges amended,
        Optional<Months> lowest,
        Optional<LocalDate> orderEffectiveFrom,
        List<Reason> reasons,
        List<String> missing,
        Trace trace,
        List<String> warnings) {

    Outcome {
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** An outcome without warnings. */
    Outcome(Relief relief, Determination.Ranges original, Determination.Ranges amended, Optional<Months> lowest,
            Optional<LocalDate> orderEffectiveFrom, List<Reason> reasons, List<String> missing, Trace trace) {
        this(relief, original, amended, lowest, orderEffectiveFrom, reasons, missing, trace, List.of());
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
        return new Outcome(relief, original, amended, lowest, orderEffectiveFrom, more, missing, trace, warnings);
    }

    Outcome withTrace(Trace before) {
        return new Outcome(relief, original, amended, lowest, orderEffectiveFrom, reasons, missing, before.with(trace), warnings);
    }

    /** The same outcome with {@code more} warnings (those not already there). */
    Outcome withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        more.stream().filter(w -> !all.contains(w)).forEach(all::add);
        return new Outcome(relief, original, amended, lowest, orderEffectiveFrom, reasons, missing, trace, all);
    }

    boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
