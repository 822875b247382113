package org.rangefinder.law;

import java.time.LocalDate;
import java.util.Optional;

/** The days a rule is in force: from {@code from} to {@code until}, both inclusive; an open end has no {@code until}. */
public record EffectiveWindow(LocalDate from, LocalDate until) {

    public EffectiveWindow {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + until + " before it starts " + from);
        }
    }

    public static EffectiveWindow from(LocalDate from) {
        return new EffectiveWindow(from, null);
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    @Override
    public String toString() {
        return (from == null ? "..." : from.toString()) + " to " + (until == null ? "today" : until.toString());
    }
}
