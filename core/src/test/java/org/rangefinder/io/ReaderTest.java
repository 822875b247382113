package org.rangefinder.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderTest {

    /** Dates read as {@link LocalDate#parse} reads them, including the forms it refuses. */
    @ParameterizedTest
    @ValueSource(strings = {"2021-06-15", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2021-04-31",
        "2021-13-01", "2021-00-10", "2021-06-00", "0000-01-01", "9999-12-31", "+202-01-01", "-001-01-01",
        "2021-6-15", "2021/06/15", "202١-06-15", "+12021-06-15", "20210615", "2021-06-15 "})
    void datesAsLocalDateParse(String text) {
        Reader r = new Reader();
        Optional<LocalDate> read = r.date(JsonNodeFactory.instance.objectNode().put("d", text), "", "d");
        Optional<LocalDate> expected;
        try {
            expected = Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            expected = Optional.empty();
        }
        assertThat(read).isEqualTo(expected);
        assertThat(r.problems()).hasSize(expected.isPresent() ? 0 : 1);
    }
}
