package org.rangefinder.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.model.Case;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;
import org.rangefinder.range.RangeAnswer;
import org.rangefinder.range.RangeCalculator;
import org.rangefinder.range.RangeQuestion;
import org.rangefinder.testing.Motions;

/**
 * Life and ranges up to life read as such in prose ("life", "360 months to life"), never "life months" or
 * "360-life months"; the JSON keeps the contract of docs/case-file.md (months as numbers, life as "life").
 */
class LifeRangeRenderingTest {

    private static final Guidelines LAW = Guidelines.load();


    private static void noLifeMonths(String out) {
        assertThat(out).doesNotContain("life months").doesNotContain("-life").doesNotContain("life-");
    }

    @Test
    void proseOfTermsAndRanges() {
        assertThat(MonthRange.parse("life").prose()).isEqualTo("life");
        assertThat(MonthRange.parse("360-life").prose()).isEqualTo("360 months to life");
        assertThat(MonthRange.parse("70-87").prose()).isEqualTo("70-87 months");
        assertThat(MonthRange.parse("120").prose()).isEqualTo("120 months");
        assertThat(Months.LIFE.prose()).isEqualTo("life");
        assertThat(Months.of(5).prose()).isEqualTo("5 months");
    }

    @Test
    void aLifeRangeInTextJsonAndDraftOrder() throws IOException {
        Case c = Motions.projectCase("routt-2006");
        Determination d = new MotionAnalyzer(LAW).analyze(c, LocalDate.of(2006, 6, 28));
        String text = DeterminationRenderer.text("routt", d);
        noLifeMonths(text);
        assertThat(text).contains("table life, applicable life");
        String order = DraftOrder.markdown(c, d);
        noLifeMonths(order);
        assertThat(order).contains("to life imprisonment").contains("The guideline range at sentencing was life under");
        JsonNode json = DeterminationRenderer.json("routt", d, "test");
        assertThat(json.at("/original/table_range/min").asText()).isEqualTo("life");
        assertThat(json.at("/original/applicable_range/max").asText()).isEqualTo("life");
    }

    @Test
    void aRangeUpToLifeInTextAndJson() throws IOException {
        Case c = Motions.projectCase("anderson-kirk-2015");
        Determination d = new MotionAnalyzer(LAW).analyze(c, LocalDate.of(2015, 6, 1));
        String text = DeterminationRenderer.text("anderson", d);
        noLifeMonths(text);
        assertThat(text).contains("table 360 months to life").contains("360 months to life before and 360 months to life after");
        noLifeMonths(DraftOrder.markdown(c, d));
        JsonNode json = DeterminationRenderer.json("anderson", d, "test");
        assertThat(json.at("/original/table_range/min").isInt()).isTrue();
        assertThat(json.at("/original/table_range/min").asInt()).isEqualTo(360);
        assertThat(json.at("/original/table_range/max").asText()).isEqualTo("life");
    }

    @Test
    void theRangeCommandText() {
        RangeAnswer a = new RangeCalculator(LAW).calculate(new RangeQuestion(LocalDate.of(2020, 1, 1),
                org.rangefinder.model.OffenseLevel.of(43), java.util.Optional.of(org.rangefinder.model.CriminalHistoryCategory.I),
                java.util.Optional.empty(), java.util.List.of(), java.util.List.of()));
        String text = RangeRenderer.text(a);
        noLifeMonths(text);
        assertThat(text).contains("Sentencing Table range: life\n");
    }
}
