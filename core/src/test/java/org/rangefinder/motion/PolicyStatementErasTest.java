package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.testing.Motions;
import org.rangefinder.model.Months;

/**
 * U.S.S.G. § 1B1.10 by era (policy-statement.yaml): the limit of the range's lowered maximum (Amendments 306 and 423,
 * Nov. 1, 1989 - Oct. 31, 1994), the six-month requirement (Amendment 306, to Oct. 31, 1991), the amended-range limit,
 * comparable reduction for a downward departure and time-served floor of Amendment 548 (Nov. 1, 1997 - Mar. 2, 2008), and
 * the "applicable guideline range" before Amendment 759 (Nov. 1, 2011), on which the circuits differed for a departure
 * from the career-offender range.
 */
class PolicyStatementErasTest {

    private static final Guidelines LAW = Guidelines.load();

    private static Determination decide(String yaml, String motionDate) {
        return Motions.decide(yaml, LocalDate.parse(motionDate));
    }

    /** 30/I, 97-121, to 26/I, 63-78 under Amendment 484 (Nov. 1, 1993): the maximum lowered by 43 months. */
    private static Determination amendment484(String sentence, String motionDate) {
        return decide("""
                sentencing: {date: 1993-03-01, offense_level: 30, criminal_history_category: I, sentence_months: %s}
                amended: {offense_level: 26}
                motion: {kind: sentence-reduction, amendment: "484", date: %s}
                """.formatted(sentence, motionDate), motionDate);
    }

    @Test
    void before1994AReductionMayNotExceedTheMonthsTheMaximumWasLowered() {
        Determination d = amendment484("110", "1994-03-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(110 - 43));
        assertThat(d.reasons().getFirst().citations()).anyMatch(c -> c.startsWith("U.S.S.G. § 1B1.10(c) "));
    }

    @Test
    void fromNov1994ToOct1997NoLimitIsStated() {
        Determination d = amendment484("110", "1995-03-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).isEmpty();
    }

    @Test
    void theSixMonthRequirementIsTheTextOfNov1989ToOct1991Only() {
        var ps = LAW.policyStatement();
        assertThat(ps.on(LocalDate.parse("1990-06-01")).maximumLowered()).hasValueSatisfying(m -> {
            assertThat(m.minimumMonths()).contains(6);
            assertThat(m.minimumProvision()).isEqualTo("(c)(1)");
            assertThat(m.capProvision()).isEqualTo("(c)(2)");
        });
        assertThat(ps.on(LocalDate.parse("1991-11-01")).maximumLowered()).hasValueSatisfying(m -> {
            assertThat(m.minimumMonths()).isEmpty();
            assertThat(m.capProvision()).isEqualTo("(c)");
        });
        assertThat(ps.on(LocalDate.parse("1994-11-01")).maximumLowered()).isEmpty();
    }

    /** Amendment 341 (listed Nov. 1, 1990), a 1990 sentence in the table of Nov. 1, 1989, motion of Mar. 1, 1991. */
    private static Determination amendment341(int level, int amended, int sentence) {
        return decide("""
                sentencing: {date: 1990-01-15, offense_level: %d, offense_guideline: 2P1.1, criminal_history_category: I, departures: [], sentence_months: %d}
                motion: {kind: sentence-reduction, amendment: "341", date: 1991-03-01}
                amended: {offense_level: %d}
                """.formatted(level, sentence, amended), "1991-03-01");
    }

    @Test
    void from1989To1991AMaximumLoweredByLessThanSixMonthsAllowsNoReduction() {
        Determination d = amendment341(13, 11, 15); // 12-18 to 8-14: the maximum falls by 4 months
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.RANGE_NOT_LOWERED)).isTrue();
        assertThat(d.reasons().getFirst().citations()).anyMatch(c -> c.startsWith("U.S.S.G. § 1B1.10(c)(1) "));
    }

    @Test
    void from1989To1991AReductionIsCappedAtTheMonthsTheMaximumFell() {
        Determination d = amendment341(20, 18, 36); // 33-41 to 27-33: 8 months, so no lower than 36 - 8
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(28));
    }

    /** 24/II, 57-71, to 22/II, 46-57 under Amendment 599 (Nov. 1, 2000); motion of 2003 (Amendment 548's text). */
    private static Determination amendment599(String more, String motionDate) {
        return decide("""
                sentencing: {date: 2000-06-01, offense_level: 24, criminal_history_category: II%s}
                amended: {offense_level: 22}
                motion: {kind: sentence-reduction, amendment: "599", date: %s}
                """.formatted(more, motionDate), motionDate);
    }

    @Test
    void from1997TheAmendedRangeLimitsTheReduction() {
        Determination d = amendment599(", departures: [], sentence_months: 60", "2003-06-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(46));
        assertThat(d.reasons().getFirst().citations()).anyMatch(c -> c.startsWith("U.S.S.G. § 1B1.10(b) "));
    }

    @Test
    void from1997ADownwardDepartureAllowsAComparableReduction() {
        Determination d = amendment599(", departures: [other-departure], sentence_months: 45", "2003-06-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(36)); // 46 x 45 / 57 = 36.3
        assertThat(d.has(ReasonCode.COMPARABLE_REDUCTION)).isTrue();
        assertThat(d.reasons().stream().filter(r -> r.code() == ReasonCode.COMPARABLE_REDUCTION).findFirst().orElseThrow()
                .citations()).anyMatch(c -> c.startsWith("U.S.S.G. § 1B1.10 comment. (n.3)"));
    }

    @Test
    void from1997NoTermBelowTheTimeServed() {
        Determination d = amendment599(", departures: [], sentence_months: 60, time_served_months: 50", "2003-06-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(50));
    }

    @Test
    void from1997ATermBelowTheRangeForAReasonNotStatedHasNoStatedFloor() {
        Determination d = amendment599(", sentence_months: 40", "2003-06-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).isEmpty();
    }

    private static final String CAREER_OFFENDER_DEPARTED = """
            sentencing: {date: 2005-06-01, offense_level: 34, criminal_history_category: VI, career_offender: true,
              departures: [other-departure], sentence_months: 150}
            motion: {kind: sentence-reduction, amendment: "%s", date: %s}
            """;

    @Test
    void beforeNov2011ADepartureFromTheCareerOffenderRangeDependsOnTheCircuit() {
        Determination d = decide(CAREER_OFFENDER_DEPARTED.formatted("706", "2009-06-01"), "2009-06-01");
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.reasons().getFirst().text()).contains("courts of appeals decided it differently");
    }

    @Test
    void fromNov2011TheCareerOffenderRangeIsTheRangeBeforeDepartures() {
        Determination d = decide(CAREER_OFFENDER_DEPARTED.formatted("750", "2012-06-01"), "2012-06-01");
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.CAREER_OFFENDER)).isTrue();
    }
}
