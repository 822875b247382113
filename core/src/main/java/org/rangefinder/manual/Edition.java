package org.rangefinder.manual;

import java.time.LocalDate;

/**
 * One Guidelines Manual edition (or supplement), named by the date it took effect. {@code dated} is false for an
 * edition used only for what is the same in every edition that could apply (the Sentencing Table cells when the
 * sentencing date is not known): its provisions are cited without an edition ({@code U.S.S.G. § 4B1.1(b)}), since
 * the Manual in force at sentencing is not known.
 */
public record Edition(LocalDate effective, String title, boolean supplement, String source, boolean verified, boolean dated) {

    public Edition(LocalDate effective, String title, boolean supplement, String source, boolean verified) {
        this(effective, title, supplement, source, verified, true);
    }

    /** The same edition, its provisions cited without an edition. */
    public Edition undated() {
        return dated ? new Edition(effective, title, supplement, source, verified, false) : this;
    }

    /** Month abbreviations as courts cite dates (The Bluebook, table T12). */
    private static final String[] MONTHS = {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };

    /** A citation to a provision of this edition, e.g. {@code U.S.S.G. § 5G1.1(b) (Nov. 1, 2012)}. */
    public String cite(String provision) {
        if (!dated) {
            return UNDATED.computeIfAbsent(provision, p -> "U.S.S.G. " + p);
        }
        var ofEdition = CITATIONS.get(effective);
        if (ofEdition == null) {
            ofEdition = CITATIONS.computeIfAbsent(effective, d -> new java.util.concurrent.ConcurrentHashMap<>());
        }
        String cited = ofEdition.get(provision);
        return cited != null ? cited : ofEdition.computeIfAbsent(provision, p -> "U.S.S.G. " + p + " (" + label() + ")");
    }

    /** The effective date as {@code YYYY-MM-DD}. */
    public String date() {
        return DATES.computeIfAbsent(effective, LocalDate::toString);
    }

    /** The edition as courts name it: {@code Nov. 1, 2012}. */
    public String label() {
        return LABELS.computeIfAbsent(effective,
                d -> MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear());
    }

    /**
     * Citations, labels and dates already made: a few dozen editions and provisions, cited in every decision
     * (docket screening makes them per row otherwise).
     */
    private static final java.util.concurrent.ConcurrentHashMap<LocalDate, java.util.concurrent.ConcurrentHashMap<String, String>>
            CITATIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> UNDATED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<LocalDate, String> DATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.concurrent.ConcurrentHashMap<LocalDate, String> LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String toString() {
        return effective.toString();
    }
}
