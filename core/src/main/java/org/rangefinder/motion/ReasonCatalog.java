package org.rangefinder.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.rangefinder.law.LawData;

/** The general wording and authorities of each reason code ({@code data/motion/reasons.yaml}). */
public final class ReasonCatalog {

    private final Map<ReasonCode, Reason> reasons;

    private ReasonCatalog(Map<ReasonCode, Reason> reasons) {
        this.reasons = reasons;
    }

    public static ReasonCatalog load() {
        Map<ReasonCode, Reason> map = new EnumMap<>(ReasonCode.class);
        LawData.read("motion/reasons.yaml").get("reasons").properties().forEach(e -> {
            ReasonCode code = ReasonCode.valueOf(e.getKey());
            List<String> cites = new ArrayList<>();
            e.getValue().get("citations").forEach(c -> cites.add(c.asText()));
            map.put(code, new Reason(code, LawData.text(e.getValue(), "text"), cites));
        });
        for (ReasonCode c : ReasonCode.values()) {
            if (!map.containsKey(c)) {
                throw new IllegalStateException("reasons.yaml lacks " + c);
            }
        }
        return new ReasonCatalog(map);
    }

    /** The general form of a reason. */
    public Reason general(ReasonCode code) {
        return reasons.get(code);
    }

    /** A reason with a case-specific sentence and the code's general authorities plus any extra ones. */
    public Reason specific(ReasonCode code, String text, String... extraCitations) {
        return specific(code, () -> text, extraCitations);
    }

    /**
     * A reason whose authorities are only the ones given: for a code whose general authorities belong to another
     * kind of motion (ELIGIBLE cites § 3582(c)(2) and § 1B1.10(b), which do not govern a § 5K3.1 departure).
     */
    public Reason ownCitations(ReasonCode code, Supplier<String> text, String... citations) {
        List<String> cites = List.of(citations);
        return new Reason(code, text, () -> cites);
    }

    /** The same, with the sentence built only when it is read. */
    public Reason specific(ReasonCode code, Supplier<String> text, String... extraCitations) {
        List<String> general = reasons.get(code).citations();
        return new Reason(code, text, () -> {
            List<String> cites = new ArrayList<>(List.of(extraCitations));
            for (String c : general) {
                if (cites.stream().noneMatch(x -> x.startsWith(c))) {
                    cites.add(c);
                }
            }
            return cites;
        });
    }
}
