package org.rangefinder.range;

import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.Trace;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.Zone;

/** The table cell, the applicable range after statutory limits, the zone, and how they were found. */
public record RangeAnswer(
        Edition edition,
        OffenseLevel level,
        CriminalHistoryCategory category,
        MonthRange tableRange,
        MonthRange applicableRange,
        Months consecutiveTerms,
        MonthRange totalRange,
        Optional<Zone> zone,
        List<String> warnings,
        Trace trace) {

    public RangeAnswer {
        warnings = List.copyOf(warnings);
    }
}
