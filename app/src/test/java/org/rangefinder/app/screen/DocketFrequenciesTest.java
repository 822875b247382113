package org.rangefinder.app.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Shared;

/**
 * docket-frequencies.csv holds exactly the counts its comment says it was derived from: they are
 * derived again here from the Commission's data in the shared folder.
 */
class DocketFrequenciesTest {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI"};

    /** A whole number, or null for a missing (-999) or imputed (fractional) value. */
    private static Integer whole(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return d == Math.rint(d) ? (int) d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void cell(Map<String, Integer> counts, String level, String category) {
        Integer l = whole(level);
        Integer c = whole(category);
        if (l != null && l >= 1 && l <= 43 && c != null && c >= 1 && c <= 6) {
            counts.merge("cell," + l + "," + ROMAN[c], 1, Integer::sum);
        }
    }

    private static void minimum(Map<String, Integer> counts, String kind, String months) {
        Integer m = whole(months);
        if (m != null && m >= 0) {
            counts.merge("minimum," + kind + "," + (m == 9996 ? "life" : m), 1, Integer::sum);
        }
    }

    @Test
    void theShippedCountsAreTheCountsOfTheCommissionsData() {
        Map<String, Integer> derived = new TreeMap<>();
        for (Shared.Row r : Shared.csv("ussc-data/dsett_fedsentencing_district07_fy2015.csv")) {
            cell(derived, r.get("FinalOffLevel"), r.get("CrimHistCat"));
            minimum(derived, r.get("Offense").startsWith("Drugs - Trafficking") ? "drug" : "other", r.get("STATMIN"));
        }
        for (Shared.Row r : Shared.csv("ussc-data/project5_drugs_fy2020_misclass_subset.csv")) {
            cell(derived, r.get("xfolsor"), r.get("xcrhissr"));
            minimum(derived, "drug", r.get("statmin"));
        }
        Map<String, Integer> shipped = new TreeMap<>();
        for (var section : List.of("cell", "minimum")) {
            DocketGenerator.Weighted w = DocketGenerator.read("docket-frequencies.csv").get(section);
            for (int i = 0; i < w.values.size(); i++) {
                shipped.put(section + "," + String.join(",", w.values.get(i)), w.weight(i));
            }
        }
        assertThat(shipped).isEqualTo(derived);
        assertThat(derived.entrySet().stream().filter(e -> e.getKey().startsWith("cell,"))
                .mapToInt(Map.Entry::getValue).sum()).isEqualTo(1881);
    }

    @Test
    void theMixHasEverySectionTheGeneratorDraws() {
        Map<String, DocketGenerator.Weighted> mix = new LinkedHashMap<>(DocketGenerator.read("docket-mix.csv"));
        assertThat(mix).containsKeys("motion", "offense-821", "offense-drug", "offense-early-disposition", "disposition",
                "court", "given", "surname");
    }
}
