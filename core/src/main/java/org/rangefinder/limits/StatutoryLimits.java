package org.rangefinder.limits;

import java.util.Optional;
import org.rangefinder.model.Months;

/** The statutory minimum and maximum of a count; either may be unknown. */
public record StatutoryLimits(Optional<Months> minimum, Optional<Months> maximum) {

    public static final StatutoryLimits NONE = new StatutoryLimits(Optional.empty(), Optional.empty());

    public StatutoryLimits {
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().isAfter(maximum.get())) {
            throw new IllegalArgumentException("statutory minimum " + minimum.get()
                    + " is above the statutory maximum " + maximum.get());
        }
    }

    public static StatutoryLimits of(Months minimum, Months maximum) {
        return new StatutoryLimits(Optional.ofNullable(minimum), Optional.ofNullable(maximum));
    }
}
