package org.rangefinder.app.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record scanner: RFC 4180 fields, line numbers, and recovery from every kind of broken record. */
class RecordScannerTest {

    /** "line: field|field" or "line! error" per record. */
    static List<String> scan(String text, int expected) throws IOException {
        return scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), expected);
    }

    static List<String> scan(InputStream in, int expected) throws IOException {
        List<String> out = new ArrayList<>();
        try (RecordScanner s = new RecordScanner(in)) {
            if (expected > 0) {
                s.expectFields(expected);
            }
            RecordScanner.Record r;
            while ((r = s.next()) != null) {
                out.add(r.isError() ? r.line() + "! " + r.error() : r.line() + ": " + String.join("|", r.fields()));
            }
        }
        return out;
    }

    @Test
    void fieldsQuotedOrNot() throws IOException {
        assertThat(scan("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n,,\n", -1))
                .containsExactly("1: a|b|c", "2: 1|x, y|say \"hi\"", "3: ||");
    }

    @Test
    void lineEndsCrlfLfAndCrAndNoFinalLineEnd() throws IOException {
        assertThat(scan("a,b\r\n1,2\r3,4\n5,6", -1)).containsExactly("1: a|b", "2: 1|2", "3: 3|4", "4: 5|6");
    }

    @Test
    void aQuotedLineBreakKeepsTheRecordTogetherAndCountsTheLine() throws IOException {
        assertThat(scan("a,b\n\"x\r\ny\",2\n3,4\n", 2)).containsExactly("1: a|b", "2: x\r\ny|2", "4: 3|4");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "id,x\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        assertThat(scan(new ByteArrayInputStream(all), -1)).containsExactly("1: id|x", "2: 1|2");
    }

    @Test
    void utf8TextIsDecoded() throws IOException {
        assertThat(scan("Peña,\"São Paulo, § 841\"\n", -1)).containsExactly("1: Peña|São Paulo, § 841");
    }

    @Test
    void emptyLinesAreErrorsAndAFinalLineEndIsNot() throws IOException {
        assertThat(scan("a,b\n\n1,2\n\r\n", 2)).containsExactly("1: a|b", "2! malformed CSV: empty line", "3: 1|2",
                "4! malformed CSV: empty line");
    }

    @Test
    void theWrongNumberOfFieldsOnOneLine() throws IOException {
        assertThat(scan("1,2\n1,2,3\n4\n5,6\n", 2)).containsExactly("1: 1|2", "2! malformed CSV: 3 fields, the header has 2",
                "3! malformed CSV: 1 field, the header has 2", "4: 5|6");
    }

    @Test
    void anUnbalancedQuoteGivesBackTheLinesItSwallowed() throws IOException {
        // the quote opened on line 2 closes on line 4, leaving a record of the wrong size: lines 3 and 4 are read again
        assertThat(scan("a,b,c\n1,\"oops,3\n4,5,6\n7,\"x\",9\n10,11,12\n", 3)).containsExactly(
                "1: a|b|c",
                "2! malformed CSV: a quoted field opened on this line is not closed on it (unbalanced quote)",
                "3: 4|5|6",
                "4: 7|x|9",
                "5: 10|11|12");
    }

    @Test
    void anUnbalancedQuoteThatNeverClosesLosesNoOtherLine() throws IOException {
        assertThat(scan("a,b\n1,\"oops\n2,3\n4,5\n", 2)).containsExactly(
                "1: a|b",
                "2! malformed CSV: a quoted field opened on this line is never closed (unbalanced quote)",
                "3: 2|3",
                "4: 4|5");
    }

    @Test
    void aCharacterAfterTheClosingQuote() throws IOException {
        assertThat(scan("a,b\n\"x\"y,2\n3,4\n", 2)).containsExactly("1: a|b",
                "2! malformed CSV: unexpected character 'y' after the closing quote of field 1 (a quote inside a quoted field must be doubled)",
                "3: 3|4");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() throws IOException {
        assertThat(scan("a,b\n5'10\",2\n", 2)).containsExactly("1: a|b", "2: 5'10\"|2");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWholeWhateverTheBuffer() throws IOException {
        String longField = "y".repeat(3 * 1024 * 1024);
        assertThat(scan("a,b\n1," + longField + "\n2,3\n", 2)).containsExactly("1: a|b",
                "2! malformed CSV: the line is " + (longField.length() + 2) + " bytes long, more than the 65536 bytes a record may have; it was skipped",
                "3: 2|3");
    }

    @Test
    void aQuotedFieldRunningPastTheLimitIsAnUnbalancedQuote() throws IOException {
        StringBuilder sb = new StringBuilder("a,b\n1,\"open\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i).append(",row\n");
        }
        List<String> records = scan(sb.toString(), 2);
        assertThat(records).hasSize(10_002);
        assertThat(records.get(1)).isEqualTo("2! malformed CSV: a quoted field opened on this line is not closed within 65536 bytes"
                + " (unbalanced quote)");
        assertThat(records.get(2)).isEqualTo("3: 0|row");
        assertThat(records.getLast()).isEqualTo("10002: 9999|row");
    }

    @Test
    void bytesReadCountsTheWholeInput() throws IOException {
        byte[] text = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        try (RecordScanner s = new RecordScanner(new ByteArrayInputStream(text))) {
            while (s.next() != null) {
                // read all
            }
            assertThat(s.bytesRead()).isEqualTo(text.length);
        }
    }

    @Test
    void readsAcrossManyBufferRefills() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append(i).append(",\"v, ").append(i).append("\"\r\n");
        }
        List<String> records = scan(sb.toString(), 2);
        assertThat(records).hasSize(200_000);
        assertThat(records.get(123_456)).isEqualTo("123457: 123456|v, 123456");
    }
}
