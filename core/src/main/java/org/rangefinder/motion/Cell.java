package org.rangefinder.motion;

import org.rangefinder.explain.Trace;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.OffenseLevel;

/**
 * One original table cell consistent with the record, with its applicable range. When the record
 * does not fix the level or category, every consistent cell is a candidate (partial facts).
 */
record Cell(OffenseLevel level, CriminalHistoryCategory category, MonthRange tableRange, MonthRange applicableRange,
        String subsection, StatutoryLimits limits, Trace trace) {

    /** § 5G1.1(b): the statutory minimum is above the table range and is the guideline sentence. */
    boolean fixedByMinimum() {
        return subsection.equals("§ 5G1.1(b)");
    }

    Determination.Ranges ranges() {
        return new Determination.Ranges(java.util.Optional.of(level), java.util.Optional.of(category),
                java.util.Optional.of(tableRange), java.util.Optional.of(applicableRange));
    }
}
