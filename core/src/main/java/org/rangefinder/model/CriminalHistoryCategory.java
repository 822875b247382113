package org.rangefinder.model;

import java.util.Locale;

/** Criminal history categories I to VI (the columns of the Sentencing Table). */
public enum CriminalHistoryCategory {
    I, II, III, IV, V, VI;

    /** Parses a Roman numeral I..VI (case-insensitive) or the digits 1..6. */
    public static CriminalHistoryCategory parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '6') {
            return values()[t.charAt(0) - '1'];
        }
        for (CriminalHistoryCategory c : values()) {
            if (c.name().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException(text + " is not a criminal history category (I-VI)");
    }
}
