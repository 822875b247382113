package org.rangefinder.chapter2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;

/**
 * The mitigating-role cap of U.S.S.G. § 2D1.1(a) (Amendments 640, 668, 748/750, 833): when the
 * defendant receives a § 3B1.2 adjustment, the Drug Quantity Table level is capped or decreased,
 * and further capped for a minimal participant ({@code data/chapter2/mitigating-role-cap.yaml}).
 */
public final class MitigatingRoleCap {

    /** One rule: base levels from min to max are set to a level or decreased by some levels. */
    public record Rule(int min, int max, Optional<Integer> set, Optional<Integer> decrease) {

        int apply(int level) {
            return set.orElseGet(() -> level - decrease.orElse(0));
        }
    }

    /** One era of the cap; {@code minimalParticipantAbove}/{@code minimalParticipantLevel} are empty where none. */
    public record Era(EffectiveWindow window, String amendment, String provision, List<Rule> rules,
            Optional<Integer> minimalParticipantAbove, Optional<Integer> minimalParticipantLevel, String source) {}

    /** The level after the cap, and the rule that applied (if any). */
    public record Capped(int level, Optional<String> explanation) {}

    private final List<Era> eras;

    private MitigatingRoleCap(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static MitigatingRoleCap load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("chapter2/mitigating-role-cap.yaml").get("eras")) {
            List<Rule> rules = new ArrayList<>();
            for (JsonNode r : e.get("rules")) {
                rules.add(new Rule(r.get("base_level_min").asInt(), r.get("base_level_max").asInt(),
                        r.hasNonNull("set") ? Optional.of(r.get("set").asInt()) : Optional.empty(),
                        r.hasNonNull("decrease") ? Optional.of(r.get("decrease").asInt()) : Optional.empty()));
            }
            JsonNode mp = e.get("minimal_participant_cap");
            boolean hasMp = mp != null && !mp.isNull();
            eras.add(new Era(LawData.window(e), String.valueOf(LawData.optionalText(e, "amendment")),
                    Optional.ofNullable(LawData.optionalText(e, "provision")).orElse("§ 2D1.1(a)"), rules,
                    hasMp ? Optional.of(mp.get("above").asInt()) : Optional.empty(),
                    hasMp ? Optional.of(mp.get("level").asInt()) : Optional.empty(),
                    LawData.text(e, "source")));
        }
        return new MitigatingRoleCap(eras);
    }

    /** The era in force on a date; empty before the cap existed (2002-11-01). */
    public Optional<Era> on(LocalDate date) {
        return eras.stream().filter(e -> e.window().from() != null && e.window().contains(date)).findFirst();
    }

    /** Applies the cap of {@code era} to a Drug Quantity Table level. */
    public static Capped apply(Era era, int level, boolean minimalParticipant) {
        int out = level;
        String why = null;
        for (Rule r : era.rules()) {
            if (level >= r.min() && level <= r.max()) {
                out = r.apply(level);
                why = r.set().map(s -> "level " + level + " is capped at " + s)
                        .orElseGet(() -> "level " + level + " is decreased by " + r.decrease().orElse(0));
                break;
            }
        }
        if (minimalParticipant && era.minimalParticipantAbove().isPresent() && out > era.minimalParticipantAbove().get()) {
            int cap = era.minimalParticipantLevel().orElseThrow();
            why = (why == null ? "" : why + "; ") + "a minimal participant above level " + era.minimalParticipantAbove().get()
                    + " is capped at " + cap;
            out = cap;
        }
        return new Capped(out, Optional.ofNullable(why));
    }
}
