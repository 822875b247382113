package org.rangefinder.model;

/** A range of imprisonment, minimum to maximum inclusive (a guideline range, or a single term). */
public record MonthRange(Months min, Months max) {

    public MonthRange {
        if (min.isAfter(max)) {
            throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
        }
    }

    public static MonthRange of(Months min, Months max) {
        return new MonthRange(min, max);
    }

    public static MonthRange of(int min, int max) {
        return new MonthRange(Months.of(min), Months.of(max));
    }

    public static MonthRange exactly(Months term) {
        return new MonthRange(term, term);
    }

    /** Parses {@code "N-M"}, {@code "N-life"}, {@code "N"} or {@code "life"}. */
    public static MonthRange parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-');
        if (dash < 0) {
            return exactly(Months.parse(t));
        }
        return of(Months.parse(t.substring(0, dash)), Months.parse(t.substring(dash + 1)));
    }

    public boolean contains(Months term) {
        return !term.isBefore(min) && !term.isAfter(max);
    }

    public MonthRange plus(Months term) {
        return of(min.plus(term), max.plus(term));
    }

    public boolean isSingleTerm() {
        return min.equals(max);
    }

    /**
     * The range in prose: {@code 120-135 months}, {@code 120 months}, {@code 360 months to life}, {@code life}
     * ({@link #toString()} is the case-file form, {@code 360-life}).
     */
    public String prose() {
        if (min.isLife()) {
            return "life";
        }
        if (max.isLife()) {
            return min.count() + " months to life";
        }
        return this + " months";
    }

    @Override
    public String toString() {
        return isSingleTerm() ? min.toString() : min + "-" + max;
    }
}
