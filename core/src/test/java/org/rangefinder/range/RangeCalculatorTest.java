package org.rangefinder.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.Zone;
import org.rangefinder.testing.Shared;

/** The whole range computation: edition, table cell, category from points, § 5G1.1/§ 5G1.2, zone, trace. */
class RangeCalculatorTest {

    private static final Guidelines LAW = Guidelines.load();
    private static final RangeCalculator CALC = new RangeCalculator(LAW);

    private static RangeQuestion question(String date, int level, CriminalHistoryCategory category, Integer points,
            List<StatutoryLimits> counts, List<Months> consecutive) {
        return new RangeQuestion(LocalDate.parse(date), OffenseLevel.of(level), Optional.ofNullable(category),
                Optional.ofNullable(points), counts, consecutive);
    }

    /** The reference cell for a level and category, from sentencing_table.csv. */
    private static MonthRange referenceCell(int level, CriminalHistoryCategory c) {
        return Shared.csv("reference/sentencing_table.csv").stream()
                .filter(r -> r.integer("offense_level") == level && r.get("chc").equals(c.name()))
                .map(r -> MonthRange.of(Months.parse(r.get("min_months")), Months.parse(r.get("max_months"))))
                .findFirst().orElseThrow();
    }

    @Test
    void level27CategoryIWithA120MonthMinimum() {
        RangeAnswer a = CALC.calculate(question("2016-06-01", 27, CriminalHistoryCategory.I, null,
                List.of(StatutoryLimits.of(Months.of(120), Months.LIFE)), List.of()));
        assertThat(a.tableRange()).isEqualTo(referenceCell(27, CriminalHistoryCategory.I));
        assertThat(a.applicableRange()).isEqualTo(MonthRange.exactly(Months.of(120)));
        assertThat(a.totalRange()).isEqualTo(a.applicableRange());
        assertThat(a.zone()).contains(Zone.D);
        assertThat(a.edition().effective()).isEqualTo(LocalDate.of(2015, 11, 1));
        assertThat(a.warnings()).isEmpty();
        assertThat(a.trace().steps()).extracting(Step::step)
                .containsExactly("Manual edition", "Sentencing Table", "applicable guideline range", "zone");
        assertThat(a.trace().steps()).allSatisfy(s -> assertThat(s.citation()).startsWith("U.S.S.G. ").endsWith("(Nov. 1, 2015)"));
        assertThat(a.trace().steps().get(2).citation()).contains("§ 5G1.1(b)");
    }

    @Test
    void pointsGiveTheCategory() {
        RangeAnswer a = CALC.calculate(question("2016-06-01", 20, null, 5, List.of(StatutoryLimits.NONE), List.of()));
        assertThat(a.category()).isEqualTo(CriminalHistoryCategory.III);
        assertThat(a.tableRange()).isEqualTo(referenceCell(20, CriminalHistoryCategory.III));
        assertThat(a.trace().steps()).extracting(Step::step).contains("criminal history category");
    }

    @Test
    void whenPointsAndCategoryDisagreeThePointsGovernWithAWarning() {
        RangeAnswer a = CALC.calculate(question("2016-06-01", 20, CriminalHistoryCategory.I, 13, List.of(StatutoryLimits.NONE), List.of()));
        assertThat(a.category()).isEqualTo(CriminalHistoryCategory.VI);
        assertThat(a.warnings()).singleElement().asString().contains("points govern");
    }

    @Test
    void theZoneFollowsTheEraOfTheDate() {
        // 11/I (8-14) was Zone C until 2010-10-31 and is Zone B from 2010-11-01 (Amendment 738)
        RangeAnswer before = CALC.calculate(question("2010-10-31", 11, CriminalHistoryCategory.I, null, List.of(StatutoryLimits.NONE), List.of()));
        RangeAnswer after = CALC.calculate(question("2010-11-01", 11, CriminalHistoryCategory.I, null, List.of(StatutoryLimits.NONE), List.of()));
        assertThat(before.zone()).contains(Zone.C);
        assertThat(after.zone()).contains(Zone.B);
        assertThat(before.edition().effective()).isEqualTo(LocalDate.of(2009, 11, 1));
        assertThat(after.edition().effective()).isEqualTo(LocalDate.of(2010, 11, 1));
    }

    @Test
    void consecutiveTermsAreAddedToTheTotal() {
        RangeAnswer a = CALC.calculate(question("2024-01-01", 27, CriminalHistoryCategory.I, null,
                List.of(StatutoryLimits.of(Months.of(120), Months.LIFE)), List.of(Months.of(60))));
        assertThat(a.applicableRange()).isEqualTo(MonthRange.exactly(Months.of(120)));
        assertThat(a.consecutiveTerms()).isEqualTo(Months.of(60));
        assertThat(a.totalRange()).isEqualTo(MonthRange.exactly(Months.of(180)));
    }

    @Test
    void aDateAfterTheKnownDataWarns() {
        LocalDate later = LAW.manuals().knownThrough().plusDays(1);
        RangeAnswer a = CALC.calculate(question(later.toString(), 27, CriminalHistoryCategory.I, null, List.of(StatutoryLimits.NONE), List.of()));
        assertThat(a.edition()).isEqualTo(LAW.manuals().editions().getLast());
        assertThat(a.warnings()).singleElement().asString().contains(LAW.manuals().knownThrough().toString());
    }

    @Test
    void datesBeforeTheGuidelinesAndUnestablishedCellsAreUnsupported() {
        assertThatThrownBy(() -> CALC.calculate(question("1987-10-31", 27, CriminalHistoryCategory.I, null, List.of(), List.of())))
                .isInstanceOf(UnsupportedQuestionException.class);
        // 3/I of the 1987 table: one of 0-1 .. 0-6, not established
        assertThatThrownBy(() -> CALC.calculate(question("1988-09-01", 3, CriminalHistoryCategory.I, null, List.of(), List.of())))
                .isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("offense level 3, category I");
    }

    @Test
    void beforeNovember1992TheTableOfTheDayAndNoZone() {
        RangeAnswer a = CALC.calculate(question("1992-10-31", 8, CriminalHistoryCategory.I, null, List.of(), List.of()));
        assertThat(a.tableRange()).isEqualTo(MonthRange.parse("2-8"));   // Amendment 462 made it 0-6 on 1992-11-01
        assertThat(a.zone()).isEmpty();
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("no zones before 1992-11-01").contains("Amendment 462"));
        RangeAnswer b = CALC.calculate(question("1988-09-01", 27, CriminalHistoryCategory.I, null, List.of(), List.of()));
        assertThat(b.tableRange()).isEqualTo(referenceCell(27, CriminalHistoryCategory.I));
        assertThat(b.zone()).isEmpty();
    }

    @Test
    void aCategoryOrPointsIsRequired() {
        assertThatThrownBy(() -> question("2016-06-01", 27, null, null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
