package org.rangefinder.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.ReasonCode;
import org.rangefinder.motion.Relief;

/**
 * Motions decided end to end from case files whose offense level and criminal history come from the
 * worksheet findings. The expected ranges are worked out by hand from the Drug Quantity Table, the
 * other guidelines and the Sentencing Table (arithmetic in the comment of each test).
 */
class WorksheetMotionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    private static Determination decide(String yaml) {
        return Motions.decide(yaml, TODAY);
    }

    private static Determination.Ranges original(Determination d) {
        return d.original().orElseThrow(() -> new AssertionError("no original ranges: " + d));
    }

    private static Determination.Ranges amended(Determination d) {
        return d.amended().orElseThrow(() -> new AssertionError("no amended ranges: " + d.reasons()));
    }

    @Test
    void amendment782FromDrugQuantitiesAlone() {
        // Sentenced 2013-06-01: Nov. 1, 2012 Manual. Heroin 1,500 g, pre-782 § 2D1.1(c)(4) (1-3 kg) = 32;
        // § 3E1.1 -3 = 29. Prior 90-day sentence of 2010 (within 10 years of the 2012 offense): § 4A1.1(b) 2
        // points -> category II. 29/II = 97-121.
        // Amendment 782 table only: heroin 1-3 kg = 30 (§ 2D1.1(c)(5)); 30 - 3 = 27; 27/II = 78-97.
        // Lowered; sentence 110 within the range, no substantial assistance: floor = amended minimum 78.
        Determination d = decide("""
                caption: "United States v. Worksheet One"
                conviction:
                  disposition: plea
                  offense: drug-trafficking
                  offense_date: 2012-09-01
                sentencing:
                  date: 2013-06-01
                  statutory_maximum_months: 240
                  sentence_months: 110
                  worksheet:
                    drugs:
                      - {substance: heroin, grams: 1500}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                    prior_sentences:
                      - {sentence_days: 90, date: 2010-03-01}
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.has(ReasonCode.ELIGIBLE)).isTrue();
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(29));
        assertThat(original(d).category()).contains(CriminalHistoryCategory.II);
        assertThat(original(d).applicableRange()).contains(MonthRange.of(97, 121));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(27));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(78, 97));
        assertThat(d.lowestPermitted()).contains(Months.of(78));
    }

    @Test
    void amendment782ChangesNothingAboveTheTopBand() {
        // Heroin 100 kg: pre-782 "30 KG or more" = 38; post-782 "90 KG or more" = 38. 38 - 3 = 35 both times.
        // Criminal history: no priors, not under a sentence: 0 points -> I. 35/I = 168-210 before and after.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2012-09-01
                sentencing:
                  date: 2013-06-01
                  statutory_maximum_months: 480
                  sentence_months: 180
                  worksheet:
                    drugs:
                      - {substance: heroin, grams: 100000}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                    under_criminal_justice_sentence: false
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(35));
        assertThat(original(d).category()).contains(CriminalHistoryCategory.I);
        assertThat(original(d).applicableRange()).contains(MonthRange.of(168, 210));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(35));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(168, 210));
    }

    @Test
    void amendment750CrackCase() {
        // Sentenced 2010-06-01: Nov. 1, 2009 Manual (Amendment 715 table): cocaine base 60 g is "At least 50 G but
        // less than 150 G" = 30; -3 = 27; 27/I = 70-87.
        // Amendment 750 table: cocaine base "At least 28 G but less than 112 G" = 26; -3 = 23; 23/I = 46-57.
        // Motion 2012-03-01 (750 listed from Nov. 1, 2011); sentence 80: floor 46.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2009-10-01
                sentencing:
                  date: 2010-06-01
                  criminal_history_category: I
                  statutory_maximum_months: 240
                  sentence_months: 80
                  worksheet:
                    drugs:
                      - {substance: cocaine-base, grams: 60}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                motion:
                  kind: sentence-reduction
                  amendment: "750"
                  date: 2012-03-01
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(27));
        assertThat(original(d).applicableRange()).contains(MonthRange.of(70, 87));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(23));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(46, 57));
        assertThat(d.lowestPermitted()).contains(Months.of(46));
    }

    @Test
    void amendment706CrackCase() {
        // Sentenced 2007-06-01: Nov. 1, 2006 Manual (100-to-1 table): cocaine base 60 g is "At least 50 G but less
        // than 150 G" = 32; -3 = 29; 29/I = 87-108.
        // Amendment 706 table: cocaine base "At least 50 G but less than 150 G" = 30; -3 = 27; 27/I = 70-87.
        // Motion 2008-06-01 (706 listed from Mar. 3, 2008); sentence 100: floor 70.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2006-12-01
                sentencing:
                  date: 2007-06-01
                  criminal_history_category: I
                  statutory_maximum_months: 240
                  sentence_months: 100
                  worksheet:
                    drugs:
                      - {substance: cocaine-base, grams: 60}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(29));
        assertThat(original(d).applicableRange()).contains(MonthRange.of(87, 108));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(27));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(70, 87));
        assertThat(d.lowestPermitted()).contains(Months.of(70));
    }

    @Test
    void careerOffenderLevelStaysAboveTheAmendedDrugLevel() {
        // 2012 Manual: heroin 1,500 g = 32. Statutory maximum 40 years (480 months): § 4B1.1(b)(2) = 34.
        // max(32, 34) = 34; -3 = 31; category VI; 31/VI = 188-235.
        // Under 782 the drug level is 30; max(30, 34) = 34 still: the range is not lowered.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2012-09-01
                sentencing:
                  date: 2013-06-01
                  career_offender: true
                  statutory_maximum_months: 480
                  sentence_months: 200
                  worksheet:
                    drugs:
                      - {substance: heroin, grams: 1500}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.CAREER_OFFENDER)).isTrue();
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(31));
        assertThat(original(d).category()).contains(CriminalHistoryCategory.VI);
        assertThat(original(d).applicableRange()).contains(MonthRange.of(188, 235));
    }

    @Test
    void careerOffenderWhoseAmendedDrugLevelIsStillAboveTheCareerOffenderLevel() {
        // 2012 Manual: heroin 40 kg = 38 (30 KG or more). Maximum 480 months: § 4B1.1(b)(2) = 34.
        // max(38, 34) = 38; -3 = 35; VI; 35/VI = 292-365.
        // 782: heroin 30-90 kg = 36; max(36, 34) = 36; -3 = 33; 33/VI = 235-293. Lowered; sentence 300: floor 235.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2012-09-01
                sentencing:
                  date: 2013-06-01
                  career_offender: true
                  statutory_maximum_months: 480
                  sentence_months: 300
                  worksheet:
                    drugs:
                      - {substance: heroin, grams: 40000}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.has(ReasonCode.CAREER_OFFENDER)).isFalse();
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(35));
        assertThat(original(d).applicableRange()).contains(MonthRange.of(292, 365));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(33));
        assertThat(amended(d).category()).contains(CriminalHistoryCategory.VI);
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(235, 293));
        assertThat(d.lowestPermitted()).contains(Months.of(235));
    }

    @Test
    void statedLevelThatDisagreesWithTheWorksheet() {
        // The worksheet gives 32 - 3 = 29; the court found 31 (a finding the worksheet does not list). The stated
        // 31 governs: 31/I = 108-135. Under 782 the worksheet gives 30 - 3 = 27, a change of -2, so the amended
        // level is 31 - 2 = 29: 29/I = 87-108. Sentence 120: floor 87.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2012-09-01
                sentencing:
                  date: 2013-06-01
                  offense_level: 31
                  criminal_history_category: I
                  statutory_maximum_months: 240
                  sentence_months: 120
                  worksheet:
                    drugs:
                      - {substance: heroin, grams: 1500}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w)
                .contains("offense level 29").contains("stated level is 31").contains("base level 32").contains("§ 3E1.1 -3"));
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(31));
        assertThat(original(d).applicableRange()).contains(MonthRange.of(108, 135));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(29));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(87, 108));
        assertThat(d.lowestPermitted()).contains(Months.of(87));
    }

    @Test
    void worksheetWithoutSentencingDate() {
        // Without the sentencing date the Manual, so the Drug Quantity Table, is unknown: no level is computed and
        // the answer is undetermined, with a warning naming sentencing.date.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                sentencing:
                  criminal_history_category: I
                  sentence_months: 120
                  worksheet:
                    drugs:
                      - {substance: heroin, grams: 1500}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("sentencing.date"));
        assertThat(d.has(ReasonCode.INSUFFICIENT_FACTS)).isTrue();
        // The reason names the missing fact, and does not claim that levels are never computed from quantities.
        assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("sentencing.date"));
        assertThat(d.reasons()).noneSatisfy(r -> assertThat(r.text()).contains("does not yet compute"));
    }

    @Test
    void amendment821PartAFromPriorSentences() {
        // Sentenced 2019-06-01: Nov. 1, 2018 Manual; offense 2018-10-01 under a criminal justice sentence.
        // Priors: 14 months (2012) = 3 (§ 4A1.1(a)); 90 days (2015) = 2 ((b)); status (d) = 2. 3 + 2 + 2 = 7 -> IV.
        // Level 25 (stated): 25/IV = 84-105.
        // Part A: other points 5 < 7, so no status point: 5 -> III; 25/III = 70-87. Sentence 96: floor 70.
        Determination d = decide("""
                conviction:
                  offense: fraud
                  offense_date: 2018-10-01
                sentencing:
                  date: 2019-06-01
                  offense_level: 25
                  sentence_months: 96
                  worksheet:
                    prior_sentences:
                      - {sentence_months: 14, date: 2012-01-01}
                      - {sentence_days: 90, date: 2015-01-01}
                    under_criminal_justice_sentence: true
                motion:
                  kind: sentence-reduction
                  amendment: "821-A"
                  date: 2024-03-01
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        // The worksheet holds only criminal-history findings and the level is stated: nothing to warn about.
        assertThat(d.warnings()).isEmpty();
        assertThat(original(d).category()).contains(CriminalHistoryCategory.IV);
        assertThat(original(d).applicableRange()).contains(MonthRange.of(84, 105));
        assertThat(amended(d).category()).contains(CriminalHistoryCategory.III);
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(70, 87));
        assertThat(d.lowestPermitted()).contains(Months.of(70));
    }

    @Test
    void substanceTheTableDoesNotEncodeIsReportedNotACrash() {
        // Oxycodone has no column in the engine's Drug Quantity Table. The stated level 29 still gives the original
        // range (29/I = 87-108), but the amended level cannot be computed: undetermined, with a warning naming the
        // worksheet's drugs.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 2012-09-01
                sentencing:
                  date: 2013-06-01
                  offense_level: 29
                  criminal_history_category: I
                  sentence_months: 100
                  worksheet:
                    drugs:
                      - {substance: oxycodone, grams: 500}
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-01-15
                """);
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("sentencing.worksheet.drugs").contains("oxycodone"));
        assertThat(original(d).applicableRange()).contains(MonthRange.of(87, 108));
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
    }

    @Test
    void amendment782TakesTheLevelBelow16AndTheFurtherAcceptanceLevelFallsAway() {
        // United States v. Tolliver, 154 F. Supp. 3d 1289 (M.D. Fla. 2015), aff'd, 659 F. App'x 560 (11th Cir. 2016)
        // (cases/tolliver-2015, which states the levels; the crack quantity here is illustrative).
        // Sentenced 2011-06-01: Nov. 1, 2010 Manual (Amendment 748). Cocaine base 4 g = level 16; § 3E1.1 -3 as
        // found (16 before (a), so (b) applied) = 13; 13/V = 30-37; § 5K1.1 term 18.
        // Amendment 782: 4 g = 14. § 3E1.1(b) applies only where the level before (a) is 16 or more, so only the
        // 2 levels of (a) remain: 12, not 11; 12/V = 27-33. Comparable reduction: 27 x 18/30 = 16.2, 16.
        Determination d = decide("""
                sentencing:
                  date: 2011-06-01
                  criminal_history_category: V
                  worksheet:
                    drugs:
                      - {substance: cocaine-base, grams: 4}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                  departures: [substantial-assistance]
                  sentence_months: 18
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2015-12-24
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(13));
        assertThat(original(d).applicableRange()).contains(MonthRange.of(30, 37));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(12));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(27, 33));
        assertThat(d.lowestPermitted()).contains(Months.of(16));
    }

    @Test
    void aFurtherAcceptanceLevelFoundBelow16AtSentencingIsKeptOnTheMotion() {
        // Cocaine base 2 g under the Nov. 1, 2010 table = level 14; the court nonetheless took 3 levels off (the
        // worksheet keeps the finding, with a warning): 11; 11/V = 24-30. Amendment 782: 2 g = 12; the finding made at
        // sentencing is left unaffected (§ 1B1.10(b)(1)): 12 - 3 = 9; 9/V = 18-24.
        Determination d = decide("""
                sentencing:
                  date: 2011-06-01
                  criminal_history_category: V
                  worksheet:
                    drugs:
                      - {substance: cocaine-base, grams: 2}
                    adjustments:
                      - {section: "3E1.1", levels: -3}
                  departures: []
                  sentence_months: 24
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2015-12-24
                """);
        assertThat(original(d).offenseLevel()).contains(OffenseLevel.of(11));
        assertThat(amended(d).offenseLevel()).contains(OffenseLevel.of(9));
        assertThat(amended(d).applicableRange()).contains(MonthRange.of(18, 24));
    }
}
