package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.testing.Motions;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/**
 * A second § 3582(c)(2) motion after an earlier reduction ({@code prior_reduction}): the new amendment must lower the
 * range the term being served rests on (U.S.S.G. § 1B1.10(a)(2)(B)). Level 32, category III: 151-188 months at
 * sentencing; Amendment 782 takes two levels off, 30/III = 121-151 (Sentencing Table, Nov. 1, 2014).
 */
class PriorReductionTest {

    private static final Guidelines LAW = Guidelines.load();

    private static Determination decide(String prior, int sentence) {
        String yaml = """
                sentencing:
                  date: 2012-06-01
                  offense_level: 32
                  offense_guideline: 2D1.1
                  criminal_history_category: III
                  departures: []
                  sentence_months: %d
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2016-03-01
                amended:
                  offense_level: 30
                """.formatted(sentence) + prior;
        return Motions.decide(yaml, LocalDate.of(2016, 3, 1));
    }

    @Test
    void withoutAnEarlierReductionTheRangeAtSentencingIsCompared() {
        Determination d = decide("", 151);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(121));
    }

    @Test
    void anEarlierRangeTheAmendmentDoesNotLowerDeniesTheMotion() {
        // an earlier order (say under a covered amendment to another guideline) already applied 121-151
        Determination d = decide("prior_reduction: {amendment: \"750\", guideline_range: \"121-151\"}\n", 130);
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
        assertThat(d.reasons().getFirst().text()).contains("121-151").contains("Amendment 750");
        assertThat(d.amended().orElseThrow().applicableRange()).contains(MonthRange.parse("121-151"));
    }

    @Test
    void aSecondMotionOnTheSameAmendmentFindsTheRangeAlreadyApplied() {
        Determination d = decide("prior_reduction: {amendment: \"782\", date: 2015-02-01}\n", 121);
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
    }

    @Test
    void anEarlierRangeNotStatedLeavesTheAnswerOpenAndNamesTheKey() {
        Determination d = decide("prior_reduction: {amendment: \"750\"}\n", 151);
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.has(ReasonCode.INSUFFICIENT_FACTS)).isTrue();
        assertThat(d.reasons().getFirst().text()).contains("prior_reduction.guideline_range");
    }

    @Test
    void anEarlierRangeTheAmendmentLowersIsTheStartingPoint() {
        // 135-168 applied earlier; 782 gives 121-151: lowered, the floor is the amended minimum
        Determination d = decide("prior_reduction: {amendment: \"750\", guideline_range: \"135-168\"}\n", 140);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(121));
    }

    @Test
    void anAmendmentThatLowersNothingIsDeniedWhateverTheEarlierOrder() {
        // the amended level is the original one: nothing is lowered, so the earlier order's range is not needed
        String yaml = """
                sentencing: {date: 2012-06-01, offense_level: 32, criminal_history_category: III, departures: [], sentence_months: 151}
                motion: {kind: sentence-reduction, amendment: "782", date: 2016-03-01}
                amended: {offense_level: 32}
                prior_reduction: {amendment: "750"}
                """;
        var d = new MotionAnalyzer(LAW).analyze(((CaseFileReader.Valid) CaseFileReader.read(yaml)).theCase(), LocalDate.of(2016, 3, 1));
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
    }

    private static Determination partA(String prior) {
        String yaml = """
                sentencing: {date: 2012-06-01, offense_level: 32, criminal_history_category: III, criminal_history_points: 5, status_points: 2, departures: [], sentence_months: 121}
                motion: {kind: sentence-reduction, amendment: "821-A", date: 2024-03-01}
                """ + prior;
        return new MotionAnalyzer(LAW).analyze(((CaseFileReader.Valid) CaseFileReader.read(yaml)).theCase(), LocalDate.of(2024, 3, 1));
    }

    @Test
    void amendment821AfterAn782ReductionStartsFromTheReducedLevel() {
        // 782 took 32/III (151-188) to 30/III (121-151); Part A: 3 other points, no status point now, category II;
        // 30/II is 108-135, lower than 121-151 (at the original level, 32/II 135-168 would not be)
        Determination d = partA("prior_reduction: {amendment: \"782\", guideline_range: \"121-151\"}\n");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(108));
        assertThat(d.amended().orElseThrow().applicableRange()).contains(MonthRange.parse("108-135"));
    }

    @Test
    void anEarlierRangeNoSingleLevelGivesLeavesTheLevelOpen() {
        Determination d = partA("prior_reduction: {amendment: \"782\", guideline_range: \"120-150\"}\n");
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.reasons().getFirst().text()).contains("amended.offense_level");
    }

    @Test
    void amendment821WarnsOfAnotherListedAmendmentNotShownApplied() {
        String yaml = """
                sentencing: {date: 2012-06-01, offense_level: 32, offense_guideline: 2D1.1, criminal_history_category: III, criminal_history_points: 5, status_points: 2, departures: [], sentence_months: 151}
                motion: {kind: sentence-reduction, amendment: "821-A", date: 2024-03-01}
                """;
        var analyzer = new MotionAnalyzer(LAW);
        var d = analyzer.analyze(((CaseFileReader.Valid) CaseFileReader.read(yaml)).theCase(), LocalDate.of(2024, 3, 1));
        assertThat(d.warnings()).anyMatch(w -> w.startsWith("Amendment 782 (listed in § 1B1.10"));
        var applied = analyzer.analyze(((CaseFileReader.Valid) CaseFileReader.read(yaml
                + "prior_reduction: {amendment: \"782\", guideline_range: \"121-151\"}\n")).theCase(), LocalDate.of(2024, 3, 1));
        assertThat(applied.warnings()).noneMatch(w -> w.contains("Amendment 782"));
    }

    @Test
    void underTheCapOf1991To1994TheMaximumIsLoweredFromTheEarlierRange() {
        // 26/I 63-78 (1990); an earlier order applied 24/I 51-63 and reduced the term to 60; Amendment 488 (1993), stated
        // level 22: 41-51. The cap is the 12 months the maximum fell from 63, not the 27 from 78: no lower than 48
        String yaml = """
                sentencing: {date: 1990-06-01, offense_level: 26, criminal_history_category: I, departures: [], sentence_months: 60}
                motion: {kind: sentence-reduction, amendment: "488", date: 1994-06-01}
                amended: {offense_level: 22}
                prior_reduction: {amendment: "329", date: 1992-03-01, guideline_range: "51-63"}
                """;
        Determination d = Motions.decide(yaml, LocalDate.of(1994, 6, 1));
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(48));
    }

    @Test
    void anOffenseLevelAmendmentAfterAnAmendment821OrderNeedsTheCategoryThatOrderApplied() {
        // 30/IV 135-168 (2013); an Amendment 821 order applied 30/III 121-151; Amendment 782, stated level 28: in the
        // original category 28/IV is 110-137, but the earlier order's category III gives 28/III 97-121
        String yaml = """
                sentencing: {date: 2013-06-01, offense_level: 30, offense_guideline: 2D1.1, criminal_history_category: IV, departures: [], sentence_months: 125}
                motion: {kind: sentence-reduction, amendment: "782", date: 2025-01-01}
                amended: {offense_level: 28%s}
                prior_reduction: {amendment: "821", date: 2024-03-01, guideline_range: "121-151"}
                """;
        Determination d = Motions.decide(yaml.formatted(""), LocalDate.of(2025, 1, 1));
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.reasons().getFirst().text()).contains("amended.criminal_history_category");
        Determination stated = Motions.decide(yaml.formatted(", criminal_history_category: III"), LocalDate.of(2025, 1, 1));
        assertThat(stated.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(stated.lowestPermitted()).contains(Months.of(97));
    }
}
