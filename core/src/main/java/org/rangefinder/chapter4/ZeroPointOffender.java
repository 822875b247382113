package org.rangefinder.chapter4;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;

/**
 * U.S.S.G. § 4C1.1 (zero-point offenders) by era: the decrease and the paragraph of each criterion
 * ({@code data/chapter4/zero-point-offender.yaml}); from 2023-11-01 (Amendment 821 Part B, Subpart 1).
 */
public final class ZeroPointOffender {

    /** One era: the decrease in levels and each criterion's paragraph by its case-file id. */
    public record Era(EffectiveWindow window, String provision, int decreaseLevels, Map<String, String> paragraphs) {}

    private final List<Era> eras;

    private ZeroPointOffender(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static ZeroPointOffender load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("chapter4/zero-point-offender.yaml").get("eras")) {
            Map<String, String> paragraphs = new LinkedHashMap<>();
            e.get("criteria").forEach(c -> paragraphs.put(LawData.text(c, "id"), LawData.text(c, "paragraph")));
            eras.add(new Era(LawData.window(e), LawData.text(e, "provision"), e.get("decrease_levels").asInt(), paragraphs));
        }
        return new ZeroPointOffender(eras);
    }

    /** The era in force on a date; empty before § 4C1.1 existed. */
    public Optional<Era> on(LocalDate date) {
        return eras.stream().filter(e -> e.window().contains(date)).findFirst();
    }
}
