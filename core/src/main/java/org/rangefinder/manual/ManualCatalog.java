package org.rangefinder.manual;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;

/** The Guidelines Manual editions by effective date, and the one in force on a date (U.S.S.G. § 1B1.11). */
public final class ManualCatalog {

    private final List<Edition> editions;
    /** the editions' effective dates as epoch days, in the same order (searched for every date of every decision) */
    private final long[] effectiveDays;
    private final LocalDate knownThrough;

    ManualCatalog(List<Edition> editions, LocalDate knownThrough) {
        this.editions = editions.stream().sorted(Comparator.comparing(Edition::effective)).toList();
        this.effectiveDays = this.editions.stream().mapToLong(e -> e.effective().toEpochDay()).toArray();
        this.knownThrough = knownThrough;
    }

    /** The catalog shipped in {@code data/manual/editions.yaml}. */
    public static ManualCatalog load() {
        JsonNode root = LawData.read("manual/editions.yaml");
        List<Edition> list = new ArrayList<>();
        for (JsonNode e : root.get("editions")) {
            list.add(new Edition(
                    LawData.date(e, "effective"),
                    LawData.text(e, "title"),
                    e.path("supplement").asBoolean(false),
                    LawData.text(e, "source"),
                    e.path("verified").asBoolean(true)));
        }
        return new ManualCatalog(list, LawData.date(root, "known_through"));
    }

    public List<Edition> editions() {
        return editions;
    }

    /** The last day the engine's data is known to be current. */
    public LocalDate knownThrough() {
        return knownThrough;
    }

    public boolean isBeyondKnownData(LocalDate date) {
        return date.isAfter(knownThrough);
    }

    /**
     * The edition in force on {@code date}: the latest that took effect on or before it.
     *
     * @throws UnsupportedQuestionException before the first guidelines took effect (1987-11-01)
     */
    public Edition inEffectOn(LocalDate date) {
        // binary search: the editions are in order of their dates
        int i = java.util.Arrays.binarySearch(effectiveDays, date.toEpochDay());
        int at = i >= 0 ? i : -i - 2; // the last edition that took effect on or before the date
        if (at < 0) {
            throw new UnsupportedQuestionException("no Guidelines Manual was in force on " + date
                    + ": the guidelines apply to offenses committed on or after "
                    + editions.getFirst().effective() + " (Sentencing Reform Act of 1984)");
        }
        return editions.get(at);
    }
}
