package org.rangefinder.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rangefinder.io.Reader;

/**
 * Fuzz tests of the month and range parsers: {@link Months#parse}, {@link MonthRange#parse} and
 * the field readers built on them ({@link Reader#months}, {@link Reader#range}), which the case-file
 * reader and the CSV row reader share.
 *
 * <ul>
 *   <li>The parsers return a value or throw {@link IllegalArgumentException}, nothing else.</li>
 *   <li>What they accept is the documented grammar ({@code N} of at most 6 digits or {@code life};
 *       a range {@code N-M}, {@code N-life}, {@code N} or {@code life}) and prints back to text that
 *       parses to the same value; a range never has its minimum above its maximum.</li>
 *   <li>The field readers never throw: a value or a problem naming the field, never both.</li>
 * </ul>
 */
class MonthParsersFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void months(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Months m;
        try {
            m = Months.parse(text);
        } catch (IllegalArgumentException e) {
            if (text.strip().matches("\\d{1,6}") || text.strip().equalsIgnoreCase("life")) {
                throw new AssertionError("rejected valid months '" + text + "'", e);
            }
            m = null;
        }
        if (m != null) {
            check(Months.parse(m.toString()).equals(m), "months", text, m);
        }
        checkField(text, true);
        checkField(text, false);
    }

    @FuzzTest(maxDuration = "5s")
    void ranges(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        MonthRange r;
        try {
            r = MonthRange.parse(text);
        } catch (IllegalArgumentException e) {
            r = null;
        }
        if (r != null) {
            check(!r.min().isAfter(r.max()), "range", text, r);
            check(MonthRange.parse(r.toString()).equals(r), "range", text, r);
            check(text.strip().indexOf('-') < 0 ? r.isSingleTerm() : true, "range", text, r);
        }
        Reader reader = new Reader();
        JsonNode node = JsonNodeFactory.instance.objectNode().put("guideline_range", text);
        Optional<MonthRange> read = reader.range(node, "sentencing", "guideline_range");
        check(read.isPresent() != !reader.problems().isEmpty(), "Reader.range", text, read);
        read.ifPresent(x -> check(x.equals(MonthRange.parse(text.strip())), "Reader.range", text, x));
    }

    private static void checkField(String text, boolean lifeAllowed) {
        Reader reader = new Reader();
        JsonNode node = JsonNodeFactory.instance.objectNode().put("sentence_months", text);
        Optional<Months> read = reader.months(node, "sentencing", "sentence_months", lifeAllowed);
        check(read.isPresent() != !reader.problems().isEmpty(), "Reader.months", text, read);
        read.ifPresent(m -> check(lifeAllowed || !m.isLife(), "Reader.months", text, m));
    }

    private static void check(boolean ok, String what, String input, Object value) {
        if (!ok) {
            throw new AssertionError(what + ": '" + input + "' gave " + value);
        }
    }
}
