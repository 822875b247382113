package org.rangefinder.statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.Months;

class StatutoryPenaltiesTest {

    private static final StatutoryPenalties P = StatutoryPenalties.load();
    private static final LocalDate FSA = LocalDate.of(2018, 12, 21);
    private static final LocalDate BSCA = LocalDate.of(2022, 6, 25);

    private static Penalty get(String citation, LocalDate offense, LocalDate sentencing, Tier tier) {
        return P.lookup(citation, offense, sentencing, tier).orElseThrow();
    }

    @Nested
    class FelonInPossessionAndTheBipartisanSaferCommunitiesAct {

        private final LocalDate sentenced = LocalDate.of(2023, 3, 1);

        @Test
        void dayBeforeIsTenYearsUnder924a2() {
            Penalty p = get("18 U.S.C. § 922(g)(1)", BSCA.minusDays(1), sentenced, Tier.BASE);
            assertThat(p.statute()).isEqualTo("18 U.S.C. § 924(a)(2)");
            assertThat(p.minimum()).isEqualTo(Months.ZERO);
            assertThat(p.maximum()).isEqualTo(Months.of(120));
            assertThat(p.notes()).anyMatch(n -> n.contains("922(g)(1) is punished under 18 U.S.C. § 924(a)(2)"));
        }

        @Test
        void dayOfEnactmentIsFifteenYearsUnder924a8() {
            Penalty p = get("18 U.S.C. § 922(g)(1)", BSCA, sentenced, Tier.BASE);
            assertThat(p.statute()).isEqualTo("18 U.S.C. § 924(a)(8)");
            assertThat(p.maximum()).isEqualTo(Months.of(180));
            assertThat(p.verified()).isTrue();
        }

        @Test
        void dayAfterIsFifteenYears() {
            assertThat(get("18 USC 922(g)", BSCA.plusDays(1), sentenced, Tier.BASE).maximum()).isEqualTo(Months.of(180));
        }

        @Test
        void theSentencingDateDoesNotCarryTheIncreaseBack() {
            // an increase reaches only offenses committed after it: sentenced in 2023 for a 2022-06-24 offense
            assertThat(get("18 U.S.C. 922(g)(9)", BSCA.minusDays(1), sentenced, Tier.BASE).maximum())
                    .isEqualTo(Months.of(120));
        }

        @Test
        void section924a8DidNotExistBefore() {
            Resolution r = P.resolve("18 U.S.C. § 924(a)(8)", BSCA.minusDays(1), sentenced, Tier.BASE);
            assertThat(r).isInstanceOf(Resolution.Unsupported.class);
            assertThat(r.message()).contains("2022-06-25");
        }

        @Test
        void section924a2StillCoversTheOtherOffensesAfterwards() {
            Penalty p = get("18 U.S.C. 924(a)(2)", BSCA, sentenced, Tier.BASE);
            assertThat(p.maximum()).isEqualTo(Months.of(120));
            assertThat(p.condition()).doesNotContain("(g)");
        }

        @Test
        void transferToAProhibitedPersonFollowsTheSameDate() {
            assertThat(get("18 U.S.C. 922(d)(1)", BSCA, sentenced, Tier.BASE).statute()).isEqualTo("18 U.S.C. § 924(a)(8)");
        }
    }

    @Nested
    class FirstStepActBoundary {

        private static final String A = "21 U.S.C. § 841(b)(1)(A)";

        @Test
        void offenseTheDayBeforeSentencedTheDayBeforeKeepsTheOldPriorTerms() {
            Penalty one = get(A, FSA.minusDays(1), FSA.minusDays(1), Tier.ONE_PRIOR);
            assertThat(one.minimum()).isEqualTo(Months.of(240));
            assertThat(one.condition()).contains("felony drug offense");
            assertThat(get(A, FSA.minusDays(1), FSA.minusDays(1), Tier.TWO_OR_MORE_PRIORS).minimum()).isEqualTo(Months.LIFE);
        }

        @Test
        void offenseOnTheDayOfEnactmentGetsTheNewTerms() {
            Penalty one = get(A, FSA, FSA, Tier.ONE_PRIOR);
            assertThat(one.minimum()).isEqualTo(Months.of(180));
            assertThat(one.maximum()).isEqualTo(Months.LIFE);
            assertThat(one.condition()).contains("serious drug felony or serious violent felony");
            assertThat(one.verified()).isTrue();
            Penalty two = get(A, FSA, FSA, Tier.TWO_OR_MORE_PRIORS);
            assertThat(two.minimum()).isEqualTo(Months.of(300));
            assertThat(two.maximum()).isEqualTo(Months.LIFE);
        }

        @Test
        void offenseTheDayAfterGetsTheNewTerms() {
            assertThat(get(A, FSA.plusDays(1), FSA.plusDays(30), Tier.ONE_PRIOR).minimum()).isEqualTo(Months.of(180));
        }

        @Test
        void earlierOffenseSentencedAfterEnactmentGetsTheNewTermsUnderSection401c() {
            Penalty p = get(A, LocalDate.of(2017, 5, 1), LocalDate.of(2019, 3, 1), Tier.ONE_PRIOR);
            assertThat(p.minimum()).isEqualTo(Months.of(180));
            assertThat(p.law()).isEqualTo("First Step Act of 2018");
            assertThat(p.notes()).anyMatch(n -> n.contains("§ 401(c)"));
            // § 401(c)'s own text was not read (only § 403(b)'s), so the answer says so
            assertThat(p.verified()).isFalse();
        }

        @Test
        void earlierOffenseSentencedTheDayBeforeKeepsTheOldTerms() {
            assertThat(get(A, LocalDate.of(2017, 5, 1), FSA.minusDays(1), Tier.ONE_PRIOR).minimum())
                    .isEqualTo(Months.of(240));
        }

        @Test
        void sentenceImposedOnTheDayOfEnactmentIsNotAnswered() {
            assertThatThrownBy(() -> P.lookup(A, LocalDate.of(2017, 5, 1), FSA, Tier.ONE_PRIOR))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("2018-12-21");
        }

        @Test
        void withoutASentencingDateAPreActOffenseIsNotAnswered() {
            Resolution r = P.resolve(A, LocalDate.of(2017, 5, 1), null, Tier.ONE_PRIOR);
            assertThat(r).isInstanceOf(Resolution.Unsupported.class);
            assertThat(r.message()).contains("sentencing date");
            // a post-Act offense needs none
            assertThat(P.lookup(A, LocalDate.of(2020, 1, 1), null, Tier.ONE_PRIOR).orElseThrow().minimum())
                    .isEqualTo(Months.of(180));
        }

        @Test
        void theBaseTermsDidNotChange() {
            for (LocalDate d : List.of(FSA.minusDays(1), FSA)) {
                Penalty p = get(A, d, d, Tier.BASE);
                assertThat(p.minimum()).isEqualTo(Months.of(120));
                assertThat(p.maximum()).isEqualTo(Months.LIFE);
                assertThat(p.supervisedReleaseMinimumYears()).contains(5);
            }
        }

        @Test
        void importExportFollowsTheSameRule() {
            String b1 = "21 U.S.C. 960(b)(1)";
            assertThat(get(b1, FSA.minusDays(1), FSA.minusDays(1), Tier.ONE_PRIOR).minimum()).isEqualTo(Months.of(240));
            assertThat(get(b1, FSA, FSA, Tier.ONE_PRIOR).minimum()).isEqualTo(Months.of(180));
            // § 960(b)(1) has no 25-year two-prior tier
            assertThat(get(b1, FSA, FSA, Tier.TWO_OR_MORE_PRIORS).minimum()).isEqualTo(Months.of(180));
        }

        @Test
        void section924cStackingUnderSection403b() {
            String c = "18 U.S.C. § 924(c)(1)(C)(i)";
            LocalDate offense = LocalDate.of(2018, 6, 1);
            Penalty before = get(c, offense, LocalDate.of(2018, 10, 1), Tier.BASE);
            assertThat(before.condition()).contains("second or subsequent");
            Penalty after = get(c, offense, LocalDate.of(2019, 1, 15), Tier.BASE);
            assertThat(after.condition()).contains("has become final");
            assertThat(after.notes()).anyMatch(n -> n.contains("§ 403(b)"));
            assertThat(after.verified()).isTrue();
            assertThat(after.minimum()).isEqualTo(Months.of(300));
            assertThat(after.consecutive()).isTrue();
        }
    }

    @Nested
    class Tiers {

        @Test
        void deathOrSeriousBodilyInjuryWithAPriorIsMandatoryLife() {
            Penalty p = get("21 U.S.C. 841(b)(1)(C)", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1),
                    Tier.of(Tier.Priors.ONE, true));
            assertThat(p.minimum()).isEqualTo(Months.LIFE);
            assertThat(p.maximum()).isEqualTo(Months.LIFE);
        }

        @Test
        void aFactTheProvisionDoesNotDistinguishIsRejectedNotIgnored() {
            assertThatThrownBy(() -> P.lookup("8 U.S.C. § 1326(a)", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1),
                    Tier.ONE_PRIOR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1326(b)(1)");
            Resolution r = P.resolve("21 U.S.C. 841(b)(1)(D)", LocalDate.of(2020, 1, 1), null,
                    Tier.DEATH_OR_SERIOUS_BODILY_INJURY);
            assertThat(r).isInstanceOf(Resolution.NoSuchTier.class);
            assertThat(P.resolve("18 U.S.C. 924(c)(1)(A)(i)", LocalDate.of(2020, 1, 1), null, Tier.ONE_PRIOR).message())
                    .contains("924(c)(1)(C)(i)");
        }

        @Test
        void prepubescentMinorTierStartsWithTheChildProtectionActOf2012() {
            String b2 = "18 U.S.C. § 2252A(b)(2)";
            LocalDate act = LocalDate.of(2012, 12, 7);
            Resolution before = P.resolve(b2, act.minusDays(1), act.minusDays(1), Tier.PREPUBESCENT_MINOR);
            assertThat(before).isInstanceOf(Resolution.NoSuchTier.class);
            assertThat(before.message()).contains("2012-12-07");
            assertThat(get(b2, act, act, Tier.PREPUBESCENT_MINOR).maximum()).isEqualTo(Months.of(240));
            assertThat(get(b2, act, act, Tier.BASE).maximum()).isEqualTo(Months.of(120));
            Penalty prior = get(b2, act, act, Tier.ONE_PRIOR.withPrepubescentMinor());
            assertThat(prior.minimum()).isEqualTo(Months.of(120));
            assertThat(prior.maximum()).isEqualTo(Months.of(240));
        }

        @Test
        void aTierRejectedThroughAMappingNamesTheCitedSectionAndTheHint() {
            Resolution r = P.resolve("18 U.S.C. 922(g)(1)", BSCA, BSCA, Tier.ONE_PRIOR);
            assertThat(r).isInstanceOf(Resolution.NoSuchTier.class);
            assertThat(r.message()).startsWith("18 U.S.C. § 922(g)(1) is punished under 18 U.S.C. § 924(a)(8)")
                    .contains("924(e)(1)");
        }

        @Test
        void fixedConsecutiveTerms() {
            LocalDate d = LocalDate.of(2020, 1, 1);
            Penalty idTheft = get("18 U.S.C. § 1028A(a)(1)", d, d, Tier.BASE);
            assertThat(idTheft.isFixedTerm()).isTrue();
            assertThat(idTheft.minimum()).isEqualTo(Months.of(24));
            assertThat(idTheft.consecutive()).isTrue();
            Penalty terror = get("8 U.S.C. 1326(b)(3)", d, d, Tier.BASE);
            assertThat(terror.isFixedTerm()).isTrue();
            assertThat(terror.minimum()).isEqualTo(Months.of(120));
            assertThat(terror.consecutive()).isTrue();
        }

        @Test
        void limitsFeedSection5G1_1() {
            Penalty p = get("21 U.S.C. 841(b)(1)(B)", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), Tier.BASE);
            assertThat(p.limits()).isEqualTo(StatutoryLimits.of(Months.of(60), Months.of(480)));
        }

        @Test
        void accaMaximumIsMarkedUnverified() {
            Penalty p = get("18 U.S.C. § 924(e)", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), Tier.BASE);
            assertThat(p.statute()).isEqualTo("18 U.S.C. § 924(e)(1)");
            assertThat(p.minimum()).isEqualTo(Months.of(180));
            assertThat(p.verified()).isFalse();
        }
    }

    @Nested
    class CitationsThatDefineTheOffense {

        private final LocalDate d = LocalDate.of(2021, 6, 1);

        @Test
        void section841a1SaysWhereThePenaltyIs() {
            Resolution r = P.resolve("21 U.S.C. § 841(a)(1)", d, d, Tier.BASE);
            assertThat(r).isInstanceOf(Resolution.PenaltyElsewhere.class);
            assertThat(r.message()).contains("defines the offense; the penalty is in § 841(b)(1)(A)-(E)");
            assertThat(((Resolution.PenaltyElsewhere) r).candidates()).contains("21 U.S.C. 841(b)(1)(A)");
            assertThatThrownBy(() -> P.lookup("21 U.S.C. § 841(a)(1)", d, d, Tier.BASE))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("defines the offense");
        }

        @Test
        void section924cNeedsTheClause() {
            assertThat(P.resolve("18 U.S.C. § 924(c)", d, d, Tier.BASE)).isInstanceOf(Resolution.PenaltyElsewhere.class);
            assertThat(P.resolve("18 U.S.C. § 924(c)(1)(C)", d, d, Tier.BASE).message()).contains("(C)(i)");
        }

        @Test
        void unambiguousOffenseCitationsMapToTheirPenalty() {
            Penalty p = get("18 U.S.C. § 2252A(a)(5)(B)", d, d, Tier.BASE);
            assertThat(p.statute()).isEqualTo("18 U.S.C. § 2252A(b)(2)");
            assertThat(p.maximum()).isEqualTo(Months.of(120));
            assertThat(get("18 U.S.C. 2252(a)(2)", d, d, Tier.ONE_PRIOR).minimum()).isEqualTo(Months.of(180));
            assertThat(get("21 U.S.C. 960(b)(4)", d, d, Tier.BASE).statute()).isEqualTo("21 U.S.C. § 841(b)(1)(D)");
        }

        @Test
        void theDrugClauseIsWithinItsSubparagraph() {
            Penalty p = get("21 USC 841(b)(1)(A)(viii)", d, d, Tier.BASE);
            assertThat(p.statute()).isEqualTo("21 U.S.C. § 841(b)(1)(A)");
            assertThat(p.minimum()).isEqualTo(Months.of(120));
        }
    }

    @Nested
    class AttemptAndConspiracy {

        private final LocalDate d = LocalDate.of(2021, 6, 1);

        @Test
        void section846TakesTheObjectOffensePenalty() {
            assertThat(P.resolve("21 U.S.C. § 846", d, d, Tier.BASE)).isInstanceOf(Resolution.SameAsObject.class);
            assertThatThrownBy(() -> P.lookup("21 U.S.C. § 846", d, d, Tier.BASE))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("object offense");
            Penalty p = P.lookupInchoate("21 U.S.C. § 846", "21 U.S.C. § 841(b)(1)(B)", d, d, Tier.ONE_PRIOR).orElseThrow();
            assertThat(p.statute()).isEqualTo("21 U.S.C. § 846 (object: 21 U.S.C. § 841(b)(1)(B))");
            assertThat(p.minimum()).isEqualTo(Months.of(120));
            assertThat(p.maximum()).isEqualTo(Months.LIFE);
        }

        @Test
        void anObjectThatDefinesTheOffenseIsAnsweredAsSuch() {
            Resolution r = P.resolveInchoate("21 U.S.C. § 846", "21 U.S.C. § 841(a)(1)", d, d, Tier.BASE);
            assertThat(r).isInstanceOf(Resolution.PenaltyElsewhere.class);
            assertThat(r.message()).contains("defines the offense");
            assertThatThrownBy(() -> P.lookupInchoate("21 U.S.C. § 846", "21 U.S.C. § 841(a)(1)", d, d, Tier.BASE))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessage(r.message());
        }

        @Test
        void section963TakesTheImportPenalty() {
            Penalty p = P.lookupInchoate("21 U.S.C. 963", "21 U.S.C. 960(b)(1)", d, d, Tier.BASE).orElseThrow();
            assertThat(p.minimum()).isEqualTo(Months.of(120));
        }

        @Test
        void theObjectMustBeWithinTheStatutesReach() {
            assertThatThrownBy(() -> P.lookupInchoate("21 U.S.C. 846", "21 U.S.C. 960(b)(1)", d, d, Tier.BASE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("21 U.S.C. 841");
            assertThatThrownBy(() -> P.lookupInchoate("21 U.S.C. 841(b)(1)(A)", "21 U.S.C. 841(b)(1)(A)", d, d, Tier.BASE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class NeverGuess {

        private final LocalDate d = LocalDate.of(2021, 6, 1);

        @Test
        void unknownStatutesAreEmpty() {
            assertThat(P.lookup("18 U.S.C. § 1343", d, d, Tier.BASE)).isEmpty();
            assertThat(P.lookup("42 U.S.C. 1983", d, d, Tier.BASE)).isEmpty();
            assertThat(P.lookup("18 U.S.C. § 2252B", d, d, Tier.BASE)).isEmpty();
            assertThat(P.lookupInchoate("18 U.S.C. 371", "21 U.S.C. 841(b)(1)(A)", d, d, Tier.BASE)).isEmpty();
        }

        @Test
        void anUnencodedSubdivisionOfAKnownProvisionIsEmpty() {
            assertThat(P.lookup("21 U.S.C. § 841(b)(1)(F)", d, d, Tier.BASE)).isEmpty();
            assertThat(P.lookup("21 U.S.C. § 841(b)(2)", d, d, Tier.BASE)).isEmpty();
        }

        @Test
        void textThatIsNotACitationIsEmpty() {
            assertThat(P.lookup("possession with intent", d, d, Tier.BASE)).isEmpty();
            assertThat(P.resolve("21 U.S.C. §§ 841(a)(1), (b)(1)(A)", d, d, Tier.BASE))
                    .isInstanceOf(Resolution.Unknown.class);
        }

        @Test
        void offenseDatesBeforeTheEncodedHistoryAreUnsupported() {
            assertThatThrownBy(() -> P.lookup("21 U.S.C. 841(b)(1)(A)", LocalDate.of(1985, 1, 1),
                    LocalDate.of(1986, 1, 1), Tier.BASE))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining("1988-11-18");
            assertThat(P.resolve("18 U.S.C. 924(c)(1)(A)(ii)", LocalDate.of(1995, 1, 1), null, Tier.BASE))
                    .isInstanceOf(Resolution.Unsupported.class);
        }

        @Test
        void sentencingBeforeTheOffenseIsRejected() {
            assertThatThrownBy(() -> P.lookup("21 U.S.C. 841(b)(1)(A)", d, d.minusDays(1), Tier.BASE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyEncodedCitationAnswersEveryTierOnEveryProbeDateWithoutFailing() {
        List<LocalDate> dates = List.of(LocalDate.of(1980, 1, 1), LocalDate.of(1990, 1, 1), LocalDate.of(2005, 1, 1),
                LocalDate.of(2012, 12, 7), FSA.minusDays(1), FSA, BSCA.minusDays(1), BSCA, LocalDate.of(2026, 1, 1));
        for (String c : P.citations()) {
            for (LocalDate offense : dates) {
                for (Tier t : StatuteData.combinations(java.util.EnumSet.allOf(StatuteData.Fact.class))) {
                    for (LocalDate sentencing : java.util.Arrays.asList(null, offense, offense.plusYears(1))) {
                        Resolution r = P.resolve(c, offense, sentencing, t);
                        assertThat(r.message()).as(c + " " + offense + " " + t).isNotBlank();
                        if (r instanceof Resolution.Found f) {
                            assertThat(f.penalty().source()).isNotBlank();
                            assertThat(f.penalty().window().contains(offense) || f.penalty().notes().stream()
                                    .anyMatch(n -> n.startsWith("applied under"))).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void optionalIsEmptyOnlyForUnknown() {
        assertThat(P.lookup("21 U.S.C. 841(b)(1)(C)", LocalDate.of(2020, 1, 1), null, Tier.BASE))
                .map(Penalty::maximum).isEqualTo(Optional.of(Months.of(240)));
    }
}
