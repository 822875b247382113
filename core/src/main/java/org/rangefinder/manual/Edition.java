package org.rangefinder.manual;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One Guidelines Manual edition (or supplement), named by the date it took effect. */
public record Edition(LocalDate effective, String title, boolean supplement, String source, boolean verified) {

    private static final DateTimeFormatter CITE = DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.US);

    /** A citation to a provision of this edition, e.g. {@code U.S.S.G. § 5G1.1(b) (Nov. 1, 2012)}. */
    public String cite(String provision) {
        return "U.S.S.G. " + provision + " (" + label() + ")";
    }

    /** The edition as courts name it: {@code Nov. 1, 2012}. */
    public String label() {
        return CITE.format(effective).replace("May.", "May").replace("June.", "June").replace("July.", "July");
    }

    @Override
    public String toString() {
        return effective.toString();
    }
}
