package org.rangefinder.explain;

import java.util.ArrayList;
import java.util.List;

/** The steps of a computation, in order. Immutable; {@link #with} returns a longer trace. */
public record Trace(List<Step> steps) {

    public static final Trace EMPTY = new Trace(List.of());

    public Trace {
        steps = List.copyOf(steps);
    }

    public Trace with(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Trace(longer);
    }

    public Trace with(Trace more) {
        List<Step> longer = new ArrayList<>(steps);
        longer.addAll(more.steps);
        return new Trace(longer);
    }
}
