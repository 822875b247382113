package org.rangefinder.chapter4;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;

/**
 * Status points under U.S.S.G. § 4A1.1 for an offense committed under a criminal justice
 * sentence: 2 points until 2023-10-31 (§ 4A1.1(d)); from 2023-11-01, 1 point and only with 7 or
 * more other points (§ 4A1.1(e), Amendment 821 Part A).
 */
public final class StatusPoints {

    /** One era of the rule. */
    public record Rule(EffectiveWindow window, String provision, int points, int minimumOtherPoints, String source) {

        /** The fewest criminal history points in all of a defendant to whom this rule counted status points. */
        public int fewestTotalWithStatusPoints() {
            return minimumOtherPoints + points;
        }

        /** The status points this rule counts, given the points from the other items of § 4A1.1. */
        public int pointsFor(int otherPoints) {
            return otherPoints >= minimumOtherPoints ? points : 0;
        }
    }

    /** The former recency points (§ 4A1.1(e) until Amendment 742 removed them): not status points. */
    public record Recency(EffectiveWindow window, String provision, String removedBy, String source) {}

    private final List<Rule> rules;
    private final Recency recency;

    private StatusPoints(List<Rule> rules, Recency recency) {
        this.rules = List.copyOf(rules);
        this.recency = recency;
    }

    public Recency recency() {
        return recency;
    }

    public static StatusPoints load() {
        List<Rule> rules = new ArrayList<>();
        JsonNode root = LawData.read("chapter4/status-points.yaml");
        for (JsonNode e : root.get("eras")) {
            rules.add(new Rule(LawData.window(e), LawData.text(e, "provision"), e.get("points").asInt(),
                    e.get("minimum_other_points").asInt(), LawData.text(e, "source")));
        }
        JsonNode r = root.get("recency_points");
        return new StatusPoints(rules, new Recency(LawData.window(r), LawData.text(r, "provision"), LawData.text(r, "removed_by"),
                LawData.text(r, "source")));
    }

    /** Every era of the rule, oldest first. */
    public List<Rule> rules() {
        return rules;
    }

    public Rule ruleOn(LocalDate date) {
        return rules.stream()
                .filter(r -> r.window().contains(date))
                .findFirst()
                .orElseThrow(() -> new UnsupportedQuestionException("no status-point rule encoded for " + date));
    }
}
