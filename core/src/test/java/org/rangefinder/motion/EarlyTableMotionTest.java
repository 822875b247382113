package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rangefinder.testing.Motions;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/**
 * Motions by defendants sentenced before Nov. 1, 1992: the original and the amended range both come from the
 * table of the Manual at sentencing (§ 1B1.11(a); § 1B1.10(b)(1) substitutes only the amendment), and a cell
 * whose range is not established (the 21 cells Amendment 270 made 0-6, before Nov. 1, 1989), or that differs
 * among the tables that may have governed, is never guessed.
 */
class EarlyTableMotionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    private static Determination decide(String yaml) {
        return Motions.decide(yaml, TODAY);
    }

    @Test
    void aCrackSentenceOf1991UnderAmendment706() {
        // Sentenced 1991-03-01: Nov. 1, 1990 Manual (table of 1989-11-01). 36/II = 210-262 (no cell of that row
        // changed in 1989 or 1992); Amendment 706 to 34: 34/II = 168-210, from the same table.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                sentencing:
                  date: 1991-03-01
                  offense_level: 36
                  criminal_history_category: II
                  sentence_months: 210
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                amended:
                  offense_level: 34
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.original().orElseThrow().tableRange()).contains(MonthRange.parse("210-262"));
        assertThat(d.amended().orElseThrow().tableRange()).contains(MonthRange.parse("168-210"));
        assertThat(d.lowestPermitted()).contains(Months.of(168));
        assertThat(d.sentencingEdition()).hasValueSatisfying(v -> assertThat(v).contains("1990"));
    }

    @Test
    void theAmendedRangeOfA1991SentenceComesFromThe1991Table() {
        // 10/I = 6-12 both before and after 1992; the amended level 8/I is 2-8 in the 1989-1992 table (Amendment 462
        // made it 0-6 only on 1992-11-01), so the amended range is 2-8, not 0-6, and the floor 2 months.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                sentencing:
                  date: 1992-06-01
                  offense_level: 10
                  criminal_history_category: I
                  sentence_months: 10
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                amended:
                  offense_level: 8
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.original().orElseThrow().tableRange()).contains(MonthRange.parse("6-12"));
        assertThat(d.amended().orElseThrow().tableRange()).contains(MonthRange.parse("2-8"));
        assertThat(d.lowestPermitted()).contains(Months.of(2));
    }

    @Test
    void anAmendedCellOfThe1987TableIsUnsupportedNamingIt() {
        // Sentenced 1988-09-01 (June 15, 1988 Manual, the original table): 8/I = 2-8 is established (Amendment 270 did
        // not touch it), but the amended 6/I was one of 0-1 .. 0-6 and which is not established.
        assertThatThrownBy(() -> decide("""
                conviction:
                  offense: drug-trafficking
                sentencing:
                  date: 1988-09-01
                  offense_level: 8
                  criminal_history_category: I
                  sentence_months: 4
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                amended:
                  offense_level: 6
                """)).isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("offense level 6, category I")
                .hasMessageContaining("Amendment 270");
    }

    @Test
    void aStatedRangeAnUnestablishedCellMayHaveBeenIsUnsupported() {
        // 0-4 in category I in 1988: some cell among 1/I .. 6/I, each one of 0-1 .. 0-6: not decidable. (The amended
        // level is stated: without it no bound on the amended level is known for a sentence of 1988, since § 1B1.10(b)(1)
        // substitutes every listed amendment since then, and the answer is undetermined without reading a cell.)
        assertThatThrownBy(() -> decide("""
                conviction:
                  offense: drug-trafficking
                sentencing:
                  date: 1988-09-01
                  guideline_range: 0-4
                  criminal_history_category: I
                  sentence_months: 4
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                amended:
                  offense_level: 1
                """)).isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("category I")
                .hasMessageContaining("not established");
    }

    @Test
    void aCellThatDiffersBetweenTheManualsAtOffenseAndAtSentencingIsUnsupported() {
        // Offense 1989-06-01 (June 15, 1988 Manual), sentenced 1990-03-01 (Nov. 1, 1989 Manual): § 1B1.11(b)(1) may
        // call for the earlier Manual. 20/I and 18/I are the same in both: answered. 7/I is 1-7 in both, but the
        // amended 5/I is 0-6 in 1989 and one of 0-1 .. 0-6 in 1988: unsupported.
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 1989-06-01
                sentencing:
                  date: 1990-03-01
                  offense_level: 20
                  criminal_history_category: I
                  sentence_months: 40
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                amended:
                  offense_level: 18
                """);
        assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
        assertThat(d.amended().orElseThrow().tableRange()).contains(MonthRange.parse("27-33"));
        assertThat(d.trace().steps()).anySatisfy(s -> assertThat(s.toString()).contains("ex post facto check").contains("differ"));
        assertThatThrownBy(() -> decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 1989-06-01
                sentencing:
                  date: 1990-03-01
                  offense_level: 7
                  criminal_history_category: I
                  sentence_months: 3
                motion:
                  kind: sentence-reduction
                  amendment: "706"
                  date: 2008-06-01
                amended:
                  offense_level: 5
                """)).isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("offense level 5, category I")
                .hasMessageContaining("§ 1B1.11(b)(1)");
    }

    @Test
    void withoutTheSentencingDateACellTheEarlierTablesGiveDifferentlyIsUnsupported() {
        // No sentencing date: the sentence may predate Nov. 1, 1992, when 8/I was 2-8 (and before Nov. 1, 1989
        // 6/I was not 0-6 for certain). The original 8/I is then 0-6 or 2-8: the answer would turn on it.
        assertThatThrownBy(() -> decide("""
                conviction:
                  offense: drug-trafficking
                sentencing:
                  offense_level: 8
                  criminal_history_category: I
                  sentence_months: 2
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2015-06-01
                amended:
                  offense_level: 6
                """)).isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("category I")
                .hasMessageContaining("sentencing date is not stated");
        // an offense after Nov. 1, 1992 rules the earlier tables out
        Determination d = decide("""
                conviction:
                  offense: drug-trafficking
                  offense_date: 1996-01-01
                sentencing:
                  offense_level: 8
                  criminal_history_category: I
                  sentence_months: 2
                motion:
                  kind: sentence-reduction
                  amendment: "782"
                  date: 2015-06-01
                amended:
                  offense_level: 6
                """);
        assertThat(d.original().orElseThrow().tableRange()).contains(MonthRange.parse("0-6"));
    }
}
