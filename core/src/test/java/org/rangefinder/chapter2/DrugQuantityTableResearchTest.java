package org.rangefinder.chapter2;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rangefinder.manual.Edition;
import org.rangefinder.manual.ManualCatalog;

/**
 * The Drug Quantity Table against the research files in {@code shared/reference/}:
 * {@code drug_quantity_table.csv} (the post- and pre-Amendment 782 tables) and
 * {@code drug_conversion.csv} (2025 conversion factors). Every boundary of every row the CSV holds is
 * looked up, at the threshold and 0.001 g below it, under every Manual edition of the CSV's window.
 */
class DrugQuantityTableResearchTest {

    private static final BigDecimal STEP = new BigDecimal("0.001");

    /** CSV substance names to case-file ids. */
    private static final Map<String, String> IDS = Map.of(
            "heroin", "heroin",
            "cocaine", "cocaine",
            "cocaine_base", "cocaine-base",
            "methamphetamine_mixture", "methamphetamine",
            "methamphetamine_actual", "methamphetamine-actual",
            "ice", "ice",
            "fentanyl", "fentanyl",
            "fentanyl_analogue", "fentanyl-analogue",
            "marihuana", "marijuana");

    private static DrugQuantityTable table;
    private static ManualCatalog catalog;
    private static List<Map<String, String>> csv;

    @BeforeAll
    static void load() {
        table = DrugQuantityTable.load();
        catalog = ManualCatalog.load();
        csv = ResearchCsv.read("drug_quantity_table.csv", "regime", "substance", "base_offense_level",
                "min_grams_inclusive", "max_grams_exclusive", "effective_from", "effective_to", "verification");
    }

    /** The CSV rows of one regime and substance, highest level first. */
    private static Map<String, Map<String, List<Map<String, String>>>> byRegimeAndSubstance() {
        Map<String, Map<String, List<Map<String, String>>>> out = new LinkedHashMap<>();
        for (Map<String, String> row : csv) {
            out.computeIfAbsent(row.get("regime"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("substance"), k -> new ArrayList<>()).add(row);
        }
        out.values().forEach(m -> m.values().forEach(
                l -> l.sort(Comparator.comparingInt((Map<String, String> r) -> Integer.parseInt(r.get("base_offense_level"))).reversed())));
        return out;
    }

    /** Catalog editions whose effective date lies in the CSV row's window. */
    private static List<Edition> editionsIn(Map<String, String> row) {
        LocalDate from = LocalDate.parse(row.get("effective_from"));
        LocalDate to = row.get("effective_to").isBlank() ? null : LocalDate.parse(row.get("effective_to"));
        List<Edition> list = catalog.editions().stream()
                .filter(e -> !e.effective().isBefore(from) && (to == null || !e.effective().isAfter(to)))
                .toList();
        assertThat(list).as("catalog editions in %s..%s", from, to).isNotEmpty();
        return list;
    }

    @Test
    void theCsvCoversTheRegimesAndSubstancesThisTestExpects() {
        Map<String, Map<String, List<Map<String, String>>>> grouped = byRegimeAndSubstance();
        assertThat(grouped).containsOnlyKeys("post_amendment_782", "pre_amendment_782");
        Set<String> expected = new HashSet<>(IDS.keySet());
        assertThat(grouped.get("pre_amendment_782")).containsOnlyKeys(expected.toArray(String[]::new));
        expected.add("converted_drug_weight");
        assertThat(grouped.get("post_amendment_782")).containsOnlyKeys(expected.toArray(String[]::new));
    }

    @Test
    void everyCsvRowIsARowOfTheEraInForceWithTheSameLevelAndBounds() {
        SoftAssertions soft = new SoftAssertions();
        byRegimeAndSubstance().forEach((regime, substances) -> substances.forEach((csvName, rows) -> {
            String id = csvName.equals("converted_drug_weight") ? "marijuana" : IDS.get(csvName);
            LocalDate from = LocalDate.parse(rows.getFirst().get("effective_from"));
            DrugQuantityTable.Era era = table.eraOn(from);
            List<DrugQuantityTable.Row> ours = era.tables().get(id);
            soft.assertThat(ours).as("%s %s: number of rows in era %s", regime, csvName, era.id()).hasSameSizeAs(rows);
            for (int i = 0; i < Math.min(ours.size(), rows.size()); i++) {
                Map<String, String> r = rows.get(i);
                DrugQuantityTable.Row o = ours.get(i);
                String what = regime + " " + csvName + " level " + r.get("base_offense_level");
                soft.assertThat(o.level()).as(what).isEqualTo(Integer.parseInt(r.get("base_offense_level")));
                soft.assertThat(o.from()).as(what + " from").isEqualByComparingTo(new BigDecimal(r.get("min_grams_inclusive")));
                if (r.get("max_grams_exclusive").isBlank()) {
                    soft.assertThat(o.to()).as(what + " to").isNull();
                } else {
                    soft.assertThat(o.to()).as(what + " to").isNotNull();
                    if (o.to() != null) {
                        soft.assertThat(o.to()).as(what + " to").isEqualByComparingTo(new BigDecimal(r.get("max_grams_exclusive")));
                    }
                }
                // Every era in the CSV's window holds the row too (the 2011-2014 window is one era).
                for (Edition e : editionsIn(r)) {
                    soft.assertThat(table.eraOn(e.effective()).id()).as(what + " era of " + e).isEqualTo(era.id());
                }
            }
        }));
        soft.assertAll();
    }

    @Test
    void atEveryCsvThresholdAndJustBelowItTheLookupGivesTheCsvLevels() {
        SoftAssertions soft = new SoftAssertions();
        int[] checked = {0};
        byRegimeAndSubstance().forEach((regime, substances) -> substances.forEach((csvName, rows) -> {
            if (csvName.equals("converted_drug_weight")) {
                return;
            }
            String id = IDS.get(csvName);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                int level = Integer.parseInt(r.get("base_offense_level"));
                BigDecimal min = new BigDecimal(r.get("min_grams_inclusive"));
                for (Edition e : editionsIn(r)) {
                    String what = regime + " " + csvName + " under " + e;
                    if (min.signum() == 0) {
                        soft.assertThat(level(e, id, STEP)).as(what + " at 0.001 g").isEqualTo(level);
                        checked[0]++;
                        continue;
                    }
                    soft.assertThat(level(e, id, min)).as(what + " at " + min + " g").isEqualTo(level);
                    int below = Integer.parseInt(rows.get(i + 1).get("base_offense_level"));
                    soft.assertThat(level(e, id, min.subtract(STEP))).as(what + " at " + min.subtract(STEP) + " g")
                            .isEqualTo(below);
                    checked[0] += 2;
                }
            }
        }));
        soft.assertAll();
        assertThat(checked[0]).as("lookups checked").isGreaterThan(1000);
    }

    /**
     * The 2025 "Converted Drug Weight" column: reached by combining heroin (1 gm = 1 kg) with marihuana.
     * A combination with heroin is never below level 12 (the equivalency tables' minimum-level proviso).
     */
    @Test
    void atEveryConvertedDrugWeightThresholdACombinationGivesTheCsvLevelButNotBelowTwelve() {
        SoftAssertions soft = new SoftAssertions();
        List<Map<String, String>> rows = byRegimeAndSubstance().get("post_amendment_782").get("converted_drug_weight");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            int level = Integer.parseInt(r.get("base_offense_level"));
            BigDecimal min = new BigDecimal(r.get("min_grams_inclusive"));
            if (min.compareTo(new BigDecimal("2000")) < 0) {
                continue; // 1 g of heroin alone is 1,000 g; the level-8 and level-6 bands are reached by the proviso test
            }
            for (Edition e : editionsIn(r)) {
                BigDecimal heroin = BigDecimal.ONE;
                BigDecimal atThreshold = min.subtract(new BigDecimal("1000"));
                String what = "converted drug weight " + min + " g under " + e;
                soft.assertThat(combined(e, heroin, atThreshold)).as(what).isEqualTo(Math.max(12, level));
                int below = Integer.parseInt(rows.get(i + 1).get("base_offense_level"));
                soft.assertThat(combined(e, heroin, atThreshold.subtract(STEP))).as(what + " - 0.001 g")
                        .isEqualTo(Math.max(12, below));
            }
        }
        soft.assertAll();
    }

    @Test
    void theConversionFactorsOfTheCurrentEraMatchTheResearchFileOf2025() {
        List<Map<String, String>> rows = ResearchCsv.read("drug_conversion.csv", "substance",
                "converted_drug_weight_per_gram", "unit", "source");
        Map<String, String> ids = Map.of(
                "heroin", "heroin",
                "cocaine", "cocaine",
                "cocaine base (crack)", "cocaine-base",
                "methamphetamine (mixture)", "methamphetamine",
                "methamphetamine (actual)", "methamphetamine-actual",
                "Ice", "ice",
                "fentanyl", "fentanyl",
                "fentanyl analogue", "fentanyl-analogue",
                "marihuana", "marijuana");
        DrugQuantityTable.Era current = table.eraOn(LocalDate.of(2025, 11, 1));
        Set<String> seen = new HashSet<>();
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, String> r : rows) {
            String id = ids.get(r.get("substance"));
            if (id == null) {
                soft.assertThat(r.get("substance")).as("substances in drug_conversion.csv not encoded")
                        .isIn("oxycodone (actual)", "amphetamine");
                continue;
            }
            seen.add(id);
            BigDecimal expected = ManualQuantity.grams(r.get("converted_drug_weight_per_gram") + " " + r.get("unit"));
            soft.assertThat(current.conversion().factors().get(id).perGram()).as("factor of %s", id)
                    .isEqualByComparingTo(expected);
        }
        soft.assertThat(seen).as("every encoded substance is in drug_conversion.csv")
                .containsExactlyInAnyOrderElementsOf(table.substances());
        soft.assertAll();
    }

    private static int level(Edition edition, String substance, BigDecimal grams) {
        return table.baseOffenseLevel(edition, List.of(new DrugAmount(substance, grams))).level();
    }

    private static int combined(Edition edition, BigDecimal heroinGrams, BigDecimal marijuanaGrams) {
        return table.baseOffenseLevel(edition, List.of(new DrugAmount("heroin", heroinGrams),
                new DrugAmount("marijuana", marijuanaGrams))).level();
    }
}
