package org.rangefinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthRangeTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "0-6|0|6",
        "70-87|70|87",
        "' 70 - 87 '|70|87",
        "360-life|360|life",
        "360-LIFE|360|life",
        "life|life|life",
        "120|120|120",
        "120-120|120|120",
        "life-life|life|life"
    })
    void parses(String text, String min, String max) {
        MonthRange r = MonthRange.parse(text);
        assertThat(r.min()).isEqualTo(Months.parse(min));
        assertThat(r.max()).isEqualTo(Months.parse(max));
        assertThat(r.isSingleTerm()).isEqualTo(min.equals(max));
        assertThat(MonthRange.parse(r.toString())).isEqualTo(r);
    }

    @Test
    void printsAsTheTableDoes() {
        assertThat(MonthRange.parse("360-life")).hasToString("360-life");
        assertThat(MonthRange.parse("life")).hasToString("life");
        assertThat(MonthRange.of(70, 87)).hasToString("70-87");
        assertThat(MonthRange.of(120, 120)).hasToString("120");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "-", "87-70", "life-360", "-6", "6-", "1-2-3", "a-b", "0..6", "0-6 months", "0–6"})
    void rejectsBadInput(String text) {
        assertThatThrownBy(() -> MonthRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMinimumAboveTheMaximumIsRejected() {
        assertThatThrownBy(() -> MonthRange.of(88, 87)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("88");
        assertThatThrownBy(() -> MonthRange.of(Months.LIFE, Months.of(360))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsAndPlus() {
        MonthRange r = MonthRange.parse("360-life");
        assertThat(r.contains(Months.of(360))).isTrue();
        assertThat(r.contains(Months.of(359))).isFalse();
        assertThat(r.contains(Months.of(10_000))).isTrue();
        assertThat(r.contains(Months.LIFE)).isTrue();
        assertThat(MonthRange.of(70, 87).contains(Months.of(87))).isTrue();
        assertThat(MonthRange.of(70, 87).contains(Months.of(88))).isFalse();
        assertThat(MonthRange.of(70, 87).contains(Months.LIFE)).isFalse();
        assertThat(MonthRange.of(70, 87).plus(Months.of(60))).isEqualTo(MonthRange.of(130, 147));
        assertThat(r.plus(Months.of(60))).isEqualTo(MonthRange.parse("420-life"));
    }
}
