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
}
