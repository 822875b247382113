package org.rangefinder.app.screen;

import java.util.Locale;
import org.rangefinder.motion.Relief;

/** The {@code relief} column of a screened row: the engine's relief, or why the row was not decided. */
public enum RowStatus {
    /** the law allows a reduction */
    AVAILABLE,
    /** the law does not allow it */
    UNAVAILABLE,
    /** facts are missing; the reasons name them */
    UNDETERMINED,
    /** the row fails validation; its messages are in {@code error} */
    INVALID,
    /** the engine does not model the question the row asks */
    UNSUPPORTED,
    /** a malformed CSV record, or a defect in Rangefinder */
    ERROR;

    private final String word = name().toLowerCase(Locale.ROOT);

    public String word() {
        return word;
    }

    public boolean decided() {
        return ordinal() <= UNDETERMINED.ordinal();
    }

    public static RowStatus of(Relief relief) {
        return switch (relief) {
            case AVAILABLE -> AVAILABLE;
            case UNAVAILABLE -> UNAVAILABLE;
            case UNDETERMINED -> UNDETERMINED;
        };
    }
}
