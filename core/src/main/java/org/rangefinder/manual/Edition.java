package org.rangefinder.manual;

import java.time.LocalDate;

/** One Guidelines Manual edition (or supplement), named by the date it took effect. */
public record Edition(LocalDate effective, String title, boolean supplement, String source, boolean verified) {

    /** Month abbreviations as courts cite dates (The Bluebook, table T12). */
    private static final String[] MONTHS = {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };

    /** A citation to a provision of this edition, e.g. {@code U.S.S.G. § 5G1.1(b) (Nov. 1, 2012)}. */
    public String cite(String provision) {
        return "U.S.S.G. " + provision + " (" + label() + ")";
    }

    /** The edition as courts name it: {@code Nov. 1, 2012}. */
    public String label() {
        return LABELS.computeIfAbsent(effective,
                d -> MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear());
    }

    /** Labels already made: a few dozen editions, each labelled in many citations. */
    private static final java.util.concurrent.ConcurrentHashMap<LocalDate, String> LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String toString() {
        return effective.toString();
    }
}
