package org.rangefinder.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The steps of a computation, in order. Immutable; {@link #with} returns a longer trace.
 * {@link #OFF} records nothing: a caller that needs only the answer (docket screening) starts from it,
 * and steps given as suppliers are then never built.
 */
public record Trace(List<Step> steps) {

    public static final Trace EMPTY = new Trace(List.of());

    /** A trace that stays empty whatever is added to it. */
    public static final Trace OFF = new Trace(List.of());

    public Trace {
        steps = List.copyOf(steps);
    }

    /** {@link #EMPTY}, or {@link #OFF} if this trace is off: where a part of a computation starts its own steps. */
    public Trace blank() {
        return this == OFF ? OFF : EMPTY;
    }

    public Trace with(Step step) {
        if (this == OFF) {
            return OFF;
        }
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Trace(longer);
    }

    /** Adds the step built by {@code step}, which is not called when this trace is off. */
    public Trace with(Supplier<Step> step) {
        return this == OFF ? OFF : with(step.get());
    }

    public Trace with(Trace more) {
        if (this == OFF || more.steps.isEmpty()) {
            return this;
        }
        List<Step> longer = new ArrayList<>(steps);
        longer.addAll(more.steps);
        return new Trace(longer);
    }
}
