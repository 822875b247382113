package org.rangefinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0|0", "6|6", "120|120", "' 87 '|87", "007|7", "999999|999999",
        "life|life", "LIFE|life", "' Life '|life"
    })
    void parses(String text, String expected) {
        Months m = Months.parse(text);
        assertThat(m.toString()).isEqualTo(expected);
        assertThat(m.isLife()).isEqualTo(expected.equals("life"));
        if (!m.isLife()) {
            assertThat(m.toMonths()).isEqualTo(Integer.parseInt(expected));
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "-1", "+5", "1.5", "12 months", "1e3", "lifetime", "1000000", "l1fe", "0x10", "٣"})
    void rejectsBadInput(String text) {
        assertThatThrownBy(() -> Months.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeCountsAndALifeWithMonths() {
        assertThatThrownBy(() -> Months.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Months(5, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(Months.LIFE::toMonths).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void lifeIsAboveEveryNumberOfMonths() {
        for (int n : new int[] {0, 1, 360, 999_999, Integer.MAX_VALUE}) {
            Months m = Months.of(n);
            assertThat(Months.LIFE.compareTo(m)).as("life vs %d", n).isPositive();
            assertThat(m.compareTo(Months.LIFE)).as("%d vs life", n).isNegative();
            assertThat(Months.LIFE.isAfter(m)).isTrue();
            assertThat(m.isBefore(Months.LIFE)).isTrue();
            assertThat(Months.max(m, Months.LIFE)).isEqualTo(Months.LIFE);
            assertThat(Months.min(Months.LIFE, m)).isEqualTo(m);
        }
        assertThat(Months.LIFE.compareTo(Months.parse("life"))).isZero();
        assertThat(Months.LIFE).isEqualTo(Months.parse("life"));
    }

    @Test
    void sortsNumbersThenLife() {
        List<Months> list = new ArrayList<>(List.of(Months.LIFE, Months.of(360), Months.ZERO, Months.of(87), Months.of(120)));
        Collections.shuffle(list, new java.util.Random(7));
        Collections.sort(list);
        assertThat(list).containsExactly(Months.ZERO, Months.of(87), Months.of(120), Months.of(360), Months.LIFE);
    }

    @Test
    void addition() {
        assertThat(Months.of(120).plus(Months.of(60))).isEqualTo(Months.of(180));
        assertThat(Months.ZERO.plus(Months.ZERO)).isEqualTo(Months.ZERO);
        assertThat(Months.LIFE.plus(Months.of(60))).isEqualTo(Months.LIFE);
        assertThat(Months.of(60).plus(Months.LIFE)).isEqualTo(Months.LIFE);
    }
}
