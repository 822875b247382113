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

    /**
     * The statutory minimum fixed the range: it is above the table range and is the guideline sentence
     * (§ 5G1.1(b)), or it equals the top of the table range and so is the whole applicable range
     * (§ 5G1.1(c)(2): a mandatory life term with a cell of 360 months to life). Either way the guideline
     * sentence is the minimum, and a range the minimum fixed is not one the Commission lowered (Koons).
     */
    boolean fixedByMinimum() {
        return subsection.equals("§ 5G1.1(b)")
                || limits.minimum().map(m -> applicableRange.equals(MonthRange.exactly(m))).orElse(false);
    }

    Determination.Ranges ranges() {
        return new Determination.Ranges(java.util.Optional.of(level), java.util.Optional.of(category),
                java.util.Optional.of(tableRange), java.util.Optional.of(applicableRange));
    }
}
