package org.rangefinder.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rangefinder.law.LawData;

/** The amendments the engine knows, covered by U.S.S.G. § 1B1.10(d) or not ({@code data/motion/amendments.yaml}). */
public final class CoveredAmendments {

    private final Map<String, Amendment> byNumber;
    /** For a guideline, the guidelines whose level is taken from it (amendments.yaml, levels_taken_from). */
    private final Map<String, List<String>> levelsTakenFrom;

    private final List<Amendment> all;
    /** The covered amendments that change the criminal history category (asked about on every row). */
    private final List<Amendment> criminalHistory;

    private CoveredAmendments(Map<String, Amendment> byNumber, Map<String, List<String>> levelsTakenFrom) {
        this.byNumber = byNumber;
        this.levelsTakenFrom = levelsTakenFrom;
        this.all = List.copyOf(byNumber.values());
        this.criminalHistory = all.stream().filter(a -> a.covered() && a.lowers() == Amendment.Lowers.CRIMINAL_HISTORY).toList();
    }

    /**
     * Whether {@code amendment} may change an offense level set under {@code guideline}: always for an amendment whose
     * sections apply under every offense guideline (amendments.yaml, any_offense_guideline), else when it amended that
     * guideline or one whose level that guideline takes (levels_taken_from).
     */
    public boolean mayChange(Amendment amendment, String guideline) {
        if (amendment.guidelines().isEmpty() || amendment.anyOffenseGuideline()) {
            return true;
        }
        for (String g : amendment.guidelines()) {
            if (g.equals(guideline) || levelsTakenFrom.getOrDefault(g, List.of()).contains(guideline)) {
                return true;
            }
        }
        return false;
    }

    public static CoveredAmendments load() {
        Map<String, Amendment> map = new LinkedHashMap<>();
        JsonNode root = LawData.read("motion/amendments.yaml");
        Map<String, List<String>> takenFrom = new LinkedHashMap<>();
        root.path("levels_taken_from").properties().forEach(e -> {
            List<String> from = new ArrayList<>();
            e.getValue().forEach(g -> from.add(g.asText()));
            takenFrom.put(e.getKey(), List.copyOf(from));
        });
        for (JsonNode a : root.get("amendments")) {
            List<Amendment.Part> parts = new ArrayList<>();
            for (JsonNode p : a.path("parts")) {
                parts.add(new Amendment.Part(LawData.text(p, "part"), p.path("covered").asBoolean(), p.path("summary").asText("")));
            }
            List<String> guidelines = new ArrayList<>();
            a.path("guidelines").forEach(g -> guidelines.add(g.asText().replace("§", "").strip()));
            String lowers = LawData.optionalText(a, "lowers");
            Amendment am = new Amendment(
                    LawData.text(a, "number"),
                    LawData.date(a, "effective"),
                    LawData.text(a, "summary"),
                    a.path("covered").asBoolean(false),
                    Optional.ofNullable(LawData.optionalDate(a, "listed_from")),
                    Optional.ofNullable(LawData.optionalText(a, "made_retroactive_by")),
                    Optional.ofNullable(LawData.optionalDate(a, "orders_effective_from")),
                    lowers == null ? Amendment.Lowers.OFFENSE_LEVEL
                            : Amendment.Lowers.valueOf(lowers.toUpperCase(Locale.ROOT).replace('-', '_')),
                    bound(a.get("max_levels_lowered")),
                    guidelines,
                    a.path("any_offense_guideline").asBoolean(false),
                    parts,
                    Optional.ofNullable(LawData.optionalDate(a, "amends_table_in_force_on")),
                    LawData.text(a, "source"));
            map.put(am.number(), am);
        }
        return new CoveredAmendments(map, Map.copyOf(takenFrom));
    }

    private static Optional<Amendment.LevelBound> bound(JsonNode b) {
        if (b == null || b.isNull()) {
            return Optional.empty();
        }
        List<String> statutes = new ArrayList<>();
        b.path("guideline_statutes").forEach(x -> statutes.add(x.asText()));
        return Optional.of(new Amendment.LevelBound(b.get("any_guideline").asInt(),
                Optional.ofNullable(LawData.optionalText(b, "guideline")),
                b.hasNonNull("guideline_levels") ? b.get("guideline_levels").asInt() : b.get("any_guideline").asInt(),
                statutes));
    }

    public Optional<Amendment> find(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /**
     * Whether an amendment listed in § 1B1.10 on {@code date} changes the criminal history category (Amendment 821 Part
     * A, listed from Nov. 1, 2023): before that, the amended range of every § 3582(c)(2) motion keeps the original
     * category (§ 1B1.10(b)(1)).
     */
    public boolean criminalHistoryListedOn(java.time.LocalDate date) {
        for (Amendment a : criminalHistory) {
            if (a.coveredOn(date)) {
                return true;
            }
        }
        return false;
    }

    public List<Amendment> all() {
        return all;
    }
}
