package org.rangefinder.chapter4;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;

/**
 * U.S.S.G. § 4A1.1 point items for prior sentences and the § 4A1.2(e) time periods, by era
 * ({@code data/chapter4/criminal-history-points.yaml}): 3 points for a sentence over 13 months,
 * 2 for one of at least 60 days, 1 for any other (at most 4), the crime-of-violence item, and the
 * recency points that Amendment 742 deleted on 2010-11-01.
 */
public final class PriorSentenceRules {

    /** One point item. */
    public record Item(String item, String provision, int points, Optional<Integer> monthsMoreThan,
            Optional<Integer> daysAtLeast, Optional<Integer> cap) {}

    /** The recency item (before 2010-11-01). */
    public record Recency(String provision, int withinYears, int points, int pointsIfStatusCounted) {}

    /** One era of the rules. */
    public record Era(EffectiveWindow window, List<Item> items, Optional<Recency> recency, int longYears, int otherYears,
            String source) {

        public Item item(String id) {
            return items.stream().filter(i -> i.item().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no § 4A1.1 item " + id + " in era " + window));
        }
    }

    private final List<Era> eras;

    private PriorSentenceRules(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static PriorSentenceRules load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("chapter4/criminal-history-points.yaml").get("eras")) {
            List<Item> items = new ArrayList<>();
            for (JsonNode i : e.get("items")) {
                items.add(new Item(LawData.text(i, "item"), LawData.text(i, "provision"), i.get("points").asInt(),
                        optInt(i, "prior_sentence_months_more_than"), optInt(i, "prior_sentence_days_at_least"), optInt(i, "cap")));
            }
            JsonNode r = e.get("recency");
            Optional<Recency> recency = r == null || r.isNull() ? Optional.empty()
                    : Optional.of(new Recency(LawData.text(r, "provision"), r.get("points_if_released_within_years").asInt(),
                            r.get("points").asInt(), r.get("points_if_status_also_counted").asInt()));
            JsonNode tp = e.get("time_periods");
            eras.add(new Era(LawData.window(e), items, recency, tp.get("more_than_13_months_years").asInt(),
                    tp.get("other_years").asInt(), LawData.text(e, "source")));
        }
        return new PriorSentenceRules(eras);
    }

    private static Optional<Integer> optInt(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asInt());
    }

    public Era on(LocalDate date) {
        return eras.stream().filter(e -> e.window().contains(date)).findFirst()
                .orElseThrow(() -> new UnsupportedQuestionException("no § 4A1.1 rules encoded for " + date));
    }
}
