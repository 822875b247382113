package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;
import org.rangefinder.model.Months;

/**
 * A term under a Rule 11(c)(1)(C) agreement: from Freeman v. United States (June 23, 2011) until Hughes v. United States
 * (June 4, 2018) it is "based on" a guideline range only where the agreement itself used the range
 * ({@code conviction.plea_agreement_uses_range}); before Freeman the circuits differed; from Hughes on it is based on
 * the range. Level 26/I, 63-78 months; Amendment 782 (listed Nov. 1, 2014) takes two levels off: 24/I, 51-63.
 */
class Rule11c1cAgreementTest {


    private static Determination decide(String usesRange, String motionDate) {
        String yaml = """
                conviction: {disposition: plea-11c1c%s}
                sentencing: {date: 2013-05-01, offense_level: 26, offense_guideline: 2D1.1, criminal_history_category: I, departures: [], sentence_months: 70}
                motion: {kind: sentence-reduction, amendment: "782", date: %s}
                amended: {offense_level: 24}
                """.formatted(usesRange.isEmpty() ? "" : ", plea_agreement_uses_range: " + usesRange, motionDate);
        return Motions.decide(yaml, LocalDate.parse(motionDate));
    }

    @Test
    void betweenFreemanAndHughesAnAgreementThatUsedTheRangeIsEligible() {
        Determination d = decide("true", "2016-02-01");
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.lowestPermitted()).contains(Months.of(51));
    }

    @Test
    void betweenFreemanAndHughesAnAgreementThatDidNotUseTheRangeGivesNoAuthority() {
        Determination d = decide("false", "2016-02-01");
        assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
        assertThat(d.has(ReasonCode.NO_AUTHORITY_TO_MODIFY)).isTrue();
        assertThat(d.reasons().getFirst().citations()).anyMatch(c -> c.startsWith("Freeman v. United States"));
    }

    @Test
    void betweenFreemanAndHughesAnAgreementNotDescribedIsUndeterminedAndNamesTheKey() {
        Determination d = decide("", "2016-02-01");
        assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
        assertThat(d.reasons().getFirst().text()).contains("conviction.plea_agreement_uses_range");
    }

    @Test
    void fromHughesOnTheAgreementsTermsDoNotMatter() {
        assertThat(decide("false", "2018-06-04").relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(decide("", "2018-06-04").relief()).isEqualTo(Relief.AVAILABLE);
    }

    /**
     * Before Freeman the answer for a Rule 11(c)(1)(C) term is undetermined in every era of § 1B1.10, including those
     * whose relief is decided before the floors of (b)(2): the cap of 1989-1994, no floor (1994-1997), and a variance
     * under Amendment 548's note (1997-2008). Each was AVAILABLE before, the agreement not asked about.
     */
    @Test
    void beforeFreemanEveryEraAsksAboutTheAgreement() {
        String[][] cases = {
            // sentenced, motion, amendment, level, amended level, departures, term
            {"1991-06-01", "1993-06-01", "433", "26", "22", "[]", "70"},
            {"1994-06-01", "1996-06-01", "516", "26", "22", "[]", "70"},
            {"2005-06-01", "2008-01-15", "702", "20", "18", "[variance]", "30"},
        };
        for (String[] c : cases) {
            String yaml = """
                    conviction: {disposition: plea-11c1c}
                    sentencing: {date: %s, offense_level: %s, criminal_history_category: I, departures: %s, sentence_months: %s}
                    motion: {kind: sentence-reduction, amendment: "%s", date: %s}
                    amended: {offense_level: %s}
                    """.formatted(c[0], c[3], c[5], c[6], c[2], c[1], c[4]);
            Determination d = Motions.decide(yaml, LocalDate.parse(c[1]));
            assertThat(d.relief()).as(c[2]).isEqualTo(Relief.UNDETERMINED);
            assertThat(d.reasons().getFirst().text()).as(c[2]).contains("Rule 11(c)(1)(C) agreement");
            // the same sentence after a plea of another kind is eligible
            Determination plea = Motions.decide(yaml.replace("plea-11c1c", "plea"), LocalDate.parse(c[1]));
            assertThat(plea.relief()).as(c[2]).isEqualTo(Relief.AVAILABLE);
        }
    }
}
