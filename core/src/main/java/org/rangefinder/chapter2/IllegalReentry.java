package org.rangefinder.chapter2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;

/**
 * U.S.S.G. § 2L1.2 (unlawfully entering or remaining in the United States): base offense level 8,
 * and the enhancements by era: the single ladder before 2016-11-01 and the three cumulative groups
 * of Amendment 802 ({@code data/chapter2/illegal-reentry.yaml}).
 */
public final class IllegalReentry {

    /** One enhancement of an era. */
    public record Enhancement(String provision, int levels, Optional<Integer> levelsIfNoPoints, String group) {}

    /**
     * One era of § 2L1.2. {@code datesKnown} is false for an entry marked {@code verified: false} with a null
     * date: there the null means "unknown", not "from the beginning" or "still in force" (docs/worksheet-rules.md).
     */
    public record Era(EffectiveWindow window, String amendment, List<Enhancement> enhancements, boolean groupsCumulative,
            String source, boolean datesKnown) {}

    private final int baseLevel;
    private final String baseProvision;
    private final List<Era> eras;

    private IllegalReentry(int baseLevel, String baseProvision, List<Era> eras) {
        this.baseLevel = baseLevel;
        this.baseProvision = baseProvision;
        this.eras = List.copyOf(eras);
    }

    public static IllegalReentry load() {
        JsonNode root = LawData.read("chapter2/illegal-reentry.yaml");
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : root.get("eras")) {
            List<Enhancement> list = new ArrayList<>();
            for (JsonNode x : e.get("enhancements")) {
                list.add(new Enhancement(LawData.text(x, "provision"), x.get("levels").asInt(),
                        x.hasNonNull("levels_if_no_criminal_history_points")
                                ? Optional.of(x.get("levels_if_no_criminal_history_points").asInt()) : Optional.empty(),
                        x.path("group").asText("b1")));
            }
            EffectiveWindow window = LawData.window(e);
            boolean datesKnown = e.path("verified").asBoolean(true) || (window.from() != null && window.until() != null);
            eras.add(new Era(window, String.valueOf(LawData.optionalText(e, "amendment")), list,
                    e.path("groups_cumulative").asBoolean(false), LawData.text(e, "source"), datesKnown));
        }
        JsonNode base = root.get("base_level");
        return new IllegalReentry(base.get("level").asInt(), LawData.text(base, "provision"), eras);
    }

    public int baseLevel() {
        return baseLevel;
    }

    public String baseProvision() {
        return baseProvision;
    }

    /** The era in force on a date; eras whose dates the data leaves unknown are never chosen. */
    public Optional<Era> on(LocalDate date) {
        return eras.stream().filter(e -> e.datesKnown() && e.window().from() != null).filter(e -> e.window().contains(date))
                .findFirst();
    }

    /** Whether {@code levels} is a level the era gives for {@code provision} (for checking worksheet findings). */
    public static boolean allows(Era era, String provision, int levels) {
        String p = provision.startsWith("§") ? provision : "§ " + provision;
        return era.enhancements().stream().filter(x -> x.provision().equals(p))
                .anyMatch(x -> x.levels() == levels || x.levelsIfNoPoints().map(l -> l == levels).orElse(false));
    }
}
