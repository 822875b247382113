package org.rangefinder.explain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as courts write them in prose: "March 1, 2012". */
public final class Dates {

    private static final DateTimeFormatter PROSE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Dates() {}

    public static String prose(LocalDate date) {
        return PROSE.format(date);
    }
}
