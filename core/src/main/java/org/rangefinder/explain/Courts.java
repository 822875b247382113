package org.rangefinder.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rangefinder.law.LawData;

/** District names from Bluebook abbreviations ("N.D. Ill." is the Northern District of Illinois). */
public final class Courts {

    private static final Map<String, String> STATES = new LinkedHashMap<>();
    private static final Map<String, String> DIVISIONS = new LinkedHashMap<>();
    private static final Pattern DIVISION = Pattern.compile("^[NSEWCM]\\.\\s?D\\..*");

    static {
        var root = LawData.read("courts.yaml");
        root.get("states").properties().forEach(e -> STATES.put(squeeze(e.getKey()), e.getValue().asText()));
        root.get("divisions").properties().forEach(e -> DIVISIONS.put(e.getKey(), e.getValue().asText()));
    }

    private Courts() {}

    /** "the District of Minnesota", "the Northern District of Illinois"; empty for an unknown abbreviation. */
    public static Optional<String> name(String bluebook) {
        String b = bluebook.strip();
        String division = null;
        String rest;
        if (DIVISION.matcher(b).matches()) {
            String key = b.substring(0, b.indexOf("D.") + 2).replace(" ", "");
            division = DIVISIONS.get(key);
            rest = b.substring(b.indexOf("D.") + 2);
        } else if (b.startsWith("D.")) {
            rest = b.substring(2);
        } else {
            return Optional.empty();
        }
        String state = STATES.get(squeeze(rest));
        if (state == null) {
            return Optional.empty();
        }
        return Optional.of("the " + (division == null ? "" : division + " ") + "District of " + state);
    }

    private static String squeeze(String s) {
        return s.replace(" ", "").strip();
    }
}
