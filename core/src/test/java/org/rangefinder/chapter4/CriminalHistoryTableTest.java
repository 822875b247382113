package org.rangefinder.chapter4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rangefinder.Guidelines;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.testing.Shared;

/** Criminal history points to category (the Sentencing Table's header) against criminal_history_categories.csv. */
class CriminalHistoryTableTest {

    private static final CriminalHistoryTable TABLE = Guidelines.load().criminalHistory();

    static IntStream points() {
        return IntStream.rangeClosed(0, 30);
    }

    /** The category the reference CSV gives for a number of points (an empty max_points is open-ended). */
    private static CriminalHistoryCategory expected(int points) {
        List<CriminalHistoryCategory> found = Shared.csv("reference/criminal_history_categories.csv").stream()
                .filter(r -> points >= r.integer("min_points")
                        && (r.get("max_points").isBlank() || points <= r.integer("max_points")))
                .map(r -> CriminalHistoryCategory.parse(r.get("chc")))
                .toList();
        assertThat(found).as("reference categories for %d points", points).hasSize(1);
        return found.getFirst();
    }

    @ParameterizedTest(name = "{0} points")
    @MethodSource("points")
    void pointsGiveTheReferenceCategory(int points) {
        assertThat(TABLE.categoryFor(points)).isEqualTo(expected(points));
    }

    @Test
    void bandsMatchTheReference() {
        var rows = Shared.csv("reference/criminal_history_categories.csv");
        assertThat(rows).hasSize(6);
        for (Shared.Row r : rows) {
            CriminalHistoryCategory c = CriminalHistoryCategory.parse(r.get("chc"));
            assertThat(TABLE.lowestPoints(c)).as(c.name()).isEqualTo(r.integer("min_points"));
            assertThat(TABLE.highestPoints(c)).as(c.name())
                    .isEqualTo(r.get("max_points").isBlank() ? Integer.MAX_VALUE : r.integer("max_points"));
        }
        assertThat(TABLE.categoryFor(Integer.MAX_VALUE)).isEqualTo(CriminalHistoryCategory.VI);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -13, Integer.MIN_VALUE})
    void negativePointsAreRejected(int points) {
        assertThatThrownBy(() -> TABLE.categoryFor(points))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative")
                .hasMessageContaining(Integer.toString(points));
    }
}
