package org.rangefinder.model;

/** A total offense level, 1 to 43 (the rows of the Sentencing Table, U.S.S.G. Ch. 5, Pt. A). */
public record OffenseLevel(int value) implements Comparable<OffenseLevel> {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 43;

    public OffenseLevel {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException(value + " is not an offense level (" + LOWEST + "-" + HIGHEST + ")");
        }
    }

    public static OffenseLevel of(int value) {
        return new OffenseLevel(value);
    }

    /**
     * The table row for a computed level: below 1 is treated as 1 and above 43 as 43
     * (Sentencing Table, application note 2).
     */
    public static OffenseLevel clamped(int computed) {
        return of(Math.max(LOWEST, Math.min(HIGHEST, computed)));
    }

    public OffenseLevel minus(int levels) {
        return clamped(value - levels);
    }

    @Override
    public int compareTo(OffenseLevel o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
