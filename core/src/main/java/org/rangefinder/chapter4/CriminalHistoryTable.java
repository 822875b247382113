package org.rangefinder.chapter4;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rangefinder.law.LawData;
import org.rangefinder.model.CriminalHistoryCategory;

/** Criminal history points to category (the Sentencing Table's header, U.S.S.G. Ch. 5, Pt. A). */
public final class CriminalHistoryTable {

    private record Band(CriminalHistoryCategory category, int min, int max) {}

    private final List<Band> bands;
    private final String provision;

    private CriminalHistoryTable(List<Band> bands, String provision) {
        this.bands = List.copyOf(bands);
        this.provision = provision;
    }

    public static CriminalHistoryTable load() {
        JsonNode root = LawData.read("chapter4/criminal-history-categories.yaml");
        List<Band> bands = new ArrayList<>();
        for (JsonNode b : root.get("categories")) {
            bands.add(new Band(
                    CriminalHistoryCategory.parse(LawData.text(b, "category")),
                    b.get("min_points").asInt(),
                    b.get("max_points").isNull() ? Integer.MAX_VALUE : b.get("max_points").asInt()));
        }
        return new CriminalHistoryTable(bands, LawData.text(root, "provision"));
    }

    public String provision() {
        return provision;
    }

    /** The category for a total of criminal history points (0 or more). */
    public CriminalHistoryCategory categoryFor(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("criminal history points cannot be negative: " + points);
        }
        for (var b : bands) {
            if (points >= b.min && points <= b.max) {
                return b.category;
            }
        }
        throw new IllegalStateException("no category for " + points + " points");
    }

    /** The lowest number of points that gives {@code category}. */
    public int lowestPoints(CriminalHistoryCategory category) {
        return bands.stream().filter(b -> b.category == category).findFirst().orElseThrow().min;
    }

    /** The highest number of points that gives {@code category}; {@code Integer.MAX_VALUE} for VI. */
    public int highestPoints(CriminalHistoryCategory category) {
        return bands.stream().filter(b -> b.category == category).findFirst().orElseThrow().max;
    }
}
