package org.rangefinder.chapter3;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;

/**
 * Acceptance of responsibility, U.S.S.G. § 3E1.1 by era ({@code data/chapter3/acceptance.yaml}):
 * (a) 2 levels; (b) 1 more level from 1992-11-01 only when the level before (a) is 16 or more, and
 * from 2003-04-30 only on the Government's motion (PROTECT Act § 401(g)).
 */
public final class Acceptance {

    /** One era of § 3E1.1. */
    public record Era(EffectiveWindow window, int aLevels, Optional<Integer> bLevels, Optional<Integer> bRequiresLevelAtLeast,
            boolean bRequiresGovernmentMotion, String source) {}

    private final List<Era> eras;

    private Acceptance(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static Acceptance load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("chapter3/acceptance.yaml").get("eras")) {
            eras.add(new Era(LawData.window(e), e.get("a_levels").asInt(),
                    e.hasNonNull("b_levels") ? Optional.of(e.get("b_levels").asInt()) : Optional.empty(),
                    e.hasNonNull("b_requires_level_at_least") ? Optional.of(e.get("b_requires_level_at_least").asInt()) : Optional.empty(),
                    e.path("b_requires_government_motion").asBoolean(false), LawData.text(e, "source")));
        }
        return new Acceptance(eras);
    }

    public Era on(LocalDate date) {
        return eras.stream().filter(e -> e.window().contains(date)).findFirst()
                .orElseThrow(() -> new UnsupportedQuestionException("no § 3E1.1 rule encoded for " + date));
    }
}
