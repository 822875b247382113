package org.rangefinder.law;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The judicial decisions the engine cites as authority ({@code data/motion/case-law.yaml}): each with its
 * citation, the day it was decided and where that date was read. An answer cites a decision only if the
 * motion is decided on or after that day ({@link Decision#citableOn}); see {@link Authority}.
 */
public final class CaseLaw {

    /** One decision: its key in the data files, the citation without a pinpoint page, the day decided, the date's source. */
    public record Decision(String key, String citation, LocalDate decided, String source) {

        /** Whether an answer given on {@code date} may cite it: decided on or before that day. */
        public boolean citableOn(LocalDate date) {
            return !decided.isAfter(date);
        }

        /**
         * The citation with a pinpoint ({@code at}, e.g. {@code "819"} or {@code "at *3"}) put before the closing
         * court-and-year parenthetical, and an explanatory parenthetical after it; either may be null.
         */
        public String cite(String at, String parenthetical) {
            String c = citation;
            if (at != null) {
                int close = c.lastIndexOf(" (");
                c = c.substring(0, close) + ", " + at + c.substring(close);
            }
            return parenthetical == null ? c : c + " (" + parenthetical + ")";
        }
    }

    private final Map<String, Decision> decisions;

    private CaseLaw(Map<String, Decision> decisions) {
        this.decisions = Map.copyOf(decisions);
    }

    public static CaseLaw load() {
        Map<String, Decision> map = new LinkedHashMap<>();
        LawData.read("motion/case-law.yaml").get("decisions").properties().forEach(e -> {
            JsonNode d = e.getValue();
            String citation = LawData.text(d, "citation");
            if (!citation.endsWith(")") || !citation.contains(" (")) {
                throw new IllegalStateException("case-law.yaml: the citation of " + e.getKey()
                        + " does not end with its court-and-year parenthetical: " + citation);
            }
            map.put(e.getKey(), new Decision(e.getKey(), citation, LawData.date(d, "decided"), LawData.text(d, "source")));
        });
        return new CaseLaw(map);
    }

    /** The decision of a key; an unknown key is a defect in a data file or the code. */
    public Decision decision(String key) {
        Decision d = decisions.get(key);
        if (d == null) {
            throw new IllegalStateException("case-law.yaml has no decision '" + key + "'");
        }
        return d;
    }

    public Set<String> keys() {
        return decisions.keySet();
    }
}
