package org.rangefinder.chapter2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rangefinder.explain.Step;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;
import org.rangefinder.manual.ManualCatalog;

/**
 * The Drug Quantity Table from Nov. 1, 1987 to Oct. 31, 2006 against the numbers the amendment texts
 * themselves quote (U.S.S.G. App. C, Vol. I and II, Nov. 1, 2003 ed.): the table of Nov. 1, 1987 as
 * Amendment 125 deletes it and the table it inserts (1989), the "Ice" lines of Amendment 370 (1991), the
 * marihuana equivalencies and example of Amendment 396 (1991), the level-12 proviso of Amendment 446
 * (1992), the old and new paragraph (1) of Amendment 505 (1994), the old and new methamphetamine lines of
 * Amendments 555 (1997) and 594 (2000). (Every threshold of every era, and 0.001 g below it, is checked
 * in {@link DrugQuantityTableTest}.)
 */
class DrugQuantityTableHistoryTest {

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

    private static BaseLevel lookup(String date, String... substanceGramPairs) {
        List<DrugAmount> drugs = new ArrayList<>();
        for (int i = 0; i < substanceGramPairs.length; i += 2) {
            drugs.add(DrugAmount.of(substanceGramPairs[i], substanceGramPairs[i + 1]));
        }
        return table.baseOffenseLevel(edition(date), drugs);
    }

    private static int level(String date, String... substanceGramPairs) {
        return lookup(date, substanceGramPairs).level();
    }

    private static List<DrugQuantityTable.Row> column(String date, String substance) {
        return table.eraOn(LocalDate.parse(date)).tables().get(substance);
    }

    /**
     * The column on the date has these lower bounds from its top level down, and the last level is "less
     * than" the last bound; each band ends where the one above begins.
     */
    private static void assertColumn(String date, String substance, int top, String... lowerBounds) {
        List<DrugQuantityTable.Row> rows = column(date, substance);
        assertThat(rows).as("%s on %s", substance, date).hasSize(lowerBounds.length + 1);
        for (int i = 0; i < lowerBounds.length; i++) {
            DrugQuantityTable.Row r = rows.get(i);
            assertThat(r.level()).isEqualTo(top - 2 * i);
            assertThat(r.from()).as("%s level %s on %s", substance, r.level(), date)
                    .isEqualByComparingTo(ManualQuantity.grams(lowerBounds[i]));
            if (i == 0) {
                assertThat(r.openEnded()).isTrue();
            } else {
                assertThat(r.to()).as("%s level %s on %s: upper bound", substance, r.level(), date)
                        .isEqualByComparingTo(ManualQuantity.grams(lowerBounds[i - 1]));
            }
        }
        DrugQuantityTable.Row last = rows.getLast();
        assertThat(last.level()).isEqualTo(top - 2 * lowerBounds.length);
        assertThat(last.from().signum()).isZero();
        assertThat(last.to()).isEqualByComparingTo(ManualQuantity.grams(lowerBounds[lowerBounds.length - 1]));
    }

    // ------------------------------------------------------------------ Nov. 1, 1987: the original table

    /**
     * Amendment 125 (App. C, Vol. I, pp. 60-61) deletes "the 'Drug Quantity Table' in its entirety", quoting
     * it: one row per level, 36 down to 6, bands written as ranges. Amendments 19-21 (Jan. 15, 1988) do not
     * touch it, so it is the table of every edition before Nov. 1, 1989.
     */
    @Test
    void theTableOf1987IsTheTableAmendment125Deletes() {
        String[][] expected = {
            {"heroin", "10 KG or more", "3-9.9 KG", "1-2.9 KG", "700-999 G", "400-699 G", "100-399 G", "80-99 G", "60-79 G",
                "40-59 G", "20-39 G", "10-19 G", "5-9.9 G", "Less than 5 G"},
            {"cocaine", "50 KG or more", "15-49.9 KG", "5-14.9 KG", "3.5-4.9 KG", "2-3.4 KG", ".5-1.9 KG", "400-499 G",
                "300-399 G", "200-299 G", "100-199 G", "50-99 G", "25-49 G", "Less than 25 G"},
            {"cocaine-base", "500 G or more", "150-499 G", "50-149 G", "35-49 G", "20-34.9 G", "5-19 G", "4-4.9 G", "3-3.9 G",
                "2-2.9 G", "1-1.9 G", "500-999 MG", "250-499 MG", "Less than 250 MG"},
            {"fentanyl", "4 KG or more", "1.2-3.9 KG", ".4-1.1 KG", "280-399 G", "160-279 G", "40-159 G", "32-39 G",
                "24-31.9 G", "16-23.9 G", "8-15.9 G", "4-7.9 G", "2-3.9 G", "Less than 2 G"},
            {"fentanyl-analogue", "1 KG or more", "300-999 G", "100-299 G", "70-99 G", "40-69 G", "10-39 G", "8-9.9 G",
                "6-7.9 G", "4-5.9 G", "2-3.9 G", "1-1.9 G", ".5-.9 G", "Less than 500 MG"},
            {"marijuana", "10,000 KG or more", "3000-9999 KG", "1000-2999 KG", "700-999 KG", "400-699 KG", "100-399 KG",
                "80-99 KG", "60-79 KG", "40-59 KG", "20-39 KG", "10-19 KG", "5-9.9 KG", "2.5-4.9 KG", "1-2.4 KG",
                "250-999 G", "Less than 250 G"}};
        for (String date : List.of("1987-11-01", "1988-01-15", "1988-06-15", "1989-10-31")) {
            for (String[] col : expected) {
                List<DrugQuantityTable.Row> rows = column(date, col[0]);
                assertThat(rows.stream().map(DrugQuantityTable.Row::describe).toList()).as("%s on %s", col[0], date)
                        .containsExactly(java.util.Arrays.copyOfRange(col, 1, col.length));
                assertThat(rows.getFirst().level()).isEqualTo(36);
                assertThat(rows).allSatisfy(r -> assertThat(r.provision()).isEqualTo("§ 2D1.1(a)(3)"));
            }
        }
        // Amendment 20 quotes the deleted Note 11: "sale of 700-999 grams of heroin is at level 30, while sale of
        // 400-699 grams is at level 28".
        for (String g : List.of("700", "850", "999")) {
            assertThat(level("1987-11-01", "heroin", g)).as(g).isEqualTo(30);
        }
        for (String g : List.of("400", "699")) {
            assertThat(level("1987-11-01", "heroin", g)).as(g).isEqualTo(28);
        }
        assertThat(lookup("1988-06-15", "heroin", "100").verified()).isTrue();
    }

    /** Amendment 125's reason: "to eliminate minor gaps in the Drug Quantity Table". Before it, a quantity between two bands is in none. */
    @Test
    void aQuantityInAGapOfThe1987TableIsUnsupportedAndIsInABandFromNov1989() {
        String[][] gaps = {
            {"heroin", "2950", "32", "3-9.9 KG"}, {"heroin", "699.5", "28", "700-999 G"},
            {"cocaine", "49950", "34", "50 KG or more"}, {"cocaine-base", "19.5", "26", "20-34.9 G"},
            {"cocaine-base", "149.5", "32", "150-499 G"}, {"fentanyl", "1150", "32", "1.2-3.9 KG"},
            {"fentanyl-analogue", "0.95", "14", "1-1.9 G"}, {"marijuana", "999.5", "8", "1-2.4 KG"}};
        for (String[] g : gaps) {
            assertThatThrownBy(() -> lookup("1988-01-15", g[0], g[1])).as("%s %s g", g[0], g[1])
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("falls in none of the bands")
                    .hasMessageContaining(g[3])
                    .hasMessageContaining("era initial");
            assertThat(level("1989-11-01", g[0], g[1])).as("%s %s g under Amendment 125", g[0], g[1])
                    .isEqualTo(Integer.parseInt(g[2]));
        }
        // The written bounds themselves are in their bands: 9.9 KG of heroin is level 34, 10 KG level 36.
        assertThat(level("1988-01-15", "heroin", "9900")).isEqualTo(34);
        assertThat(level("1988-01-15", "heroin", "10000")).isEqualTo(36);
        assertThat(level("1988-01-15", "cocaine-base", "19")).isEqualTo(26);
        assertThat(level("1988-01-15", "cocaine-base", "20")).isEqualTo(28);
    }

    @Test
    void before1989MethamphetamineHasNoLineAndBefore1991IceHasNone() {
        for (String s : List.of("methamphetamine", "methamphetamine-actual", "ice")) {
            assertThatThrownBy(() -> lookup("1988-06-15", s, "100")).as(s)
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("'" + s + "' is not encoded");
        }
        assertThatThrownBy(() -> lookup("1987-11-01", "methamphetamine", "100"))
                .hasMessageContaining("two grams of a substance containing cocaine");
        assertThatThrownBy(() -> lookup("1990-11-01", "ice", "100"))
                .isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("Amendment 370");
        assertThat(table.eraOn(LocalDate.of(1990, 11, 1)).covers("methamphetamine-actual")).isTrue();
        assertThat(table.eraOn(LocalDate.of(1991, 11, 1)).covers("ice")).isTrue();
    }

    /** Before Amendment 396 (Nov. 1, 1991) differing substances were combined in heroin equivalents: not encoded. */
    @Test
    void combiningDifferingSubstancesBeforeNov1991IsUnsupported() {
        for (String date : List.of("1987-11-01", "1989-11-01", "1991-10-31")) {
            assertThatThrownBy(() -> lookup(date, "cocaine", "80", "marijuana", "5000")).as(date)
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("combining differing controlled substances")
                    .hasMessageContaining("heroin equivalents");
            // One substance, in one or several entries, is looked up in its own column.
            assertThat(level(date, "heroin", "60", "heroin", "40")).isEqualTo(26);
        }
        assertThat(table.eraOn(LocalDate.of(1991, 10, 31)).conversion().rule())
                .isEqualTo(DrugQuantityTable.CombinationRule.NOT_ENCODED);
    }

    // ------------------------------------------------------------------ Nov. 1, 1989: Amendment 125

    /** The table Amendment 125 inserts (App. C, Vol. I, pp. 61-66), paragraphs (1)-(19), levels 42 to 6. */
    @Test
    void amendment125InsertsLevels42To6() {
        for (String date : List.of("1989-11-01", "1990-11-01", "1991-11-01", "1993-11-01", "1994-10-31")) {
            assertColumn(date, "heroin", 42, "300 KG", "100 KG", "30 KG", "10 KG", "3 KG", "1 KG", "700 G", "400 G",
                    "100 G", "80 G", "60 G", "40 G", "20 G", "10 G", "5 G");
            assertColumn(date, "cocaine", 42, "1500 KG", "500 KG", "150 KG", "50 KG", "15 KG", "5 KG", "3.5 KG", "2 KG",
                    "500 G", "400 G", "300 G", "200 G", "100 G", "50 G", "25 G");
            assertColumn(date, "cocaine-base", 42, "15 KG", "5 KG", "1.5 KG", "500 G", "150 G", "50 G", "35 G", "20 G",
                    "5 G", "4 G", "3 G", "2 G", "1 G", "500 MG", "250 MG");
            assertColumn(date, "methamphetamine", 42, "300 KG", "100 KG", "30 KG", "10 KG", "3 KG", "1 KG", "700 G",
                    "400 G", "100 G", "80 G", "60 G", "40 G", "20 G", "10 G", "5 G");
            assertColumn(date, "methamphetamine-actual", 42, "30 KG", "10 KG", "3 KG", "1 KG", "300 G", "100 G", "70 G",
                    "40 G", "10 G", "8 G", "6 G", "4 G", "2 G", "1 G", "500 MG");
            assertColumn(date, "fentanyl", 42, "120 KG", "40 KG", "12 KG", "4 KG", "1.2 KG", "400 G", "280 G", "160 G",
                    "40 G", "32 G", "24 G", "16 G", "8 G", "4 G", "2 G");
            assertColumn(date, "fentanyl-analogue", 42, "30 KG", "10 KG", "3 KG", "1 KG", "300 G", "100 G", "70 G",
                    "40 G", "10 G", "8 G", "6 G", "4 G", "2 G", "1 G", "500 MG");
            assertColumn(date, "marijuana", 42, "300,000 KG", "100,000 KG", "30,000 KG", "10,000 KG", "3,000 KG",
                    "1,000 KG", "700 KG", "400 KG", "100 KG", "80 KG", "60 KG", "40 KG", "20 KG", "10 KG", "5 KG", "2.5 KG",
                    "1 KG", "250 G");
        }
        // "(1) 300 KG or more of Heroin ... Level 42"; "(16) Less than 5 G Heroin ... Level 12";
        // "(19) Less than 250 G of Marihuana; Level 6".
        BaseLevel top = lookup("1989-11-01", "heroin", "300000");
        assertThat(top.level()).isEqualTo(42);
        assertThat(top.row().provision()).isEqualTo("§ 2D1.1(c)(1)");
        assertThat(lookup("1989-11-01", "heroin", "4.999").row().provision()).isEqualTo("§ 2D1.1(c)(16)");
        assertThat(lookup("1989-11-01", "marijuana", "249.999").row().provision()).isEqualTo("§ 2D1.1(c)(19)");
        assertThat(level("1989-11-01", "marijuana", "249.999")).isEqualTo(6);
        // Amendment 320 (Nov. 1, 1990) cites the same paragraphs: level 12 at (c)(16), level 6 at (c)(19).
        assertThat(lookup("1990-11-01", "cocaine", "1").row().provision()).isEqualTo("§ 2D1.1(c)(16)");
    }

    /** Amendment 370 (Nov. 1, 1991) inserts an "Ice" line after the Pure Methamphetamine line in (1)-(16), with its quantities. */
    @Test
    void amendment370IceLinesAreThePureMethamphetamineLines() {
        for (String date : List.of("1991-11-01", "1992-11-01", "1994-10-31")) {
            assertColumn(date, "ice", 42, "30 KG", "10 KG", "3 KG", "1 KG", "300 G", "100 G", "70 G", "40 G", "10 G",
                    "8 G", "6 G", "4 G", "2 G", "1 G", "500 MG");
        }
        assertThat(level("1991-11-01", "ice", "30000")).isEqualTo(42);
        assertThat(level("1991-11-01", "ice", "0.499")).isEqualTo(12);
    }

    // ------------------------------------------------------------------ Nov. 1, 1991: Amendment 396

    /**
     * Amendment 396's Drug Equivalency Tables (App. C, Vol. I, pp. 274-275): heroin 1 kg, fentanyl 2.5 kg,
     * cocaine 200 gm, methamphetamine 1 kg, methamphetamine (actual) 10 kg, "Ice" 10 kg, cocaine base 20 kg.
     */
    @Test
    void amendment396FactorsAndItsExampleC() {
        DrugQuantityTable.Conversion c = table.eraOn(LocalDate.of(1991, 11, 1)).conversion();
        String[][] factors = {{"heroin", "1000"}, {"fentanyl", "2500"}, {"cocaine", "200"}, {"methamphetamine", "1000"},
            {"methamphetamine-actual", "10000"}, {"ice", "10000"}, {"cocaine-base", "20000"}, {"marijuana", "1"}};
        for (String[] f : factors) {
            assertThat(c.factors().get(f[0]).perGram()).as(f[0]).isEqualByComparingTo(f[1]);
            assertThat(c.factors().get(f[0]).verified()).as(f[0]).isTrue();
        }
        assertThat(c.factors().get("fentanyl-analogue").verified()).isFalse();
        // Example c: "80 grams of cocaine (Level 16) and five kilograms of marihuana (Level 14). The cocaine is
        // equivalent to 16 kilograms of marihuana. The total is therefore equivalent to 21 kilograms of marihuana,
        // which has an offense level of 18".
        for (String date : List.of("1991-11-01", "1993-11-01", "1995-11-01", "1998-11-01", "2003-11-01", "2005-11-01")) {
            assertThat(level(date, "cocaine", "80")).as(date).isEqualTo(16);
            assertThat(level(date, "marijuana", "5000")).as(date).isEqualTo(14);
            BaseLevel both = lookup(date, "cocaine", "80", "marijuana", "5000");
            assertThat(both.quantity()).as(date).isEqualByComparingTo("21000");
            assertThat(both.level()).as(date).isEqualTo(18);
            assertThat(both.verified()).as(date).isTrue();
        }
    }

    /** Amendment 446 (Nov. 1, 1992) adds the proviso: a combination with these substances is at least level 12. */
    @Test
    void amendment446AddsTheLevel12Proviso() {
        BaseLevel before = lookup("1991-11-01", "cocaine", "1", "marijuana", "1");
        assertThat(before.quantity()).isEqualByComparingTo("201");
        assertThat(before.level()).isEqualTo(6);
        assertThat(before.trace().steps()).extracting(Step::step).doesNotContain("Minimum level for combined substances");
        for (String date : List.of("1992-11-01", "1994-11-01", "1997-11-01", "2000-11-01")) {
            BaseLevel after = lookup(date, "cocaine", "1", "marijuana", "1");
            assertThat(after.row().level()).as(date).isEqualTo(6);
            assertThat(after.level()).as(date).isEqualTo(12);
            assertThat(after.trace().steps()).extracting(Step::step).contains("Minimum level for combined substances");
        }
    }

    // ------------------------------------------------------------------ Nov. 1, 1994: Amendment 505

    /**
     * Amendment 505 (App. C, Vol. I, pp. 415-416) deletes paragraphs (1)-(3) (levels 42, 40, 38), quoting
     * them, inserts a new (1) at level 38, quoted, and renumbers (4)-(19) as (2)-(17).
     */
    @Test
    void amendment505CapsTheTableAtLevel38() {
        // The deleted (1)-(3): lower bounds of levels 42, 40 and 38 on Oct. 31, 1994.
        String[][] deleted = {
            {"heroin", "300 KG", "100 KG", "30 KG"}, {"cocaine", "1500 KG", "500 KG", "150 KG"},
            {"cocaine-base", "15 KG", "5 KG", "1.5 KG"}, {"methamphetamine", "300 KG", "100 KG", "30 KG"},
            {"methamphetamine-actual", "30 KG", "10 KG", "3 KG"}, {"ice", "30 KG", "10 KG", "3 KG"},
            {"fentanyl", "120 KG", "40 KG", "12 KG"}, {"fentanyl-analogue", "30 KG", "10 KG", "3 KG"},
            {"marijuana", "300,000 KG", "100,000 KG", "30,000 KG"}};
        SoftAssertions soft = new SoftAssertions();
        for (String[] d : deleted) {
            for (int i = 0; i < 3; i++) {
                BigDecimal g = ManualQuantity.grams(d[i + 1]);
                soft.assertThat(at("1994-10-31", d[0], g)).as("%s %s on Oct. 31, 1994", d[0], d[i + 1]).isEqualTo(42 - 2 * i);
                // The new (1): "... or more", level 38, whatever the quantity above it.
                soft.assertThat(at("1994-11-01", d[0], g)).as("%s %s on Nov. 1, 1994", d[0], d[i + 1]).isEqualTo(38);
            }
            BigDecimal floor38 = ManualQuantity.grams(d[3]);
            soft.assertThat(at("1994-11-01", d[0], floor38.subtract(STEP))).as("%s below %s", d[0], d[3]).isEqualTo(36);
            soft.assertThat(column("1994-11-01", d[0]).getFirst().provision()).isEqualTo("§ 2D1.1(c)(1)");
        }
        soft.assertAll();
        // Renumbering: the same band, paragraph (4) before and (2) after; (16) -> (14); (19) -> (17).
        assertThat(lookup("1994-10-31", "heroin", "10000").row().provision()).isEqualTo("§ 2D1.1(c)(4)");
        assertThat(lookup("1994-11-01", "heroin", "10000").row().provision()).isEqualTo("§ 2D1.1(c)(2)");
        assertThat(lookup("1994-10-31", "heroin", "4").row().provision()).isEqualTo("§ 2D1.1(c)(16)");
        assertThat(lookup("1994-11-01", "heroin", "4").row().provision()).isEqualTo("§ 2D1.1(c)(14)");
        assertThat(lookup("1994-10-31", "marijuana", "200").row().provision()).isEqualTo("§ 2D1.1(c)(19)");
        assertThat(lookup("1994-11-01", "marijuana", "200").row().provision()).isEqualTo("§ 2D1.1(c)(17)");
    }

    /** Levels 36 to 6 are paragraphs (4)-(19) renumbered: the same bands before and after Nov. 1, 1994. */
    @Test
    void belowLevel38Amendment505ChangesNoBand() {
        DrugQuantityTable.Era before = table.eraOn(LocalDate.of(1994, 10, 31));
        DrugQuantityTable.Era after = table.eraOn(LocalDate.of(1994, 11, 1));
        assertThat(after.tables().keySet()).isEqualTo(before.tables().keySet());
        after.tables().forEach((substance, rows) -> {
            List<DrugQuantityTable.Row> old = before.tables().get(substance);
            for (int i = 1; i < rows.size(); i++) {
                DrugQuantityTable.Row n = rows.get(i);
                DrugQuantityTable.Row o = old.get(i + 2);
                assertThat(o.level()).isEqualTo(n.level());
                assertThat(n.from()).as("%s level %s", substance, n.level()).isEqualByComparingTo(o.from());
                assertThat(n.to()).as("%s level %s", substance, n.level()).isEqualByComparingTo(o.to());
            }
        });
    }

    // ------------------------------------------------------------------ Nov. 1, 1997 and Nov. 1, 2000

    /** Amendment 555 (App. C, Vol. I, pp. 515-516) strikes each methamphetamine (mixture) quantity in (1)-(14) and inserts half. */
    @Test
    void amendment555HalvesTheMethamphetamineMixtureQuantities() {
        String[] struck = {"30 KG", "10 KG", "3 KG", "1 KG", "700 G", "400 G", "100 G", "80 G", "60 G", "40 G", "20 G",
            "10 G", "5 G"};
        String[] inserted = {"15 KG", "5 KG", "1.5 KG", "500 G", "350 G", "200 G", "50 G", "40 G", "30 G", "20 G", "10 G",
            "5 G", "2.5 G"};
        assertColumn("1994-11-01", "methamphetamine", 38, struck);
        assertColumn("1997-10-31", "methamphetamine", 38, struck);
        assertColumn("1997-11-01", "methamphetamine", 38, inserted);
        assertColumn("2000-11-01", "methamphetamine", 38, inserted);
        // Paragraph (3): the instruction prints "1.5 G but less than 5 KG"; (4) as amended starts the band above at 1.5 KG.
        assertThat(level("1997-11-01", "methamphetamine", "1500")).isEqualTo(34);
        assertThat(level("1997-11-01", "methamphetamine", "1499.999")).isEqualTo(32);
        assertThat(lookup("1997-11-01", "methamphetamine", "1500").row().note()).contains("1.5 G but less than 5 KG");
        // "no change, however, in the quantities of methamphetamine (actual) ... and 'Ice'".
        for (String s : List.of("methamphetamine-actual", "ice")) {
            assertThat(column("1997-11-01", s)).extracting(DrugQuantityTable.Row::from)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(column("1997-10-31", s).stream().map(DrugQuantityTable.Row::from).toList());
        }
        // Note 10: "1 gm of Methamphetamine" from 1 kg to 2 kg of marihuana. 30 g + 50 kg of marihuana:
        // 80 kg (level 24) before, 110 kg (level 26) after.
        assertThat(lookup("1997-10-31", "methamphetamine", "30", "marijuana", "50000").quantity()).isEqualByComparingTo("80000");
        assertThat(level("1997-10-31", "methamphetamine", "30", "marijuana", "50000")).isEqualTo(24);
        assertThat(lookup("1997-11-01", "methamphetamine", "30", "marijuana", "50000").quantity()).isEqualByComparingTo("110000");
        assertThat(level("1997-11-01", "methamphetamine", "30", "marijuana", "50000")).isEqualTo(26);
    }

    /** Amendment 594 (App. C, Vol. II, pp. 54-55) strikes each methamphetamine (actual) and "Ice" quantity and inserts half. */
    @Test
    void amendment594HalvesTheMethamphetamineActualAndIceQuantities() {
        String[] struck = {"3 KG", "1 KG", "300 G", "100 G", "70 G", "40 G", "10 G", "8 G", "6 G", "4 G", "2 G", "1 G",
            "500 MG"};
        String[] inserted = {"1.5 KG", "500 G", "150 G", "50 G", "35 G", "20 G", "5 G", "4 G", "3 G", "2 G", "1 G",
            "500 MG", "250 MG"};
        for (String s : List.of("methamphetamine-actual", "ice")) {
            assertColumn("1994-11-01", s, 38, struck);
            assertColumn("2000-10-31", s, 38, struck);
            assertColumn("2000-11-01", s, 38, inserted);
            assertColumn("2005-11-01", s, 38, inserted);
        }
        // "No change was made in the guideline penalties for methamphetamine mixture offenses".
        assertThat(column("2000-11-01", "methamphetamine")).extracting(DrugQuantityTable.Row::from)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(column("2000-10-31", "methamphetamine").stream().map(DrugQuantityTable.Row::from).toList());
        // Note 10: Methamphetamine (Actual) and "Ice" from 10 kg to 20 kg. 3 g + 50 kg of marihuana: 80 kg (24) -> 110 kg (26).
        for (String s : List.of("methamphetamine-actual", "ice")) {
            assertThat(level("2000-10-31", s, "3", "marijuana", "50000")).as(s).isEqualTo(24);
            assertThat(level("2000-11-01", s, "3", "marijuana", "50000")).as(s).isEqualTo(26);
        }
    }

    // ------------------------------------------------------------------ across the eras

    /**
     * Amendment 706's reason: before Nov. 1, 2007, 5 grams of crack cocaine were assigned level 26 and 50
     * grams level 32. So they were from Nov. 1, 1987 ("5-19 G", "50-149 G").
     */
    @Test
    void theStatutoryCocaineBaseQuantitiesHadLevels26And32From1987() {
        for (String date : List.of("1987-11-01", "1989-11-01", "1991-11-01", "1992-11-01", "1994-11-01", "1997-11-01",
                "2000-11-01", "2003-10-27", "2006-11-01", "2007-10-31")) {
            assertThat(level(date, "cocaine-base", "5")).as(date).isEqualTo(26);
            assertThat(level(date, "cocaine-base", "4.9")).as(date).isEqualTo(24);
            assertThat(level(date, "cocaine-base", "50")).as(date).isEqualTo(32);
        }
        // 4.999 g: level 24 from Nov. 1, 1989; before, between "4-4.9 G" and "5-19 G".
        assertThat(level("1989-11-01", "cocaine-base", "4.999")).isEqualTo(24);
        assertThatThrownBy(() -> level("1989-10-31", "cocaine-base", "4.999")).isInstanceOf(UnsupportedQuestionException.class);
    }

    /**
     * Two derivations of the table of 2000-2006: era 594 from the texts of 1989-2000 (Amendments 125, 505, 555,
     * 594), era pre-706 from the texts of 2007-2014 (706, 748, 782). They agree row for row.
     */
    @Test
    void theTableOf2000To2006EqualsTheTableOfNov2006RowForRow() {
        DrugQuantityTable.Era e594 = table.eraIntroducedBy("594").orElseThrow();
        DrugQuantityTable.Era pre706 = table.eraOn(LocalDate.of(2006, 11, 1));
        assertThat(pre706.id()).isEqualTo("pre-706");
        assertThat(e594.window().until()).isEqualTo(LocalDate.of(2006, 10, 31));
        assertThat(e594.tables().keySet()).isEqualTo(pre706.tables().keySet());
        e594.tables().forEach((substance, rows) -> {
            List<DrugQuantityTable.Row> other = pre706.tables().get(substance);
            assertThat(rows).hasSameSizeAs(other);
            for (int i = 0; i < rows.size(); i++) {
                DrugQuantityTable.Row a = rows.get(i);
                DrugQuantityTable.Row b = other.get(i);
                assertThat(a.level()).isEqualTo(b.level());
                assertThat(a.from()).as("%s level %s", substance, a.level()).isEqualByComparingTo(b.from());
                if (b.to() == null) {
                    assertThat(a.to()).isNull();
                } else {
                    assertThat(a.to()).as("%s level %s", substance, a.level()).isEqualByComparingTo(b.to());
                }
                assertThat(a.provision()).isEqualTo(b.provision());
            }
        });
        e594.conversion().factors().forEach((substance, f) ->
                assertThat(pre706.conversion().factors().get(substance).perGram()).as(substance)
                        .isEqualByComparingTo(f.perGram()));
    }

    @Test
    void theTraceNamesTheTableOf1987AndItsRow() {
        BaseLevel r = lookup("1988-01-15", "cocaine-base", "10");
        assertThat(r.level()).isEqualTo(26);
        assertThat(r.row().describe()).isEqualTo("5-19 G");
        assertThat(r.era().id()).isEqualTo("initial");
        List<Step> steps = r.trace().steps();
        assertThat(steps.getFirst().inputs()).containsEntry("introduced by",
                "the Drug Quantity Table as originally promulgated (eff. Nov. 1, 1987)");
        assertThat(steps.get(1).citation()).contains("§ 2D1.1(a)(3)");
        assertThat(steps.get(1).inputs()).containsEntry("row", "5-19 G (§ 2D1.1(a)(3))").containsEntry("verified", "yes");
        assertThat(steps.get(1).inputs().get("source")).contains("amend. 125");
        // 10 g of "Ice": "at least 10 G but less than 40 G", level 26, paragraph (9) (Amendment 370).
        BaseLevel ice = lookup("1993-11-01", "ice", "10");
        assertThat(ice.level()).isEqualTo(26);
        assertThat(ice.row().provision()).isEqualTo("§ 2D1.1(c)(9)");
        assertThat(ice.trace().steps().getFirst().inputs()).containsEntry("introduced by", "Amendment 446");
    }

    private static int at(String date, String substance, BigDecimal grams) {
        return table.baseOffenseLevel(edition(date), List.of(new DrugAmount(substance, grams))).level();
    }
}
