package org.rangefinder.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Shared.Csv.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3"))
                .containsExactly(
                        List.of("a", "b", "c"),
                        List.of("x, y", "say \"hi\"", "two\nlines"),
                        List.of("1", "", "3"));
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThatThrownBy(() -> Shared.Csv.parse("a,\"b\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
