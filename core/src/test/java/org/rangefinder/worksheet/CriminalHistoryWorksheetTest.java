package org.rangefinder.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Worksheet;
import org.rangefinder.model.Worksheet.PriorType;

/**
 * Criminal history points and category from the prior sentences on the worksheet (U.S.S.G. § 4A1.1,
 * § 4A1.2(e)). Each expected value is worked out by hand from the Guidelines text; the arithmetic is
 * in the comment above the assertion.
 */
class CriminalHistoryWorksheetTest {

    private static final Guidelines LAW = Guidelines.load();
    private static final CriminalHistoryWorksheet SHEET = new CriminalHistoryWorksheet(LAW);

    /** Builds the prior sentences. */
    private static final class Priors {
        final List<Worksheet.PriorSentence> list = new ArrayList<>();
        Boolean underSentence;

        Priors months(int m, String imposed) {
            return add(null, null, m, null, null, imposed, null);
        }

        Priors months(int m, String imposed, String released) {
            return add(null, null, m, null, null, imposed, released);
        }

        Priors days(int d, String imposed) {
            return add(null, null, null, d, null, imposed, null);
        }

        Priors days(int d, String imposed, String released) {
            return add(null, null, null, d, null, imposed, released);
        }

        Priors probation(String imposed) {
            return add(null, null, null, null, PriorType.PROBATION, imposed, null);
        }

        Priors points(int p, String item) {
            return add(p, item, null, null, null, null, null);
        }

        Priors underSentence() {
            underSentence = true;
            return this;
        }

        private Priors add(Integer points, String item, Integer months, Integer days, PriorType type, String date,
                String released) {
            list.add(new Worksheet.PriorSentence(Optional.ofNullable(points), Optional.ofNullable(item),
                    Optional.ofNullable(months), Optional.ofNullable(days), Optional.ofNullable(type),
                    Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(released).map(LocalDate::parse)));
            return this;
        }

        Worksheet worksheet() {
            return new Worksheet(Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), list,
                    Optional.ofNullable(underSentence));
        }
    }

    private static Priors priors() {
        return new Priors();
    }

    /** Scores under the Manual in force on the sentencing date, with that Manual's status-point rule. */
    private static CriminalHistoryWorksheet.Result score(String sentencingDate, String offenseDate, Priors p) {
        Edition e = LAW.manuals().inEffectOn(LocalDate.parse(sentencingDate));
        return SHEET.score(e, p.worksheet(), Optional.ofNullable(offenseDate).map(LocalDate::parse),
                LAW.statusPoints().ruleOn(e.effective()));
    }

    /** 2016 sentencing (Nov. 1, 2015 Manual), offense committed 2016-01-15. */
    private static CriminalHistoryWorksheet.Result score2016(Priors p) {
        return score("2016-06-01", "2016-01-15", p);
    }

    // ------------------------------------------------------------------ § 4A1.1(a)-(c)

    @Nested
    class PointItems {

        @Test
        void fourteenMonthsIsThreePoints() {
            // § 4A1.1(a): a sentence of imprisonment exceeding one year and one month: 14 > 13 months -> 3.
            var r = score2016(priors().months(14, "2012-03-01"));
            assertThat(r.points()).isEqualTo(3);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.II);
        }

        @Test
        void thirteenMonthsIsTwoPoints() {
            // 13 months does not exceed one year and one month; it is at least 60 days: § 4A1.1(b) -> 2.
            var r = score2016(priors().months(13, "2012-03-01"));
            assertThat(r.points()).isEqualTo(2);
        }

        @Test
        void sixtyDaysIsTwoPoints() {
            // § 4A1.1(b): at least sixty days -> 2.
            assertThat(score2016(priors().days(60, "2012-03-01")).points()).isEqualTo(2);
        }

        @Test
        void fiftyNineDaysIsOnePoint() {
            // 59 days is less than sixty: § 4A1.1(c) -> 1.
            var r = score2016(priors().days(59, "2012-03-01"));
            assertThat(r.points()).isEqualTo(1);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.I);
        }

        @Test
        void probationIsOnePoint() {
            // § 4A1.1(c): a prior sentence not counted in (a) or (b), e.g. probation -> 1.
            assertThat(score2016(priors().probation("2012-03-01")).points()).isEqualTo(1);
        }

        @Test
        void allFiveTogether() {
            // 3 + 2 + 2 + 1 + 1 = 9 points -> category IV (7-9).
            var r = score2016(priors().months(14, "2012-03-01").months(13, "2013-03-01").days(60, "2014-03-01")
                    .days(59, "2014-09-01").probation("2015-03-01"));
            assertThat(r.points()).isEqualTo(9);
            assertThat(r.statusPoints()).isZero();
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.IV);
        }

        @Test
        void oneMonthIsOnePoint() {
            // One month (about 30 days) is less than sixty days: § 4A1.1(c) -> 1.
            assertThat(score2016(priors().months(1, "2012-03-01")).points()).isEqualTo(1);
        }

        @Test
        void oneHundredDaysIsTwoPoints() {
            // 100 days: at least 60, not more than one year and one month: 2.
            assertThat(score2016(priors().days(100, "2012-03-01")).points()).isEqualTo(2);
        }

        @Test
        void oneHundredAndTwentyMonthsIsThreePoints() {
            // Ten years exceeds one year and one month: 3 (the length beyond that does not matter).
            assertThat(score2016(priors().months(120, "2012-03-01")).points()).isEqualTo(3);
        }
    }

    @Nested
    class CapOnOnePointSentences {

        @Test
        void sixProbationSentencesCountFour() {
            // § 4A1.1(c): "A total of up to 4 points may be counted under this subsection": 6 x 1 -> 4 -> III (4-6).
            var p = priors();
            for (int i = 0; i < 6; i++) {
                p.probation("201" + i + "-03-01");
            }
            var r = score2016(p);
            assertThat(r.points()).isEqualTo(4);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void theCapDoesNotTouchTheOtherItems() {
            // 14 months = 3; five 59-day sentences = 5 -> capped at 4; total 3 + 4 = 7 -> IV.
            var p = priors().months(14, "2010-03-01");
            for (int i = 0; i < 5; i++) {
                p.days(59, "201" + (i + 1) + "-03-01");
            }
            var r = score2016(p);
            assertThat(r.points()).isEqualTo(7);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.IV);
        }
    }

    // ------------------------------------------------------------------ § 4A1.2(e)

    @Nested
    class TimePeriods {

        // The instant offense commenced 2016-01-15: the 15-year period starts 2001-01-15, the 10-year 2006-01-15.

        @Test
        void longSentenceImposedWithinFifteenYearsCounts() {
            // 14 months imposed 2002-03-01 (13 years 10 months before): § 4A1.2(e)(1) -> 3.
            assertThat(score2016(priors().months(14, "2002-03-01")).points()).isEqualTo(3);
        }

        @Test
        void longSentenceImposedAndServedBeforeFifteenYearsIsNotCounted() {
            // 14 months imposed 1999-06-01 (16 years 7 months before), released 2000-08-01, before 2001-01-15: 0.
            var r = score2016(priors().months(14, "1999-06-01", "2000-08-01"));
            assertThat(r.points()).isZero();
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.I);
        }

        @Test
        void longSentenceImposedSixteenYearsBeforeButReleasedWithinFifteenCounts() {
            // 60 months imposed 1999-06-01 (16 years 7 months before), released 2003-06-01: the defendant was
            // incarcerated during part of the 15-year period (from 2001-01-15), § 4A1.2(e)(1) -> 3.
            assertThat(score2016(priors().months(60, "1999-06-01", "2003-06-01")).points()).isEqualTo(3);
        }

        @Test
        void longSentenceImposedLongAgoWithoutAReleaseDateIsNotCounted() {
            // Imposed 1999-06-01 and no release date found: nothing shows incarceration within the 15 years: 0.
            assertThat(score2016(priors().months(14, "1999-06-01")).points()).isZero();
        }

        @Test
        void otherSentenceWithinTenYearsCounts() {
            // 60 days imposed 2007-03-01 (8 years 10 months before): § 4A1.2(e)(2) -> 2.
            assertThat(score2016(priors().days(60, "2007-03-01")).points()).isEqualTo(2);
        }

        @Test
        void otherSentenceBeyondTenYearsIsNotCounted() {
            // 60 days imposed 2005-03-01 (10 years 10 months before): outside the 10-year period -> 0.
            assertThat(score2016(priors().days(60, "2005-03-01")).points()).isZero();
        }

        @Test
        void probationBeyondTenYearsIsNotCounted() {
            // Probation imposed 2005-03-01: 0.
            assertThat(score2016(priors().probation("2005-03-01")).points()).isZero();
        }

        @Test
        void thirteenMonthsServedWithinTenYearsStillCountsOnlyByImposition() {
            // 13 months is not "exceeding one year and one month", so (e)(2) applies: only the date imposed
            // counts (2005-03-01, more than 10 years before); release in 2006 does not bring it in: 0.
            assertThat(score2016(priors().months(13, "2005-03-01", "2006-03-01")).points()).isZero();
        }

        @Test
        void mixedPeriods() {
            // Counted: 14 months of 2002 (3), 60 days of 2007 (2). Not counted: 60 days of 2005, 14 months of
            // 1999 released 2000. Total 5 -> III.
            var r = score2016(priors().months(14, "2002-03-01").days(60, "2007-03-01").days(60, "2005-03-01")
                    .months(14, "1999-06-01", "2000-08-01"));
            assertThat(r.points()).isEqualTo(5);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }
    }

    // ------------------------------------------------------------------ status points

    @Nested
    class StatusPoints {

        @Test
        void twoPointsIn2015() {
            // Nov. 1, 2014 Manual § 4A1.1(d): 2 points for an offense committed under a criminal justice sentence.
            // Probation (1) + 2 = 3 -> II.
            var r = score("2015-06-01", "2015-01-10", priors().probation("2013-03-01").underSentence());
            assertThat(r.statusPoints()).isEqualTo(2);
            assertThat(r.otherPoints()).isEqualTo(1);
            assertThat(r.points()).isEqualTo(3);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.II);
        }

        @Test
        void twoPointsIn2015WithSixOtherPoints() {
            // 3 + 3 = 6, + 2 status = 8 -> IV.
            var r = score("2015-06-01", "2015-01-10", priors().months(14, "2008-03-01").months(24, "2011-03-01")
                    .underSentence());
            assertThat(r.statusPoints()).isEqualTo(2);
            assertThat(r.points()).isEqualTo(8);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.IV);
        }

        @Test
        void onePointIn2024WithSevenOtherPoints() {
            // Nov. 1, 2023 Manual § 4A1.1(e) (Amendment 821 Part A): 1 point only if (a)-(d) give 7 or more.
            // 3 + 3 + 1 = 7 -> +1 = 8 -> IV.
            var r = score("2024-06-01", "2024-01-10", priors().months(14, "2015-03-01").months(24, "2018-03-01")
                    .probation("2020-03-01").underSentence());
            assertThat(r.otherPoints()).isEqualTo(7);
            assertThat(r.statusPoints()).isEqualTo(1);
            assertThat(r.points()).isEqualTo(8);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.IV);
        }

        @Test
        void noStatusPointIn2024WithSixOtherPoints() {
            // 3 + 3 = 6 < 7: no status point; 6 -> III (in 2015 the same facts gave 8, IV).
            var r = score("2024-06-01", "2024-01-10", priors().months(14, "2015-03-01").months(24, "2018-03-01")
                    .underSentence());
            assertThat(r.statusPoints()).isZero();
            assertThat(r.points()).isEqualTo(6);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void notUnderASentenceNoStatusPoints() {
            // 3 + 3 = 6, no status: III.
            var r = score("2015-06-01", "2015-01-10", priors().months(14, "2008-03-01").months(24, "2011-03-01"));
            assertThat(r.statusPoints()).isZero();
            assertThat(r.points()).isEqualTo(6);
        }

        @Test
        void statusPointsAloneWithoutPriorsIn2015() {
            // Under a criminal justice sentence whose prior was not scored here (e.g. pending): 0 + 2 = 2 -> II.
            var r = score("2015-06-01", "2015-01-10", priors().underSentence());
            assertThat(r.points()).isEqualTo(2);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.II);
        }
    }

    // ------------------------------------------------------------------ recency points

    @Nested
    class RecencyPoints {

        // Nov. 1, 2009 Manual (sentenced 2010-06-01), offense 2009-12-01. § 4A1.1(e) as then in force: "Add 2
        // points if the defendant committed the instant offense less than two years after release from
        // imprisonment on a sentence counted under (a) or (b) ... If 2 points are added for item (d), add only
        // 1 point for this item."

        @Test
        void twoRecencyPoints() {
            // 14 months, released 2008-06-01 (18 months before the offense): 3 + 2 = 5 -> III.
            var r = score("2010-06-01", "2009-12-01", priors().months(14, "2007-01-01", "2008-06-01"));
            assertThat(r.points()).isEqualTo(5);
            assertThat(r.otherPoints()).isEqualTo(5);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void oneRecencyPointWhenStatusPointsAreCounted() {
            // 3 + 2 status + 1 recency = 6 -> III.
            var r = score("2010-06-01", "2009-12-01", priors().months(14, "2007-01-01", "2008-06-01").underSentence());
            assertThat(r.statusPoints()).isEqualTo(2);
            assertThat(r.points()).isEqualTo(6);
        }

        @Test
        void sixtyDaySentenceAlsoCounts() {
            // (b) sentence of 90 days released 2009-03-01 (9 months before): 2 + 2 = 4 -> III.
            var r = score("2010-06-01", "2009-12-01", priors().days(90, "2008-12-01", "2009-03-01"));
            assertThat(r.points()).isEqualTo(4);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void thirtyDaySentenceUnderItemCGivesNoRecencyPoints() {
            // A 30-day sentence is counted under (c), not (a) or (b): 1 point, no recency.
            var r = score("2010-06-01", "2009-12-01", priors().days(30, "2009-01-01", "2009-01-31"));
            assertThat(r.points()).isEqualTo(1);
        }

        @Test
        void exactlyTwoYearsAfterReleaseIsNotLessThanTwoYears() {
            // Released 2007-12-01; offense 2009-12-01 is two years after, not less: 3 only -> II.
            var r = score("2010-06-01", "2009-12-01", priors().months(14, "2006-09-01", "2007-12-01"));
            assertThat(r.points()).isEqualTo(3);
        }

        @Test
        void noRecencyPointsFromNovember2010() {
            // Amendment 742 (Nov. 1, 2010) deleted the item: same facts under the 2010 Manual, 3 only -> II.
            var r = score("2011-06-01", "2009-12-01", priors().months(14, "2007-01-01", "2008-06-01"));
            assertThat(r.points()).isEqualTo(3);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.II);
            // With status points: 3 + 2 = 5 -> III (no recency point at all).
            var s = score("2011-06-01", "2009-12-01", priors().months(14, "2007-01-01", "2008-06-01").underSentence());
            assertThat(s.points()).isEqualTo(5);
        }
    }

    // ------------------------------------------------------------------ points as found

    @Nested
    class PointsAsFound {

        @Test
        void pointsGivenPerPrior() {
            // 3 (a) + 2 (b) + 1 (c) = 6 -> III.
            var r = score2016(priors().points(3, "a").points(2, "b").points(1, "c"));
            assertThat(r.points()).isEqualTo(6);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void pointsGivenWithoutItemAreCappedUnderC() {
            // 3 + 2 + five 1-point sentences (item (c) inferred) -> 5 capped at 4: 3 + 2 + 4 = 9 -> IV.
            var p = priors().points(3, null).points(2, null);
            for (int i = 0; i < 5; i++) {
                p.points(1, null);
            }
            var r = score2016(p);
            assertThat(r.points()).isEqualTo(9);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.IV);
        }

        @Test
        void crimeOfViolenceItemIsCappedAtThree() {
            // Nov. 1, 2015 Manual § 4A1.1(e): 1 point per crime-of-violence sentence counted as a single sentence,
            // up to 3. 3 (a) + four 1-point (e) items -> 3: 3 + 3 = 6 -> III.
            var p = priors().points(3, "a");
            for (int i = 0; i < 4; i++) {
                p.points(1, "e");
            }
            var r = score2016(p);
            assertThat(r.points()).isEqualTo(6);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void pointsAsFoundAreNotTestedAgainstTheTimePeriods() {
            // Points the court found are taken as found (no date given): 3 -> II.
            assertThat(score2016(priors().points(3, "a")).points()).isEqualTo(3);
        }
    }

    // ------------------------------------------------------------------ category

    @Nested
    class Category {

        @Test
        void thirteenPointsIsCategoryVI() {
            // 3 + 3 + 3 + 3 + 1 = 13 -> VI (13 or more).
            var r = score2016(priors().months(14, "2003-03-01").months(18, "2006-03-01").months(24, "2009-03-01")
                    .months(30, "2012-03-01").probation("2014-03-01"));
            assertThat(r.points()).isEqualTo(13);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.VI);
        }

        @Test
        void twelvePointsIsCategoryV() {
            // 3 x 4 = 12 -> V (10-12).
            var r = score2016(priors().months(14, "2003-03-01").months(18, "2006-03-01").months(24, "2009-03-01")
                    .months(30, "2012-03-01"));
            assertThat(r.points()).isEqualTo(12);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.V);
        }

        @Test
        void noPriorsIsCategoryI() {
            var r = score2016(priors());
            assertThat(r.points()).isZero();
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.I);
        }
    }

    /** The letters of § 4A1.1 moved between editions; a stated item letter is read in the edition's own sense. */
    @Nested
    class ItemLettersByEdition {

        @Test
        void itemDIsStatusPointsFrom2010To2023() {
            // 2016 Manual: § 4A1.1(d) is the status item (2 points). 3 (a) + 2 (d) = 5 points, 2 of them status; III.
            var r = score2016(priors().points(3, "a").points(2, "d"));
            assertThat(r.points()).isEqualTo(5);
            assertThat(r.statusPoints()).isEqualTo(2);
            assertThat(r.category()).isEqualTo(CriminalHistoryCategory.III);
        }

        @Test
        void itemDIsTheCrimeOfViolenceItemFrom2023() {
            // 2024 Manual: § 4A1.1(d) is the crime-of-violence item; status is (e). 3 (a) + 1 (d) = 4, no status points.
            var r = score("2024-06-01", "2024-01-15", priors().points(3, "a").points(1, "d"));
            assertThat(r.points()).isEqualTo(4);
            assertThat(r.statusPoints()).isZero();
        }
    }
}
