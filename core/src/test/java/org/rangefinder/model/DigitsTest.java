package org.rangefinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Digits#only} against the regular expressions it replaced, on every short string over a telling alphabet. */
class DigitsTest {

    private static final String ALPHABET = "09-a ٣+.";

    @Test
    void agreesWithTheRegularExpressionsOnEveryStringOfUpToFourCharacters() {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int length = 1; length <= 4; length++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (char c : ALPHABET.toCharArray()) {
                    next.add(s + c);
                }
            }
            all.addAll(next);
            last = next;
        }
        all.addAll(List.of("12345", "123456", "1234567", "123456789", "1234567890", "-123456789", "-1234567890", "--1"));
        for (int max : new int[] {1, 3, 5, 6, 9}) {
            Pattern unsigned = Pattern.compile("\\d{1," + max + "}");
            Pattern signed = Pattern.compile("-?\\d{1," + max + "}");
            for (String s : all) {
                assertThat(Digits.only(s, max, false)).as("'%s' unsigned, at most %d", s, max)
                        .isEqualTo(unsigned.matcher(s).matches());
                assertThat(Digits.only(s, max, true)).as("'%s' signed, at most %d", s, max)
                        .isEqualTo(signed.matcher(s).matches());
            }
        }
    }
}
