package org.rangefinder.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Zone;

/** The zones of the Sentencing Table by era (U.S.S.G. § 5B1.1, § 5C1.1; Amendments 462 and 738). */
public final class ZoneRules {

    /** One era's zone lines: each zone covers range minimums from {@code lowest} to {@code highest}. */
    public record Era(EffectiveWindow window, String amendment, String source, Map<Zone, int[]> bounds) {

        Optional<Zone> zoneFor(int rangeMinimum) {
            for (var e : bounds.entrySet()) {
                int[] b = e.getValue();
                if (rangeMinimum >= b[0] && rangeMinimum <= b[1]) {
                    return Optional.of(e.getKey());
                }
            }
            return Optional.empty();
        }
    }

    private final List<Era> eras;

    private ZoneRules(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static ZoneRules load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("manual/zones.yaml").get("eras")) {
            Map<Zone, int[]> bounds = new java.util.EnumMap<>(Zone.class);
            e.get("zones").properties().forEach(z -> bounds.put(Zone.valueOf(z.getKey()), new int[] {
                z.getValue().get(0).asInt(), z.getValue().get(1).isNull() ? Integer.MAX_VALUE : z.getValue().get(1).asInt()
            }));
            eras.add(new Era(LawData.window(e), LawData.text(e, "amendment"), LawData.text(e, "source"), bounds));
        }
        return new ZoneRules(eras);
    }

    /** The day zones were first in force (1992-11-01). */
    public LocalDate firstEffective() {
        return eras.getFirst().window().from();
    }

    /** The amendment that created the zones (462). */
    public String firstAmendment() {
        return eras.getFirst().amendment();
    }

    /** The era whose zone lines are in force on {@code date}; empty before zones existed (1992-11-01). */
    public Optional<Era> eraOn(LocalDate date) {
        for (Era e : eras) {
            if (e.window().contains(date)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The zone of a range on a date; empty before 1992-11-01 and for a life range minimum. */
    public Optional<Zone> zoneOf(MonthRange range, LocalDate date) {
        if (range.min().isLife()) {
            return eraOn(date).map(e -> Zone.D);
        }
        return eraOn(date).flatMap(e -> e.zoneFor(range.min().count()));
    }
}
