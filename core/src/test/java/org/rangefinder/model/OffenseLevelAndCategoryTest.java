package org.rangefinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffenseLevelAndCategoryTest {

    @Test
    void levelsAre1To43() {
        assertThat(OffenseLevel.of(1).value()).isEqualTo(1);
        assertThat(OffenseLevel.of(43).value()).isEqualTo(43);
        assertThatThrownBy(() -> OffenseLevel.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> OffenseLevel.of(44)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("44");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"-5, 1", "0, 1", "1, 1", "27, 27", "43, 43", "44, 43", "50, 43"})
    void computedLevelsAreClampedToTheTable(int computed, int row) {
        assertThat(OffenseLevel.clamped(computed).value()).isEqualTo(row);
    }

    @Test
    void minusClamps() {
        assertThat(OffenseLevel.of(27).minus(3).value()).isEqualTo(24);
        assertThat(OffenseLevel.of(2).minus(4).value()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"I, I", "ii, II", " III , III", "iv, IV", "V, V", "vi, VI", "1, I", "6, VI"})
    void parsesCategories(String text, CriminalHistoryCategory expected) {
        assertThat(CriminalHistoryCategory.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"VII", "0", "7", "", "IIII", "one", "I I"})
    void rejectsOtherCategories(String text) {
        assertThatThrownBy(() -> CriminalHistoryCategory.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
