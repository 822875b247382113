package org.rangefinder.model;

/**
 * A term of imprisonment in whole months, or life imprisonment. Life is a value of its own
 * and compares above every number of months.
 */
public record Months(int count, boolean isLife) implements Comparable<Months> {

    /** Life imprisonment. */
    public static final Months LIFE = new Months(0, true);

    /** Zero months. */
    public static final Months ZERO = new Months(0, false);

    public Months {
        if (count < 0) {
            throw new IllegalArgumentException("months cannot be negative: " + count);
        }
        if (isLife && count != 0) {
            throw new IllegalArgumentException("life carries no month count");
        }
    }

    public static Months of(int count) {
        return new Months(count, false);
    }

    /** Parses {@code "120"} or {@code "life"} (any case, surrounding blanks ignored). */
    public static Months parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("life")) {
            return LIFE;
        }
        if (!Digits.only(t, 6, false)) {
            throw new IllegalArgumentException("not a number of months or \"life\": " + text);
        }
        return of(Integer.parseInt(t));
    }

    /** The month count; throws for life, which has none. */
    public int toMonths() {
        if (isLife) {
            throw new ArithmeticException("life has no month count");
        }
        return count;
    }

    public Months plus(Months other) {
        return isLife || other.isLife ? LIFE : of(count + other.count);
    }

    public boolean isAfter(Months other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Months other) {
        return compareTo(other) < 0;
    }

    public static Months max(Months a, Months b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Months min(Months a, Months b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Months o) {
        if (isLife || o.isLife) {
            return Boolean.compare(isLife, o.isLife);
        }
        return Integer.compare(count, o.count);
    }

    /** A term imposed, in prose: {@code 120 months}, {@code life imprisonment}. */
    public String asTerm() {
        return isLife ? "life imprisonment" : count + " months";
    }

    /** The term in prose: {@code 120 months}, {@code life}. */
    public String prose() {
        return isLife ? "life" : count + " months";
    }

    @Override
    public String toString() {
        return isLife ? "life" : Integer.toString(count);
    }
}
