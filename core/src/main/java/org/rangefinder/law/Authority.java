package org.rangefinder.law;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One authority a data file gives for an answer: fixed text (a statute, a guideline, a rule, a memorandum),
 * or a decision of {@link CaseLaw} with an optional pinpoint and parenthetical. In YAML the first is a string,
 * the second a map: {@code {case: dillon, at: "819"}}. A decision is cited only in an answer given on or after
 * the day it was decided ({@link #on}).
 *
 * @param text the fixed text, or null for a decision
 * @param decision the decision, or null for fixed text
 */
public record Authority(String text, CaseLaw.Decision decision, String at, String parenthetical) {

    public static Authority of(String text) {
        return new Authority(text, null, null, null);
    }

    public static Authority of(CaseLaw.Decision decision, String at) {
        return new Authority(null, decision, at, null);
    }

    /** A list item of a data file: a string, or a map with {@code case} and optional {@code at}, {@code parenthetical}. */
    public static Authority read(JsonNode node, CaseLaw caseLaw) {
        if (node.isTextual()) {
            return of(node.asText());
        }
        return new Authority(null, caseLaw.decision(LawData.text(node, "case")), LawData.optionalText(node, "at"),
                LawData.optionalText(node, "parenthetical"));
    }

    /** Every item of a list field (none when the field is absent). */
    public static List<Authority> readAll(JsonNode list, CaseLaw caseLaw) {
        List<Authority> out = new ArrayList<>();
        if (list != null) {
            list.forEach(n -> out.add(read(n, caseLaw)));
        }
        return List.copyOf(out);
    }

    /** The citation whatever the date. */
    public String citation() {
        return decision == null ? text : decision.cite(at, parenthetical);
    }

    /** The citation in an answer given on {@code date}: empty for a decision not yet decided that day. */
    public Optional<String> on(LocalDate date) {
        return decision == null || decision.citableOn(date) ? Optional.of(citation()) : Optional.empty();
    }

    /** The citations of {@code authorities} in an answer given on {@code date}, in order. */
    public static List<String> on(List<Authority> authorities, LocalDate date) {
        List<String> out = new ArrayList<>(authorities.size());
        for (Authority a : authorities) {
            a.on(date).ifPresent(out::add);
        }
        return out;
    }
}
