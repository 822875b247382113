package org.rangefinder.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.chapter2.MitigatingRoleCap;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.Months;
import org.rangefinder.model.Worksheet;

/**
 * The offense level from worksheet findings. Every expected value below is worked out by hand from
 * the Guidelines text (the arithmetic is in the comment above each assertion), never by asking the
 * engine.
 */
class OffenseLevelWorksheetTest {

    private static final Guidelines LAW = Guidelines.load();
    private static final OffenseLevelWorksheet SHEET = new OffenseLevelWorksheet(LAW);

    /** The Manual in force on a sentencing date (§ 1B1.11(a)). */
    private static Edition manual(String sentencingDate) {
        return LAW.manuals().inEffectOn(LocalDate.parse(sentencingDate));
    }

    /** A small builder for the findings. */
    private static final class W {
        Integer base;
        final List<Worksheet.DrugQuantity> drugs = new ArrayList<>();
        final List<Worksheet.Adjustment> adjustments = new ArrayList<>();
        Boolean safetyValve;
        Boolean minimal;

        static W base(int level) {
            W w = new W();
            w.base = level;
            return w;
        }

        static W drug(String substance, String grams) {
            return new W().and(substance, grams);
        }

        static W none() {
            return new W();
        }

        W and(String substance, String grams) {
            drugs.add(new Worksheet.DrugQuantity(substance, new BigDecimal(grams)));
            return this;
        }

        W adj(String section, int levels) {
            adjustments.add(new Worksheet.Adjustment(section, levels));
            return this;
        }

        W minimalParticipant() {
            minimal = true;
            return this;
        }

        W safetyValve() {
            safetyValve = true;
            return this;
        }

        Worksheet build() {
            return new Worksheet(Optional.ofNullable(base), drugs, adjustments, Optional.ofNullable(safetyValve),
                    Optional.ofNullable(minimal), List.of(), Optional.empty());
        }
    }

    private static OffenseLevelWorksheet.Facts facts(String guideline) {
        return new OffenseLevelWorksheet.Facts(Optional.ofNullable(guideline), false, Optional.empty(), false);
    }

    private static OffenseLevelWorksheet.Result compute(String sentencingDate, W w, OffenseLevelWorksheet.Facts facts) {
        Edition e = manual(sentencingDate);
        return SHEET.compute(e, e, w.build(), facts);
    }

    private static OffenseLevelWorksheet.Result compute(String sentencingDate, W w) {
        return compute(sentencingDate, w, facts(null));
    }

    // ------------------------------------------------------------------ base level

    @Nested
    class BaseLevel {

        @Test
        void statedBaseLevelWithAnAdjustment() {
            // Stated base 20, § 2D1.1(b)(1) weapon +2: 20 + 2 = 22; no § 3E1.1, so total 22.
            var r = compute("2013-06-01", W.base(20).adj("2D1.1(b)(1)", 2), facts("2D1.1"));
            assertThat(r.base()).isEqualTo(20);
            assertThat(r.adjusted()).isEqualTo(22);
            assertThat(r.acceptance()).isZero();
            assertThat(r.total().value()).isEqualTo(22);
            assertThat(r.careerOffenderLevel()).isEmpty();
            assertThat(r.warnings()).isEmpty();
        }

        @Test
        void oneSubstanceAfterAmendment782() {
            // Nov. 1, 2015 Manual (post-782) § 2D1.1(c)(5): heroin "At least 1 KG but less than 3 KG" = level 30.
            var r = compute("2016-06-01", W.drug("heroin", "1500"));
            assertThat(r.base()).isEqualTo(30);
            assertThat(r.total().value()).isEqualTo(30);
        }

        @Test
        void oneSubstanceBeforeAmendment782() {
            // Nov. 1, 2012 Manual (pre-782) § 2D1.1(c)(4): heroin "At least 1 KG but less than 3 KG" = level 32.
            var r = compute("2013-06-01", W.drug("heroin", "1500"));
            assertThat(r.total().value()).isEqualTo(32);
        }

        @Test
        void twoSubstancesAreCombinedInMarihuanaEquivalency() {
            // Nov. 1, 2015 Manual, § 2D1.1 comment. (n.8(B), (D)): 1 g heroin = 1 kg marihuana, 1 g cocaine = 200 g.
            // Heroin 500 g = 500 kg; cocaine 2,000 g x 200 g = 400 kg; total 900 kg marihuana.
            // § 2D1.1(c)(6): marihuana at least 700 KG but less than 1,000 KG = level 28.
            // (Separately each would be level 26: heroin 400-700 g, cocaine 2-3.5 kg.)
            var r = compute("2016-06-01", W.drug("heroin", "500").and("cocaine", "2000"));
            assertThat(r.base()).isEqualTo(28);
            assertThat(r.total().value()).isEqualTo(28);
        }

        @Test
        void sameSubstanceListedTwiceIsAdded() {
            // Post-782: 60 g + 50 g heroin = 110 g; § 2D1.1(c)(8) at least 100 G but less than 400 G = level 24.
            var r = compute("2016-06-01", W.drug("heroin", "60").and("heroin", "50"));
            assertThat(r.base()).isEqualTo(24);
        }

        @Test
        void noBaseLevelAndNoDrugsIsAMissingFact() {
            assertThatThrownBy(() -> compute("2016-06-01", W.none().adj("3E1.1", -2)))
                    .isInstanceOf(OffenseLevelWorksheet.MissingFact.class)
                    .hasMessageStartingWith("sentencing.worksheet.base_offense_level");
        }
    }

    // ------------------------------------------------------------------ mitigating-role cap

    @Nested
    class MitigatingRole {

        @Test
        void era2003CapsTheTableLevelAt30() {
            // Amendment 640 (Nov. 1, 2002), § 2D1.1(a)(3): with a § 3B1.2 adjustment the base offense level
            // "shall be not more than level 30": table level 36 -> 30; 30 -> 30; 28 -> 28.
            MitigatingRoleCap.Era era = LAW.mitigatingRoleCap().on(LocalDate.parse("2003-06-01")).orElseThrow();
            assertThat(MitigatingRoleCap.apply(era, 36, false).level()).isEqualTo(30);
            assertThat(MitigatingRoleCap.apply(era, 36, true).level()).isEqualTo(30);
            assertThat(MitigatingRoleCap.apply(era, 30, false).level()).isEqualTo(30);
            assertThat(MitigatingRoleCap.apply(era, 28, false).level()).isEqualTo(28);
        }

        @Test
        void noCapBefore2002() {
            // Before Amendment 640 there was no cap (only a departure note).
            assertThat(LAW.mitigatingRoleCap().on(LocalDate.parse("2001-06-01"))).isEmpty();
        }

        @Test
        void era2003CapsTheDrugLevelAt30() {
            // Nov. 1, 2002 Manual (Drug Quantity Table of Amendment 594's era): heroin 12 kg is
            // "At least 10 KG but less than 30 KG" = 36. § 2D1.1(a)(3) as amended by Amendment 640: with a
            // § 3B1.2 adjustment the base level is not more than 30. § 3B1.2(b) -2: 28.
            var r = compute("2003-06-01", W.drug("heroin", "12000").adj("3B1.2(b)", -2));
            assertThat(r.base()).isEqualTo(30);
            assertThat(r.total().value()).isEqualTo(28);
        }

        @Test
        void era2008GraduatedDecreaseWithoutMinimalParticipantCap() {
            // Nov. 1, 2008 Manual (Amendment 715 table): heroin 12 kg is "At least 10 KG but less than 30 KG" = 36.
            // § 2D1.1(a)(3) as then in force: level 34 or 36 -> decrease by 3: 36 - 3 = 33.
            // § 3B1.2(b) minor participant -2: 33 - 2 = 31.
            var r = compute("2009-06-01", W.drug("heroin", "12000").adj("3B1.2(b)", -2));
            assertThat(r.base()).isEqualTo(33);
            assertThat(r.total().value()).isEqualTo(31);
        }

        @Test
        void era2008MinimalParticipantHasNoExtraCap() {
            // 2008: heroin 40 kg is "30 KG or more" = 38; level 38 -> decrease by 4: 34. There was no
            // minimal-participant cap before Amendment 748 (Nov. 1, 2010), so 34 stays; § 3B1.2(a) -4: 30.
            var r = compute("2009-06-01", W.drug("heroin", "40000").adj("3B1.2(a)", -4));
            assertThat(r.base()).isEqualTo(34);
            assertThat(r.total().value()).isEqualTo(30);
        }

        @Test
        void era2012Base34WithMinorRole() {
            // Nov. 1, 2012 Manual (pre-782): heroin 5 kg is "At least 3 KG but less than 10 KG" = 34.
            // § 2D1.1(a)(5) (Amendments 748/750): level 34 -> decrease by 3: 31, before the role adjustment.
            // § 3B1.2(b) -2: 31 - 2 = 29.
            var r = compute("2013-06-01", W.drug("heroin", "5000").adj("3B1.2(b)", -2));
            assertThat(r.base()).isEqualTo(31);
            assertThat(r.total().value()).isEqualTo(29);
        }

        @Test
        void era2012Base32WithMinorRole() {
            // 2012: heroin 1.5 kg = 32; § 2D1.1(a)(5): level 32 -> decrease by 2: 30; § 3B1.2(b) -2: 28.
            var r = compute("2013-06-01", W.drug("heroin", "1500").adj("3B1.2(b)", -2));
            assertThat(r.base()).isEqualTo(30);
            assertThat(r.total().value()).isEqualTo(28);
        }

        @Test
        void era2012Base38MinimalParticipantCappedAt32() {
            // 2012: heroin 40 kg = 38 (30 KG or more); 38 -> decrease by 4: 34; minimal participant with the 4-level
            // § 3B1.2(a) reduction and a result above 32 -> 32. Then § 3B1.2(a) -4: 32 - 4 = 28.
            var r = compute("2013-06-01", W.drug("heroin", "40000").adj("3B1.2(a)", -4));
            assertThat(r.base()).isEqualTo(32);
            assertThat(r.total().value()).isEqualTo(28);
        }

        @Test
        void noRoleAdjustmentNoCap() {
            // 2012: heroin 40 kg = 38; no § 3B1.2 adjustment, so no cap: 38.
            var r = compute("2013-06-01", W.drug("heroin", "40000"));
            assertThat(r.base()).isEqualTo(38);
        }

        @Test
        void era2026AboveLevel34IsSetTo32AndMinimalParticipantTo30() {
            // Nov. 1, 2025 Manual (Amendment 833): heroin 100 kg is "90 KG or more" = 38 (post-782 table).
            // § 2D1.1(a)(5)(iii): above level 34 -> decrease to 32; minimal participant above 30 -> 30.
            // § 3B1.2(a) -4: 30 - 4 = 26.
            var r = compute("2026-03-01", W.drug("heroin", "100000").adj("3B1.2(a)", -4));
            assertThat(r.base()).isEqualTo(30);
            assertThat(r.total().value()).isEqualTo(26);
        }

        @Test
        void era2026Level36MinorRole() {
            // 2025 Manual: heroin 40 kg is "At least 30 KG but less than 90 KG" = 36; above 34 -> 32;
            // minor participant (not minimal): no further cap; § 3B1.2(b) -2: 30.
            // (In the 2015 Manual the same 36 would only drop by 3, to 33, then 31.)
            var r = compute("2026-03-01", W.drug("heroin", "40000").adj("3B1.2(b)", -2));
            assertThat(r.base()).isEqualTo(32);
            assertThat(r.total().value()).isEqualTo(30);
            var earlier = compute("2016-06-01", W.drug("heroin", "40000").adj("3B1.2(b)", -2));
            assertThat(earlier.base()).isEqualTo(33);
            assertThat(earlier.total().value()).isEqualTo(31);
        }

        @Test
        void era2026Level34DecreasesBy3() {
            // 2025 Manual: heroin 15 kg is "At least 10 KG but less than 30 KG" = 34; (ii) decrease by 3: 31;
            // § 3B1.2(b) -2: 29.
            var r = compute("2026-03-01", W.drug("heroin", "15000").adj("3B1.2(b)", -2));
            assertThat(r.base()).isEqualTo(31);
            assertThat(r.total().value()).isEqualTo(29);
        }

        @Test
        void fourLevelRoleListedWithoutSubsectionIsMinimal() {
            // 2015 Manual: heroin 100 kg = 38 -> decrease by 4: 34; a 4-level § 3B1.2 reduction is the minimal
            // participant reduction of (a): above 32 -> 32. § 3B1.2 -4: 32 - 4 = 28.
            var r = compute("2016-06-01", W.drug("heroin", "100000").adj("3B1.2", -4));
            assertThat(r.base()).isEqualTo(32);
            assertThat(r.total().value()).isEqualTo(28);
        }
    }

    @Test
    void minimalParticipantFlag() {
        // 2015 Manual: heroin 100 kg = 38 -> decrease by 4: 34; minimal_participant: true with § 3B1.2(a) -4:
        // above 32 -> 32; 32 - 4 = 28.
        var r = compute("2016-06-01", W.drug("heroin", "100000").minimalParticipant().adj("3B1.2(a)", -4));
        assertThat(r.base()).isEqualTo(32);
        assertThat(r.total().value()).isEqualTo(28);
    }

    // ------------------------------------------------------------------ safety valve

    @Nested
    class SafetyValve {

        @Test
        void in1996OnlyFromLevel26() {
            // Nov. 1, 1995 Manual: the 2-level decrease applied only if "the offense level determined above is
            // level 26 or greater" (struck by Amendment 624 in 2001).
            // Level 24: no decrease, stays 24. Level 26: 26 - 2 = 24.
            var at24 = compute("1996-06-01", W.base(24).safetyValve(), facts("2D1.1"));
            assertThat(at24.total().value()).isEqualTo(24);
            var at26 = compute("1996-06-01", W.base(26).safetyValve(), facts("2D1.1"));
            assertThat(at26.total().value()).isEqualTo(24);
        }

        @Test
        void in2012AtAnyLevel() {
            // Nov. 1, 2012 Manual § 2D1.1(b)(16): no threshold. Level 24 - 2 = 22; level 14 - 2 = 12.
            assertThat(compute("2013-06-01", W.base(24).safetyValve(), facts("2D1.1")).total().value()).isEqualTo(22);
            assertThat(compute("2013-06-01", W.base(14).safetyValve(), facts("2D1.1")).total().value()).isEqualTo(12);
        }

        @Test
        void fromDrugQuantitiesThenAcceptance() {
            // 2015 Manual: cocaine 2.5 kg is "At least 2 KG but less than 3.5 KG" = 26; safety valve (b)(17) -2: 24;
            // § 3E1.1 -3 (24 >= 16): 21.
            var r = compute("2016-06-01", W.drug("cocaine", "2500").safetyValve().adj("3E1.1", -3));
            assertThat(r.adjusted()).isEqualTo(24);
            assertThat(r.total().value()).isEqualTo(21);
        }

        @Test
        void noDecreaseBeforeItExisted() {
            // Nov. 1, 1994 Manual: no § 2D1.1 safety-valve decrease yet (created 1995): 26 stays 26.
            assertThat(compute("1995-03-01", W.base(26).safetyValve(), facts("2D1.1")).total().value()).isEqualTo(26);
        }

        @Test
        void notForAnotherGuideline() {
            // The decrease is part of § 2D1.1; under § 2B1.1 the flag changes nothing: 20.
            assertThat(compute("2013-06-01", W.base(20).safetyValve(), facts("2B1.1")).total().value()).isEqualTo(20);
        }
    }

    // ------------------------------------------------------------------ acceptance

    @Nested
    class AcceptanceOfResponsibility {

        @Test
        void twoAndThreeLevels() {
            // Base 20: § 3E1.1(a) -2 -> 18; (a) and (b) -3 -> 17 (level before (a) is 20 >= 16).
            var two = compute("2013-06-01", W.base(20).adj("3E1.1(a)", -2), facts("2B1.1"));
            assertThat(two.adjusted()).isEqualTo(20);
            assertThat(two.acceptance()).isEqualTo(-2);
            assertThat(two.total().value()).isEqualTo(18);
            assertThat(two.warnings()).isEmpty();
            var three = compute("2013-06-01", W.base(20).adj("3E1.1(a)", -2).adj("3E1.1(b)", -1), facts("2B1.1"));
            assertThat(three.acceptance()).isEqualTo(-3);
            assertThat(three.total().value()).isEqualTo(17);
            assertThat(three.warnings()).isEmpty();
        }

        @Test
        void threeLevelsBelowLevel16IsWarnedButKept() {
            // Base 14 with -3: § 3E1.1(b) needs level 16 or more before (a); 14 < 16. The finding is kept:
            // 14 - 3 = 11, with a warning.
            var r = compute("2013-06-01", W.base(14).adj("3E1.1", -3), facts("2B1.1"));
            assertThat(r.total().value()).isEqualTo(11);
            assertThat(r.warnings()).singleElement().asString().contains("§ 3E1.1(b)").contains("16").contains("14");
        }

        @Test
        void threeLevelsAtExactly16IsAllowed() {
            // Base 16: 16 >= 16, so -3 is allowed: 13, no warning.
            var r = compute("2013-06-01", W.base(16).adj("3E1.1", -3), facts("2B1.1"));
            assertThat(r.total().value()).isEqualTo(13);
            assertThat(r.warnings()).isEmpty();
        }

        @Test
        void before1992OnlyTwoLevels() {
            // Nov. 1, 1991 Manual: § 3E1.1 had only (a), 2 levels; a -3 finding is warned: 20 - 3 = 17 kept.
            var r = compute("1992-06-01", W.base(20).adj("3E1.1", -3), facts("2B1.1"));
            assertThat(r.total().value()).isEqualTo(17);
            assertThat(r.warnings()).singleElement().asString().contains("at most 2 levels");
        }
    }

    // ------------------------------------------------------------------ career offender

    @Nested
    class CareerOffender {

        private OffenseLevelWorksheet.Facts careerOffender(Months max) {
            return new OffenseLevelWorksheet.Facts(Optional.of("2D1.1"), true, Optional.ofNullable(max), false);
        }

        @Test
        void tableLevelAboveTheAdjustedLevelThenAcceptance() {
            // Adjusted level 20; statutory maximum 20 years (240 months): § 4B1.1(b)(3) "20 years or more, but less
            // than 25 years" = 32. max(20, 32) = 32; then § 3E1.1 -3: 29.
            var r = compute("2016-06-01", W.base(20).adj("3E1.1", -3), careerOffender(Months.of(240)));
            assertThat(r.adjusted()).isEqualTo(20);
            assertThat(r.careerOffenderLevel()).contains(32);
            assertThat(r.total().value()).isEqualTo(29);
        }

        @Test
        void adjustedLevelAboveTheTableLevel() {
            // 2015 Manual: heroin 12 kg is "At least 10 KG but less than 30 KG" = 34. Statutory maximum 240 months: 32.
            // max(34, 32) = 34; § 3E1.1 -3: 31.
            var r = compute("2016-06-01", W.drug("heroin", "12000").adj("3E1.1", -3), careerOffender(Months.of(240)));
            assertThat(r.careerOffenderLevel()).contains(32);
            assertThat(r.total().value()).isEqualTo(31);
        }

        @Test
        void lifeMaximumGives37() {
            // § 4B1.1(b)(1): statutory maximum life = 37; max(30, 37) = 37; -2: 35.
            var r = compute("2016-06-01", W.base(30).adj("3E1.1", -2), careerOffender(Months.LIFE));
            assertThat(r.careerOffenderLevel()).contains(37);
            assertThat(r.total().value()).isEqualTo(35);
        }

        @Test
        void fortyYearMaximumGives34() {
            // § 4B1.1(b)(2): 25 years or more (480 months) = 34; max(24, 34) = 34; no acceptance: 34.
            var r = compute("2016-06-01", W.base(24), careerOffender(Months.of(480)));
            assertThat(r.total().value()).isEqualTo(34);
        }

        @Test
        void missingStatutoryMaximumIsAMissingFact() {
            assertThatThrownBy(() -> compute("2016-06-01", W.base(20).adj("3E1.1", -3), careerOffender(null)))
                    .isInstanceOf(OffenseLevelWorksheet.MissingFact.class)
                    .hasMessageStartingWith("sentencing.statutory_maximum_months");
        }

        @Test
        void maximumOfOneYearGivesNoCareerOffenderLevel() {
            // § 4B1.1(b)(7) begins at "more than 1 year"; 12 months has no row.
            assertThatThrownBy(() -> compute("2016-06-01", W.base(20), careerOffender(Months.of(12))))
                    .isInstanceOf(OffenseLevelWorksheet.MissingFact.class)
                    .hasMessageStartingWith("sentencing.statutory_maximum_months");
        }
    }

    // ------------------------------------------------------------------ § 2L1.2

    @Nested
    class IllegalReentry {

        @Test
        void base8Plus10In2017() {
            // Nov. 1, 2016 Manual (Amendment 802): § 2L1.2(a) base 8; (b)(2)(A) +10 (felony, sentence 5 years or
            // more, before the first removal order): 18; § 3E1.1 -3 (18 >= 16): 15.
            var r = compute("2017-06-01", W.none().adj("2L1.2(b)(2)(A)", 10).adj("3E1.1", -3), facts("2L1.2"));
            assertThat(r.base()).isEqualTo(8);
            assertThat(r.adjusted()).isEqualTo(18);
            assertThat(r.total().value()).isEqualTo(15);
            assertThat(r.warnings()).isEmpty();
        }

        @Test
        void base8Plus16In2010() {
            // Nov. 1, 2009 Manual (Amendment 632): base 8; (b)(1)(A) +16 (e.g. crime of violence): 24; -3: 21.
            var r = compute("2010-06-01", W.none().adj("2L1.2(b)(1)(A)", 16).adj("3E1.1", -3), facts("2L1.2"));
            assertThat(r.base()).isEqualTo(8);
            assertThat(r.adjusted()).isEqualTo(24);
            assertThat(r.total().value()).isEqualTo(21);
            assertThat(r.warnings()).isEmpty();
        }

        @Test
        void sixteenLevelsIn2017IsWarned() {
            // The 2016 Manual gives (b)(1)(A) only +4; a +16 finding is kept (8 + 16 = 24) with a warning.
            var r = compute("2017-06-01", W.none().adj("2L1.2(b)(1)(A)", 16), facts("2L1.2"));
            assertThat(r.total().value()).isEqualTo(24);
            assertThat(r.warnings()).singleElement().asString()
                    .contains("§ 2L1.2(b)(1)(A)").contains("16-level").contains("Nov. 1, 2016").contains("802");
        }

        @Test
        void tenLevelsIn2010IsWarned() {
            // The 2009 Manual has no § 2L1.2(b)(2)(A); +10 is kept (18) and warned.
            var r = compute("2010-06-01", W.none().adj("2L1.2(b)(2)(A)", 10), facts("2L1.2"));
            assertThat(r.total().value()).isEqualTo(18);
            assertThat(r.warnings()).singleElement().asString().contains("10-level").contains("632");
        }

        @Test
        void sixteenLevelsIn2001IsNotWarned() {
            // Sentenced 2001-06-01: Nov. 1, 2000 Manual. The § 2L1.2 text in force on Oct. 31, 2001 (struck by
            // Amendment 632) gave (b)(1)(A) +16 for an aggravated felony: 8 + 16 = 24. The data does not know when
            // that text replaced Amendment 375's (1991), so no era may be chosen by date and no warning is due.
            var r = compute("2001-06-01", W.none().adj("2L1.2(b)(1)(A)", 16), facts("2L1.2"));
            assertThat(r.total().value()).isEqualTo(24);
            assertThat(r.warnings()).isEmpty();
        }

        @Test
        void twelveLevelsWithoutPointsIn2012() {
            // Nov. 1, 2012 Manual (Amendment 754): (b)(1)(A) is 16, or 12 if the prior received no criminal history
            // points; +12 is a level the era gives: 8 + 12 = 20, no warning.
            var r = compute("2013-06-01", W.none().adj("2L1.2(b)(1)(A)", 12), facts("2L1.2"));
            assertThat(r.total().value()).isEqualTo(20);
            assertThat(r.warnings()).isEmpty();
        }
    }

    // ------------------------------------------------------------------ § 4C1.1

    @Nested
    class ZeroPointOffender {

        private OffenseLevelWorksheet.Facts zeroPoint() {
            return new OffenseLevelWorksheet.Facts(Optional.of("2B1.1"), false, Optional.empty(), true);
        }

        @Test
        void decreaseFromNovember2023() {
            // Nov. 1, 2023 Manual: base 20, § 3E1.1 -3: 17; § 4C1.1 -2: 15.
            var r = compute("2024-01-15", W.base(20).adj("3E1.1", -3), zeroPoint());
            assertThat(r.total().value()).isEqualTo(15);
        }

        @Test
        void noDecreaseBeforeNovember2023() {
            // Nov. 1, 2021 Manual (in force until Oct. 31, 2023): no § 4C1.1: 20 - 3 = 17.
            var r = compute("2023-10-31", W.base(20).adj("3E1.1", -3), zeroPoint());
            assertThat(r.total().value()).isEqualTo(17);
        }
    }

    // ------------------------------------------------------------------ clamping

    @Nested
    class Clamping {

        @Test
        void above43Is43() {
            // 2015 Manual: heroin 100 kg = 38; +2 weapon, +4 aggravating role, +2 obstruction: 46 -> 43.
            var r = compute("2016-06-01", W.drug("heroin", "100000").adj("2D1.1(b)(1)", 2).adj("3B1.1(a)", 4)
                    .adj("3C1.1", 2));
            assertThat(r.adjusted()).isEqualTo(46);
            assertThat(r.total().value()).isEqualTo(43);
        }

        @Test
        void belowOneIsOne() {
            // Stated base 4, § 3B1.2(a) -4: 0; § 3E1.1 -2: -2 -> 1.
            var r = compute("2016-06-01", W.base(4).adj("3B1.2(a)", -4).adj("3E1.1", -2), facts("2B1.1"));
            assertThat(r.total().value()).isEqualTo(1);
        }
    }
}
