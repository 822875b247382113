package org.rangefinder.range;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.limits.MultipleCounts;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Zone;

/**
 * The guideline range for a level and category on a date: the Manual in force (§ 1B1.11), the
 * Sentencing Table cell (Ch. 5, Pt. A), the category from points, the zone, and the statutory
 * limits (§ 5G1.1, § 5G1.2).
 */
public final class RangeCalculator {

    private final Guidelines law;

    public RangeCalculator(Guidelines law) {
        this.law = law;
    }

    public RangeAnswer calculate(RangeQuestion q) {
        List<String> warnings = new ArrayList<>();
        Edition edition = law.manuals().inEffectOn(q.date());
        Trace trace = Trace.EMPTY.with(Step.of("Manual edition", "the Manual in force on the date",
                edition.cite("§ 1B1.11(a)"), edition.title(), "date", q.date()));
        if (law.manuals().isBeyondKnownData(q.date())) {
            warnings.add("the engine's legal data is known current through " + law.manuals().knownThrough()
                    + "; " + q.date() + " is later, so a newer Manual edition may be in force than the "
                    + edition.label() + " edition used here");
        }
        CriminalHistoryCategory category;
        if (q.points().isPresent()) {
            category = law.criminalHistory().categoryFor(q.points().get());
            trace = trace.with(Step.of("criminal history category", "points to category",
                    edition.cite("Ch. 5, Pt. A"), "category " + category, "points", q.points().get()));
            if (q.category().isPresent() && q.category().get() != category) {
                warnings.add("category " + q.category().get() + " was stated, but " + q.points().get()
                        + " points give category " + category + "; the points govern");
            }
        } else {
            category = q.category().orElseThrow();
        }
        MonthRange cell = law.table().range(edition, q.level(), category);
        trace = trace.with(Step.of("Sentencing Table", "the cell for the offense level and category",
                edition.cite("Ch. 5, Pt. A"), cell.prose(), "offense_level", q.level(), "category", category));
        MultipleCounts.Result limited = MultipleCounts.apply(edition, cell, q.counts(), q.consecutiveTerms());
        trace = trace.with(limited.trace());
        Optional<Zone> zone = law.zones().zoneOf(limited.countsRange(), q.date());
        if (zone.isPresent()) {
            var era = law.zones().eraOn(q.date()).orElseThrow();
            trace = trace.with(Step.of("zone", "the zone of the range minimum (Amendment " + era.amendment() + ")",
                    edition.cite("§ 5C1.1"), "zone " + zone.get(), "range_minimum", limited.countsRange().min()));
        } else if (law.zones().eraOn(q.date()).isPresent()) {
            warnings.add("the range minimum of " + limited.countsRange().min() + " months (after the statutory limits) falls"
                    + " between the zone lines as § 5C1.1 words them, so no zone is given");
        } else if (!limited.countsRange().min().isLife()) {
            warnings.add("no zone is given: the Sentencing Table had no zones before " + law.zones().firstEffective()
                    + " (Appendix C, Amendment " + law.zones().firstAmendment() + " created them and reworded § 5B1.1, which until then"
                    + " turned on the minimum term of the range: here " + limited.countsRange().min() + " months)");
        }
        return new RangeAnswer(edition, q.level(), category, cell, limited.countsRange(), limited.consecutiveTerms(),
                limited.total(), zone, warnings, trace);
    }
}
