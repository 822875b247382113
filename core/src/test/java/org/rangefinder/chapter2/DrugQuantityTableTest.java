package org.rangefinder.chapter2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rangefinder.explain.Step;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;
import org.rangefinder.manual.ManualCatalog;

/**
 * U.S.S.G. § 2D1.1(c) by era: every boundary of every row of every era, the numbers the amendment
 * texts themselves state, the commentary's worked examples for combined substances, and the era
 * boundaries. (The comparison with the research CSV is in {@link DrugQuantityTableResearchTest}.)
 */
class DrugQuantityTableTest {

    private static final BigDecimal STEP = new BigDecimal("0.001");

    private static DrugQuantityTable table;
    private static ManualCatalog catalog;

    @BeforeAll
    static void load() {
        table = DrugQuantityTable.load();
        catalog = ManualCatalog.load();
    }

    private static Edition edition(String date) {
        return catalog.inEffectOn(LocalDate.parse(date));
    }

    private static BaseLevel lookup(String date, Object... substanceGramPairs) {
        List<DrugAmount> drugs = new ArrayList<>();
        for (int i = 0; i < substanceGramPairs.length; i += 2) {
            drugs.add(DrugAmount.of((String) substanceGramPairs[i], (String) substanceGramPairs[i + 1]));
        }
        return table.baseOffenseLevel(edition(date), drugs);
    }

    private static int level(String date, Object... substanceGramPairs) {
        return lookup(date, substanceGramPairs).level();
    }

    /** Catalog editions whose effective date falls in the era. */
    private static List<Edition> editionsOf(DrugQuantityTable.Era era) {
        return catalog.editions().stream().filter(e -> era.window().contains(e.effective())).toList();
    }

    // ------------------------------------------------------------------ every boundary of every era

    /**
     * At every band's lower bound (and, for a band written "3-9.9 KG", at its upper bound) the lookup gives
     * the band; 0.001 g below the lower bound gives the band under it, or, where the table as written leaves
     * a gap (Nov. 1, 1987 to Oct. 31, 1989), the answer "unsupported"; 0.001 g above a written upper bound
     * likewise falls in the gap.
     */
    @Test
    void everyRowOfEveryEraHoldsItsThresholdAndTheQuantityJustBelowFallsInTheRowUnder() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (DrugQuantityTable.Era era : table.eras()) {
            List<Edition> editions = editionsOf(era);
            soft.assertThat(editions).as("catalog editions in era %s", era.id()).isNotEmpty();
            int top = topLevel(era);
            for (Map.Entry<String, List<DrugQuantityTable.Row>> column : era.tables().entrySet()) {
                String substance = column.getKey();
                List<DrugQuantityTable.Row> rows = column.getValue();
                for (int i = 0; i < rows.size(); i++) {
                    DrugQuantityTable.Row row = rows.get(i);
                    for (Edition e : editions) {
                        String what = "era " + era.id() + ", " + substance + ", " + row.describe() + ", under " + e;
                        BigDecimal at = row.from().signum() == 0 ? STEP : row.from();
                        BaseLevel r = table.baseOffenseLevel(e, List.of(new DrugAmount(substance, at)));
                        soft.assertThat(r.level()).as(what + " at " + at + " g").isEqualTo(row.level());
                        soft.assertThat(r.row()).as(what + " row").isEqualTo(row);
                        soft.assertThat(r.row().provision()).as(what + " provision").isEqualTo(era.id().equals("initial")
                                ? "§ 2D1.1(a)(3)" : "§ 2D1.1(c)(" + ((top - row.level()) / 2 + 1) + ")");
                        checked++;
                        if (row.from().signum() > 0) {
                            BigDecimal below = row.from().subtract(STEP);
                            DrugQuantityTable.Row under = rows.get(i + 1);
                            if (under.contains(below)) {
                                soft.assertThat(at(e, substance, below)).as(what + " at " + below + " g").isEqualTo(under.level());
                            } else {
                                soft.assertThatThrownBy(() -> at(e, substance, below)).as(what + " at " + below + " g (gap)")
                                        .isInstanceOf(UnsupportedQuestionException.class)
                                        .hasMessageContaining("falls in none of the bands");
                            }
                            checked++;
                        }
                        if (row.through() != null) {
                            soft.assertThat(at(e, substance, row.through())).as(what + " at its written upper bound")
                                    .isEqualTo(row.level());
                            BigDecimal above = row.through().add(STEP);
                            if (rows.get(i - 1).contains(above)) {
                                soft.assertThat(at(e, substance, above)).isEqualTo(rows.get(i - 1).level());
                            } else {
                                soft.assertThatThrownBy(() -> at(e, substance, above)).as(what + " above its upper bound")
                                        .isInstanceOf(UnsupportedQuestionException.class);
                            }
                            checked += 2;
                        }
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(checked).isGreaterThan(8000);
    }

    /** Level 36 until Oct. 31, 1989; 42 from Nov. 1, 1989 (Amendment 125); 38 from Nov. 1, 1994 (Amendment 505). */
    private static int topLevel(DrugQuantityTable.Era era) {
        return switch (era.id()) {
            case "initial" -> 36;
            case "125", "370", "446" -> 42;
            default -> 38;
        };
    }

    @Test
    void everyColumnRunsFromTheEraTopLevelDownToItsFloorInStepsOfTwo() {
        for (DrugQuantityTable.Era era : table.eras()) {
            era.tables().forEach((substance, rows) -> {
                int floor = substance.equals("marijuana") ? 6 : 12;
                List<Integer> levels = rows.stream().map(DrugQuantityTable.Row::level).toList();
                List<Integer> expected = new ArrayList<>();
                for (int l = topLevel(era); l >= floor; l -= 2) {
                    expected.add(l);
                }
                assertThat(levels).as("levels of %s in era %s", substance, era.id()).isEqualTo(expected);
            });
        }
    }

    // ------------------------------------------------------------------ numbers the primary texts state

    /**
     * Amendment 706 (App. C, Vol. III, pp. 226-227) quotes every cocaine base line of § 2D1.1(c)(1)-(14)
     * it struck (the table before Nov. 1, 2007) and inserted (the table from Nov. 1, 2007). Amendment 748
     * (p. 376) struck the same inserted numbers on Nov. 1, 2010 and inserted its own. Lower bounds,
     * levels 38 down to 14 (level 12 is "less than" the level-14 bound).
     */
    @Test
    void cocaineBaseColumnsAreTheLinesAmendments706And748Quote() {
        String[] before706 = {"1.5 KG", "500 G", "150 G", "50 G", "35 G", "20 G", "5 G", "4 G", "3 G", "2 G", "1 G", "500 MG", "250 MG"};
        String[] by706 = {"4.5 KG", "1.5 KG", "500 G", "150 G", "50 G", "35 G", "20 G", "5 G", "4 G", "3 G", "2 G", "1 G", "500 MG"};
        String[] by748 = {"8.4 KG", "2.8 KG", "840 G", "280 G", "196 G", "112 G", "28 G", "22.4 G", "16.8 G", "11.2 G", "5.6 G", "2.8 G", "1.4 G"};
        assertCrackColumn("2006-11-01", before706);
        assertCrackColumn("2007-11-01", by706);
        assertCrackColumn("2008-05-01", by706);
        assertCrackColumn("2010-10-31", by706);
        assertCrackColumn("2010-11-01", by748);
        assertCrackColumn("2011-11-01", by748);
        assertCrackColumn("2014-10-31", by748);
    }

    private static void assertCrackColumn(String date, String[] lowerBounds) {
        List<DrugQuantityTable.Row> rows = table.eraOn(LocalDate.parse(date)).tables().get("cocaine-base");
        for (int i = 0; i < lowerBounds.length; i++) {
            assertThat(rows.get(i).level()).isEqualTo(38 - 2 * i);
            assertThat(rows.get(i).from()).as("cocaine base level %s on %s", 38 - 2 * i, date)
                    .isEqualByComparingTo(ManualQuantity.grams(lowerBounds[i]));
        }
        assertThat(rows.get(lowerBounds.length).level()).isEqualTo(12);
        assertThat(rows.get(lowerBounds.length).to()).isEqualByComparingTo(ManualQuantity.grams(lowerBounds[lowerBounds.length - 1]));
    }

    /** Reasons for Amendments 706 (p. 230) and 748 (pp. 381-382): the statutory quantities' levels. */
    @Test
    void theStatutoryCocaineBaseQuantitiesGetTheLevelsTheReasonsForAmendmentState() {
        // 706: "offenses involving 5 grams or more of crack cocaine were assigned ... level 26 ... 50 grams ... level 32"
        assertThat(level("2006-11-01", "cocaine-base", "5")).isEqualTo(26);
        assertThat(level("2006-11-01", "cocaine-base", "50")).isEqualTo(32);
        // 706: "5 grams of cocaine base are assigned a base offense level of 24 ... 50 grams ... level of 30"
        assertThat(level("2007-11-01", "cocaine-base", "5")).isEqualTo(24);
        assertThat(level("2007-11-01", "cocaine-base", "50")).isEqualTo(30);
        // 748: "offenses involving 28 grams or more of crack cocaine are assigned a base offense level of 26,
        // offenses involving 280 grams or more ... 32"
        for (String date : List.of("2010-11-01", "2011-11-01", "2013-11-01")) {
            assertThat(level(date, "cocaine-base", "28")).isEqualTo(26);
            assertThat(level(date, "cocaine-base", "280")).isEqualTo(32);
        }
    }

    /** Amendment 782 (Supp. App. C, pp. 63-66) quotes the new paragraphs (1), (2), (14) and (17). */
    @Test
    void theParagraphsAmendment782QuotesHaveTheirLevels() {
        SoftAssertions soft = new SoftAssertions();
        // "(1) 90 KG or more of Heroin ... Level 38" and "(2) At least 30 KG but less than 90 KG ... Level 36"
        String[][] paragraphs1and2 = {
            {"heroin", "90 KG", "30 KG"}, {"cocaine", "450 KG", "150 KG"}, {"cocaine-base", "25.2 KG", "8.4 KG"},
            {"methamphetamine", "45 KG", "15 KG"}, {"methamphetamine-actual", "4.5 KG", "1.5 KG"},
            {"ice", "4.5 KG", "1.5 KG"}, {"fentanyl", "36 KG", "12 KG"}, {"fentanyl-analogue", "9 KG", "3 KG"},
            {"marijuana", "90,000 KG", "30,000 KG"}};
        // "(14) Less than 10 G of Heroin; Level 12 ..."
        Map<String, String> paragraph14 = Map.of("heroin", "10 G", "cocaine", "50 G", "cocaine-base", "2.8 G",
                "methamphetamine", "5 G", "methamphetamine-actual", "500 MG", "ice", "500 MG", "fentanyl", "4 G",
                "fentanyl-analogue", "1 G");
        for (String date : List.of("2014-11-01", "2016-11-01", "2025-11-01")) {
            Edition e = edition(date);
            for (String[] p : paragraphs1and2) {
                BigDecimal top = ManualQuantity.grams(p[1]);
                BigDecimal second = ManualQuantity.grams(p[2]);
                soft.assertThat(at(e, p[0], top)).as("%s %s under %s", p[0], p[1], e).isEqualTo(38);
                soft.assertThat(at(e, p[0], top.subtract(STEP))).as("%s below %s", p[0], p[1]).isEqualTo(36);
                soft.assertThat(at(e, p[0], second)).as("%s %s", p[0], p[2]).isEqualTo(36);
                soft.assertThat(at(e, p[0], second.subtract(STEP))).as("%s below %s", p[0], p[2]).isEqualTo(34);
            }
            paragraph14.forEach((substance, bound) -> {
                BigDecimal g = ManualQuantity.grams(bound);
                soft.assertThat(at(e, substance, g.subtract(STEP))).as("%s less than %s", substance, bound).isEqualTo(12);
                soft.assertThat(at(e, substance, g)).as("%s at %s", substance, bound).isEqualTo(14);
            });
            // "(17) Less than 1 KG of Marihuana; Level 6"
            soft.assertThat(at(e, "marijuana", new BigDecimal("999.999"))).isEqualTo(6);
            soft.assertThat(at(e, "marijuana", new BigDecimal("1000"))).isEqualTo(8);
        }
        soft.assertAll();
    }

    private static int at(Edition e, String substance, BigDecimal grams) {
        return table.baseOffenseLevel(e, List.of(new DrugAmount(substance, grams))).level();
    }

    /** Amendment 750 Part A: the Drug Quantity Table and Note 10 "are repromulgated without change". */
    @Test
    void amendment750RepromulgatedAmendment748sTableAndConversionsWithoutChange() {
        DrugQuantityTable.Era e748 = table.eraIntroducedBy("748").orElseThrow();
        DrugQuantityTable.Era e750 = table.eraIntroducedBy("750").orElseThrow();
        e748.tables().forEach((substance, rows) -> {
            List<DrugQuantityTable.Row> other = e750.tables().get(substance);
            assertThat(other).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(other.get(i).level()).isEqualTo(rows.get(i).level());
                assertThat(other.get(i).from()).isEqualByComparingTo(rows.get(i).from());
            }
        });
        e748.conversion().factors().forEach((substance, f) ->
                assertThat(e750.conversion().factors().get(substance).perGram()).isEqualByComparingTo(f.perGram()));
    }

    /**
     * Amendment 782 lowered every band of levels 38-16 by two levels and started the old level 38 at
     * the new level-36 floor: outside cocaine base (changed by 748) every pre-782 band from level 36 to
     * 16 is the post-782 band two levels lower.
     */
    @Test
    void thePre782BandsAreThePost782BandsTwoLevelsHigher() {
        DrugQuantityTable.Era pre = table.eraOn(LocalDate.of(2014, 10, 31));
        DrugQuantityTable.Era post = table.eraOn(LocalDate.of(2014, 11, 1));
        post.tables().forEach((substance, postRows) -> {
            List<DrugQuantityTable.Row> preRows = pre.tables().get(substance);
            assertThat(preRows.getFirst().from()).as("pre-782 level 38 of %s", substance)
                    .isEqualByComparingTo(postRows.get(1).from());
            for (int level = 36; level >= 16; level -= 2) {
                DrugQuantityTable.Row a = row(preRows, level);
                DrugQuantityTable.Row b = row(postRows, level - 2);
                assertThat(a.from()).as("%s level %s", substance, level).isEqualByComparingTo(b.from());
                assertThat(a.to()).as("%s level %s", substance, level).isEqualByComparingTo(b.to());
            }
        });
    }

    private static DrugQuantityTable.Row row(List<DrugQuantityTable.Row> rows, int level) {
        return rows.stream().filter(r -> r.level() == level).findFirst().orElseThrow();
    }

    /**
     * Amendment 748's reason: an equivalency "can be calculated using any threshold in the Drug Quantity
     * Table by dividing the amount of marihuana ... by the amount of the other controlled substance". So
     * in every era, factor x lower bound = the marihuana lower bound at the same level, except cocaine
     * base under Amendments 706/711 (no single factor), under Amendment 715 (20 kg, the ratio of the
     * table two levels up, which its 2-level reduction offsets) and 3,571 gm (100,000 / 28, rounded).
     */
    @Test
    void everyFactorIsTheRatioOfItsEraTableColumns() {
        for (DrugQuantityTable.Era era : table.eras()) {
            List<DrugQuantityTable.Row> marijuana = era.tables().get("marijuana");
            era.conversion().factors().forEach((substance, f) -> {
                if (substance.equals("marijuana")) {
                    return;
                }
                for (DrugQuantityTable.Row r : era.tables().get(substance)) {
                    if (r.from().signum() == 0) {
                        continue;
                    }
                    BigDecimal actual = r.from().multiply(f.perGram());
                    if (era.conversion().rule() == DrugQuantityTable.CombinationRule.COCAINE_BASE_MINUS_TWO
                            && substance.equals("cocaine-base")) {
                        if (r.level() < 38) {
                            assertThat(actual).as("era %s cocaine base level %s: marihuana two levels up", era.id(), r.level())
                                    .isEqualByComparingTo(row(marijuana, r.level() + 2).from());
                        }
                        continue;
                    }
                    BigDecimal expected = row(marijuana, r.level()).from();
                    if (f.perGram().compareTo(new BigDecimal("3571")) == 0) {
                        BigDecimal ratio = expected.divide(r.from(), 3, RoundingMode.HALF_UP);
                        assertThat(ratio).as("era %s %s level %s: 100,000/28-style ratio", era.id(), substance, r.level())
                                .isBetween(new BigDecimal("3571"), new BigDecimal("3572"));
                    } else {
                        assertThat(actual).as("era %s %s level %s", era.id(), substance, r.level())
                                .isEqualByComparingTo(expected);
                    }
                }
            });
        }
    }

    // ------------------------------------------------------------------ worked examples for combinations

    /**
     * Amendment 711's Note 10(D)(ii) (App. C, Vol. III, pp. 243-244), in force Nov. 1, 2007 to Apr. 30,
     * 2008: 1.5 kg of cocaine, 10 kg of marihuana and 20 g of cocaine base. 20 g of cocaine base is
     * level 26, whose equivalency is 5 kg per gram: 100 kg; the cocaine is 300 kg; total 410 kg: level 28.
     */
    @Test
    void amendment711ExampleGivesLevel28() {
        for (String date : List.of("2007-11-01", "2008-03-03")) {
            BaseLevel r = lookup(date, "cocaine", "1500", "marijuana", "10000", "cocaine-base", "20");
            assertThat(r.level()).isEqualTo(28);
            assertThat(r.combined()).isTrue();
            assertThat(r.quantity()).isEqualByComparingTo("410000");
            assertThat(r.era().id()).isEqualTo("706");
            assertThat(results(r)).contains("level 26", "100000 g", "300000 g", "410000 g", "level 28");
            assertThat(inputs(r)).contains("5 KG of marihuana");
        }
    }

    /** Amendment 715's Note 10(D)(iii) examples (App. C, Vol. III, p. 257), May 1, 2008 to Oct. 31, 2010. */
    @Test
    void amendment715ExamplesGiveLevels28And34() {
        for (String date : List.of("2008-05-01", "2009-11-01", "2010-10-31")) {
            // (I) 20 gm cocaine base (400 kg) + 1.5 kg cocaine (300 kg) + 10 kg marihuana = 710 kg: level 30,
            // reduced to 28; the cocaine and marihuana alone (310 kg) are level 26, so 28 stands.
            BaseLevel one = lookup(date, "cocaine-base", "20", "cocaine", "1500", "marijuana", "10000");
            assertThat(one.level()).isEqualTo(28);
            assertThat(one.row().level()).isEqualTo(30);
            assertThat(one.quantity()).isEqualByComparingTo("710000");
            assertThat(results(one)).contains("400000 g", "310000 g", "level 26", "level 28");
            // (II) 5 gm cocaine base (100 kg) + 6 kg heroin (6,000 kg) = 6,100 kg: level 34, reduced to 32;
            // the heroin alone is level 34, so the reduction does not apply: level 34.
            BaseLevel two = lookup(date, "cocaine-base", "5", "heroin", "6000");
            assertThat(two.level()).isEqualTo(34);
            assertThat(two.quantity()).isEqualByComparingTo("6100000");
            assertThat(steps(two)).extracting(Step::step).contains("No 2-level reduction");
        }
    }

    /** Amendment 715 (ii)(I): no reduction with 4.5 kg or more, or less than 250 mg, of cocaine base. */
    @Test
    void amendment715ReductionDoesNotApplyAtTheEdgesOfTheCocaineBaseColumn() {
        // 4.5 kg crack x 20 kg = 90,000 kg + 1 kg heroin (1,000 kg) = 91,000 kg: level 38 (30,000 kg or more).
        assertThat(level("2009-11-01", "cocaine-base", "4500", "heroin", "1000")).isEqualTo(38);
        // Just under 4.5 kg: 89,999.98 kg + 1,000 kg = 90,999.98 kg, level 38, reduced to 36; heroin alone
        // (1,000 kg) is level 32, so the reduction applies.
        assertThat(level("2009-11-01", "cocaine-base", "4499.999", "heroin", "1000")).isEqualTo(36);
        // 0.249 g crack (4.98 kg) + 100 g cocaine (20 kg) = 24.98 kg: level 18 (20-40 kg); no reduction.
        assertThat(level("2009-11-01", "cocaine-base", "0.249", "cocaine", "100")).isEqualTo(18);
        // 0.25 g crack (5 kg) + 100 g cocaine (20 kg) = 25 kg: level 18, reduced to 16; the cocaine alone
        // (20 kg) is level 18, so the reduction would go below it and does not apply: 18.
        assertThat(level("2009-11-01", "cocaine-base", "0.25", "cocaine", "100")).isEqualTo(18);
        // 10 g crack (200 kg) + 1 g marihuana: 200.001 kg, level 26 (100-400 kg), reduced to 24; marihuana
        // alone (1 g) is level 6: level 24.
        assertThat(level("2009-11-01", "cocaine-base", "10", "marijuana", "1")).isEqualTo(24);
    }

    /**
     * Note 10(C)(iii) as amended by Amendment 748 (App. C, Vol. III, p. 376) and by Amendment 782 (Supp.
     * App. C, p. 66). The numbers read: 748 put "2 grams of cocaine base" in the example, "equivalent to
     * 7.142 kilograms of marihuana" after "16 kilograms of marihuana", and a total of "23.142"; 782 changed
     * the example's levels 16, 14 and 18 to 14, 12 and 16. The 80 g of cocaine is 16 kg / 200 g per gram.
     */
    @Test
    void noteCExampleWithCocaineAndCocaineBase() {
        for (String date : List.of("2010-11-01", "2011-11-01", "2013-11-01")) {
            assertThat(level(date, "cocaine", "80")).isEqualTo(16);
            assertThat(level(date, "cocaine-base", "2")).isEqualTo(14);
            BaseLevel both = lookup(date, "cocaine", "80", "cocaine-base", "2");
            assertThat(both.quantity()).isEqualByComparingTo("23142");
            assertThat(both.level()).isEqualTo(18);
        }
        for (String date : List.of("2014-11-01", "2018-11-01", "2025-11-01")) {
            assertThat(level(date, "cocaine", "80")).isEqualTo(14);
            assertThat(level(date, "cocaine-base", "2")).isEqualTo(12);
            assertThat(lookup(date, "cocaine", "80", "cocaine-base", "2").level()).isEqualTo(16);
        }
    }

    /**
     * Hand-computed, post-782 (Nov. 1, 2016): 50 g heroin (50 kg) + 100 g cocaine (20 kg) + 10 g
     * methamphetamine (actual) (200 kg) + 1 g fentanyl (2.5 kg) + 5 kg marihuana = 277.5 kg, in the band
     * "at least 100 KG but less than 400 KG": level 24, § 2D1.1(c)(8). Each alone: 18, 16, 24, 12, 12.
     */
    @Test
    void aHandComputedCombinationOfFiveSubstances() {
        BaseLevel r = lookup("2016-11-01", "heroin", "50", "cocaine", "100", "methamphetamine-actual", "10",
                "fentanyl", "1", "marijuana", "5000");
        assertThat(r.quantity()).isEqualByComparingTo("277500");
        assertThat(r.level()).isEqualTo(24);
        assertThat(r.row().provision()).isEqualTo("§ 2D1.1(c)(8)");
        assertThat(r.column()).isEqualTo("marijuana");
        assertThat(r.verified()).isTrue();
        assertThat(citations(r)).contains("U.S.S.G. § 2D1.1, comment. (n.8(D)) (Nov. 1, 2016)",
                "U.S.S.G. § 2D1.1, comment. (n.8(B)) (Nov. 1, 2016)", "U.S.S.G. § 2D1.1(c)(8) (Nov. 1, 2016)");
        assertThat(steps(r)).extracting(Step::step).contains("Marihuana equivalency of Heroin");
        // From Nov. 1, 2018 the commentary calls the unit "converted drug weight".
        BaseLevel later = lookup("2018-11-01", "heroin", "50", "cocaine", "100", "methamphetamine-actual", "10",
                "fentanyl", "1", "marijuana", "5000");
        assertThat(later.level()).isEqualTo(24);
        assertThat(steps(later)).extracting(Step::step).contains("Converted drug weight of Heroin");
    }

    /** Hand-computed, Amendment 711's table: 5 g crack is level 24, whose equivalency is 16 kg per gram. */
    @Test
    void underAmendment711TheCocaineBaseEquivalencyFollowsItsOwnLevel() {
        // 5 g x 16 kg = 80 kg + 1 g marihuana = 80.001 kg: level 24 (80-100 kg before Amendment 782).
        assertThat(level("2007-11-01", "cocaine-base", "5", "marijuana", "1")).isEqualTo(24);
        // 4.999 g is level 22 (4-5 g), 15 kg per gram: 74.985 kg + 0.001 kg = 74.986 kg: level 22 (60-80 kg).
        assertThat(level("2007-11-01", "cocaine-base", "4.999", "marijuana", "1")).isEqualTo(22);
        // The same 5 g + 1 g under the pre-706 table: 5 g x 20 kg = 100 kg + 1 g: level 26 (100-400 kg).
        assertThat(level("2006-11-01", "cocaine-base", "5", "marijuana", "1")).isEqualTo(26);
    }

    /** The equivalency tables' proviso: a combination with any of these substances is at least level 12. */
    @Test
    void aCombinationWithAHardDrugIsNeverBelowLevel12() {
        // 1 g cocaine (200 g) + 1 g marihuana = 201 g: level 6 by the marihuana column, 12 by the proviso.
        BaseLevel r = lookup("2016-11-01", "cocaine", "1", "marijuana", "1");
        assertThat(r.row().level()).isEqualTo(6);
        assertThat(r.level()).isEqualTo(12);
        assertThat(steps(r)).extracting(Step::step).contains("Minimum level for combined substances");
        // Marihuana alone stays at 6.
        assertThat(level("2016-11-01", "marijuana", "201")).isEqualTo(6);
    }

    @Test
    void entriesOfTheSameSubstanceAreAddedAndLookedUpInItsOwnColumn() {
        BaseLevel r = lookup("2016-11-01", "heroin", "60", "heroin", "40");
        assertThat(r.level()).isEqualTo(24);
        assertThat(r.combined()).isFalse();
        assertThat(r.column()).isEqualTo("heroin");
        assertThat(r.quantity()).isEqualByComparingTo("100");
        assertThat(steps(r)).extracting(Step::step).contains("Quantity of Heroin");
    }

    // ------------------------------------------------------------------ eras

    @Test
    void eraBoundaries() {
        String[][] boundaries = {
            {"1989-10-31", "initial", "1989-11-01", "125"},
            {"1991-10-31", "125", "1991-11-01", "370"},
            {"1992-10-31", "370", "1992-11-01", "446"},
            {"1994-10-31", "446", "1994-11-01", "505"},
            {"1997-10-31", "505", "1997-11-01", "555"},
            {"2000-10-31", "555", "2000-11-01", "594"},
            {"2006-10-31", "594", "2006-11-01", "pre-706"},
            {"2007-10-31", "pre-706", "2007-11-01", "706"},
            {"2008-04-30", "706", "2008-05-01", "715"},
            {"2010-10-31", "715", "2010-11-01", "748"},
            {"2011-10-31", "748", "2011-11-01", "750"},
            {"2014-10-31", "750", "2014-11-01", "782"}};
        for (String[] b : boundaries) {
            assertThat(table.eraOn(LocalDate.parse(b[0])).id()).as(b[0]).isEqualTo(b[1]);
            assertThat(table.eraOn(LocalDate.parse(b[2])).id()).as(b[2]).isEqualTo(b[3]);
        }
        assertThat(table.eraOn(LocalDate.of(1987, 11, 1)).id()).isEqualTo("initial");
        assertThat(table.eraOn(LocalDate.of(2030, 1, 1)).id()).isEqualTo("782");
    }

    @Test
    void theSameQuantitiesAcrossEachEraBoundary() {
        // 2007: 5 g crack, 26 (100:1 table) -> 24 (Amendment 706).
        assertThat(level("2007-10-31", "cocaine-base", "5")).isEqualTo(26);
        assertThat(level("2007-11-01", "cocaine-base", "5")).isEqualTo(24);
        // 2008: 10 g crack + 100 g cocaine. Amendment 711: 10 g is level 24, 16 kg/g = 160 kg + 20 kg =
        // 180 kg: level 26 (100-400 kg). Amendment 715: 10 g x 20 kg = 200 kg + 20 kg = 220 kg: level 26,
        // less 2 = 24 (cocaine alone, 20 kg, is level 18).
        assertThat(level("2008-04-30", "cocaine-base", "10", "cocaine", "100")).isEqualTo(26);
        assertThat(level("2008-05-01", "cocaine-base", "10", "cocaine", "100")).isEqualTo(24);
        // 2010: 20 g crack, 26 (20-35 g, Amendment 706's table) -> 22 (16.8-22.4 g, Amendment 748).
        assertThat(level("2010-10-31", "cocaine-base", "20")).isEqualTo(26);
        assertThat(level("2010-11-01", "cocaine-base", "20")).isEqualTo(22);
        // 2011: Amendment 750 repromulgated 748's table: the same level, a different era.
        assertThat(level("2011-10-31", "cocaine-base", "20")).isEqualTo(22);
        assertThat(level("2011-11-01", "cocaine-base", "20")).isEqualTo(22);
        assertThat(lookup("2011-10-31", "cocaine-base", "20").era().id()).isEqualTo("748");
        assertThat(lookup("2011-11-01", "cocaine-base", "20").era().id()).isEqualTo("750");
        // 2014: 100 g heroin, 26 -> 24 (Amendment 782).
        assertThat(level("2014-10-31", "heroin", "100")).isEqualTo(26);
        assertThat(level("2014-11-01", "heroin", "100")).isEqualTo(24);
    }

    @Test
    void eachEraNamesTheAmendmentThatIntroducedIt() {
        assertThat(table.eras()).extracting(DrugQuantityTable.Era::id)
                .containsExactly("initial", "125", "370", "446", "505", "555", "594", "pre-706", "706", "715", "748", "750", "782");
        assertThat(table.eras().getFirst().introducedBy()).isEmpty();
        assertThat(table.eraOn(LocalDate.of(2006, 11, 1)).introducedBy()).isEmpty();
        for (String amendment : List.of("125", "370", "446", "505", "555", "594", "706", "715", "748", "750", "782")) {
            DrugQuantityTable.Era era = table.eraIntroducedBy(amendment).orElseThrow();
            assertThat(era.introducedBy()).contains(amendment);
            assertThat(era.window().from()).isEqualTo(table.eraOn(era.window().from()).window().from());
        }
        assertThat(table.eraIntroducedBy("711").orElseThrow().id()).isEqualTo("706");
        assertThat(table.eraIntroducedBy("711").orElseThrow().amendmentLabel())
                .isEqualTo("Amendment 706 as amended by Amendment 711");
        assertThat(table.eraIntroducedBy("821")).isEmpty();
        assertThat(table.eraIntroducedBy("396").orElseThrow().id()).isEqualTo("370");
        assertThat(table.eraIntroducedBy("395").orElseThrow().amendmentLabel()).isEqualTo("Amendments 370, 395 and 396");
        assertThat(table.eras().getFirst().amendmentLabel())
                .isEqualTo("the Drug Quantity Table as originally promulgated (eff. Nov. 1, 1987)");
    }

    /** § 1B1.10(b)(1): the same quantities under the edition of the amendment. */
    @Test
    void theLevelUnderTheEditionOfAGivenAmendment() {
        Edition original = edition("2013-11-01");
        DrugQuantityTable.Era amended = table.eraIntroducedBy("782").orElseThrow();
        Edition amendedEdition = catalog.inEffectOn(amended.window().from());
        List<DrugAmount> drugs = List.of(DrugAmount.of("methamphetamine", "500"));
        assertThat(table.baseOffenseLevel(original, drugs).level()).isEqualTo(32);
        assertThat(table.baseOffenseLevel(amendedEdition, drugs).level()).isEqualTo(30);
    }

    @Test
    void datesBeforeTheFirstEncodedEraAreUnsupported() {
        assertThatThrownBy(() -> table.eraOn(LocalDate.of(1987, 10, 31)))
                .isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("encoded only from 1987-11-01")
                .hasMessageContaining("no Drug Quantity Table before that date");
        // The Nov. 1, 2005 Manual, unsupported before the eras of 1987-2006 were encoded, is answered now.
        assertThat(level("2005-11-01", "heroin", "100")).isEqualTo(26);
        assertThat(lookup("2005-11-01", "heroin", "100").era().id()).isEqualTo("594");
    }

    // ------------------------------------------------------------------ input, verification, trace

    @Test
    void anUnknownSubstanceIsRejectedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> lookup("2016-11-01", "crack", "5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown substance 'crack'")
                .hasMessageContaining("heroin, cocaine, cocaine-base, methamphetamine, methamphetamine-actual, ice,"
                        + " fentanyl, fentanyl-analogue, marijuana");
        assertThatThrownBy(() -> table.baseOffenseLevel(edition("2016-11-01"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrugAmount.of("heroin", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrugAmount.of("heroin", "-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unverifiedRowsAndFactorsAreReported() {
        // Verified: post-782 heroin, and the pre-782 level-16 heroin band (Amendment 782's redesignation).
        assertThat(lookup("2016-11-01", "heroin", "100").verified()).isTrue();
        assertThat(lookup("2013-11-01", "heroin", "10").verified()).isTrue();
        // Pre-782 level 14 heroin (5-10 g): stated in no text read.
        BaseLevel bottom = lookup("2013-11-01", "heroin", "6");
        assertThat(bottom.level()).isEqualTo(14);
        assertThat(bottom.verified()).isFalse();
        assertThat(bottom.unverified()).singleElement().asString().contains("At least 5 G but less than 10 G");
        // Pre-782 marihuana below 1 kg.
        assertThat(lookup("2013-11-01", "marijuana", "300").verified()).isFalse();
        // Pre-782 cocaine base bottom bands are Amendment 748's own numbers: verified.
        assertThat(lookup("2013-11-01", "cocaine-base", "1").verified()).isTrue();
        // Fentanyl analogue has no general line in the 2016 equivalency tables.
        BaseLevel analogue = lookup("2016-11-01", "fentanyl-analogue", "10", "heroin", "10");
        assertThat(analogue.verified()).isFalse();
        assertThat(analogue.unverified()).anySatisfy(u -> assertThat(u).contains("Fentanyl Analogue"));
    }

    @Test
    void theTraceCitesTheEditionTheRowAndItsSource() {
        BaseLevel r = lookup("2016-11-01", "heroin", "100");
        assertThat(r.level()).isEqualTo(24);
        assertThat(r.row().describe()).isEqualTo("At least 100 G but less than 400 G");
        assertThat(r.row().provision()).isEqualTo("§ 2D1.1(c)(8)");
        assertThat(r.edition().effective()).isEqualTo(LocalDate.of(2016, 11, 1));
        List<Step> steps = steps(r);
        assertThat(steps).hasSize(2);
        assertThat(steps.getFirst().citation()).isEqualTo("U.S.S.G. § 2D1.1(c) (Nov. 1, 2016)");
        assertThat(steps.getFirst().inputs()).containsEntry("introduced by", "Amendment 782");
        Step lookup = steps.get(1);
        assertThat(lookup.citation()).isEqualTo("U.S.S.G. § 2D1.1(c)(8) (Nov. 1, 2016)");
        assertThat(lookup.result()).isEqualTo("level 24");
        assertThat(lookup.inputs()).containsEntry("quantity", "100 g")
                .containsEntry("row", "At least 100 G but less than 400 G (§ 2D1.1(c)(8))")
                .containsEntry("verified", "yes");
        assertThat(lookup.inputs().get("source")).contains("Nov. 1, 2016 and Nov. 1, 2025");
    }

    private static List<Step> steps(BaseLevel r) {
        return r.trace().steps();
    }

    private static List<String> results(BaseLevel r) {
        return steps(r).stream().map(Step::result).toList();
    }

    private static List<String> citations(BaseLevel r) {
        return steps(r).stream().map(Step::citation).toList();
    }

    private static List<String> inputs(BaseLevel r) {
        return steps(r).stream().flatMap(s -> s.inputs().values().stream()).toList();
    }
}
