package org.rangefinder.chapter2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;

/**
 * The 2-level decrease of U.S.S.G. § 2D1.1(b) for a defendant who meets the safety-valve criteria of
 * § 5C1.2 (18 U.S.C. § 3553(f)), by era (Amendments 515, 624, 748, 807, 817;
 * {@code data/chapter2/safety-valve.yaml}).
 */
public final class SafetyValve {

    /** One era of the decrease. */
    public record Era(EffectiveWindow window, String amendment, String provision, int levels,
            Optional<Integer> appliesIfLevelAtLeast, String source) {}

    private final List<Era> eras;

    private SafetyValve(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static SafetyValve load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("chapter2/safety-valve.yaml").get("decrease_eras")) {
            JsonNode t = e.get("applies_if_offense_level_at_least");
            eras.add(new Era(LawData.window(e), LawData.text(e, "amendment"),
                    Optional.ofNullable(LawData.optionalText(e, "provision")).orElse("§ 2D1.1(b) (safety valve)"),
                    e.get("levels").asInt(), t == null || t.isNull() ? Optional.empty() : Optional.of(t.asInt()),
                    LawData.text(e, "source")));
        }
        return new SafetyValve(eras);
    }

    /** The era in force on a date; empty before the decrease existed. */
    public Optional<Era> on(LocalDate date) {
        return eras.stream().filter(e -> e.window().from() != null && e.window().contains(date)).findFirst();
    }
}
