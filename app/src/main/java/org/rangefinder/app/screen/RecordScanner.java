package org.rangefinder.app.screen;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an RFC 4180 CSV byte stream (UTF-8, with or without a byte order mark, CRLF, LF or CR line
 * ends) into records, one at a time, in constant memory, so that no broken record can take other
 * records with it.
 *
 * <p>Every record is returned with the physical line it starts on. A record that cannot be read
 * becomes a {@link Record} with an {@code error} and scanning goes on at the next physical line:
 * a quote that is never closed (or closes so late that the record has the wrong number of fields)
 * costs only the line it opened on, and the lines it would have swallowed are read again as
 * records of their own; a line longer than {@link #MAX_RECORD_BYTES} is skipped to its end; an
 * empty line, a record with the wrong number of fields, a character after a closing quote and
 * bytes that are not UTF-8 each make an error record.
 *
 * <p>Why not FastCSV's reader, which the rest of screening uses for writing: after a malformed
 * record its iterator throws the same exception again on every call without moving on (checked
 * with FastCSV 4.4.0), and an unclosed quote silently joins every following line into one field,
 * so rows would be lost. Handing each record to FastCSV separately costs 2-5 µs a record.
 */
public final class RecordScanner implements Closeable {

    /** The longest record read; a longer one is an error record (a docket row is well under 2 KB). */
    public static final int MAX_RECORD_BYTES = 64 * 1024;

    private static final String[] NO_FIELDS = {};

    /** One record: the physical line it starts on, and its fields, or what is wrong with it. */
    public record Record(long line, String[] fields, String error) {

        public boolean isError() {
            return error != null;
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[1 << 20];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;
    private long line = 1;
    private int expectedFields = -1;
    private String[] fields = new String[64];
    private int fieldCount;
    private int badField;
    private byte[] scratch = new byte[256];

    public RecordScanner(InputStream in) throws IOException {
        this.in = in;
        fill();
        if (limit - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    /** Records after this one must have {@code n} fields (the header's); a multi-line record with another count is unbalanced. */
    public void expectFields(int n) {
        this.expectedFields = n;
    }

    /** Bytes consumed so far (for progress). */
    public long bytesRead() {
        return consumed + pos;
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
        if (limit - pos < MAX_RECORD_BYTES + 2) {
            fill();
        }
        if (pos >= limit) {
            return null;
        }
        final long startLine = line;
        final int start = pos;
        final int window = Math.min(limit, start + MAX_RECORD_BYTES + 1);
        final boolean windowIsEnd = eof && window == limit;
        byte b = buf[start];
        if (b == '\n' || b == '\r') {
            skipNewline(start);
            line = startLine + 1;
            return new Record(startLine, NO_FIELDS, "malformed CSV: empty line");
        }
        fieldCount = 0;
        badField = 0;
        int extraLines = 0;
        int i = start;
        while (true) {
            if (i < window && buf[i] == '"') {
                // quoted field
                int from = ++i;
                boolean escaped = false;
                boolean fieldAscii = true;
                while (true) {
                    if (i >= window) {
                        return windowIsEnd
                                ? broken(start, startLine, "malformed CSV: a quoted field opened on this line is never closed (unbalanced quote)")
                                : tooLong(start, startLine);
                    }
                    b = buf[i];
                    if (b == '"') {
                        if (i + 1 < window && buf[i + 1] == '"') {
                            escaped = true;
                            i += 2;
                            continue;
                        }
                        if (i + 1 >= window && !windowIsEnd) {
                            return tooLong(start, startLine);
                        }
                        break;
                    }
                    if (b == '\n') {
                        extraLines++;
                    } else if (b == '\r') {
                        extraLines++;
                        if (i + 1 < window && buf[i + 1] == '\n') {
                            i++;
                        }
                    } else if (b < 0) {
                        fieldAscii = false;
                    }
                    i++;
                }
                addField(from, i, escaped, fieldAscii);
                i++;
                if (i < window) {
                    b = buf[i];
                    if (b != ',' && b != '\n' && b != '\r') {
                        return broken(start, startLine, extraLines > 0
                                ? "malformed CSV: a quoted field opened on this line is not closed on it (unbalanced quote)"
                                : "malformed CSV: unexpected character '" + printable(b) + "' after the closing quote of field "
                                        + fieldCount + " (a quote inside a quoted field must be doubled)");
                    }
                } else if (!windowIsEnd) {
                    return tooLong(start, startLine);
                }
            } else {
                int from = i;
                boolean fieldAscii = true;
                while (i < window) {
                    b = buf[i];
                    if (b == ',' || b == '\n' || b == '\r') {
                        break;
                    }
                    if (b < 0) {
                        fieldAscii = false;
                    }
                    i++;
                }
                if (i >= window && !windowIsEnd) {
                    return tooLong(start, startLine);
                }
                addField(from, i, false, fieldAscii);
            }
            // here i is at a separator, a line end, or the end of the input
            if (i >= window) {
                pos = i;
                break;
            }
            b = buf[i];
            if (b == ',') {
                i++;
                if (i >= window && !windowIsEnd) {
                    return tooLong(start, startLine);
                }
                continue;
            }
            pos = i;
            skipNewline(i);
            break;
        }
        line = startLine + extraLines + 1;
        if (expectedFields >= 0 && fieldCount != expectedFields) {
            if (extraLines > 0) {
                return broken(start, startLine, "malformed CSV: a quoted field opened on this line runs over " + (extraLines + 1)
                        + " lines and leaves the record with " + fieldCount + " fields, the header has " + expectedFields
                        + " (unbalanced quote)");
            }
            return new Record(startLine, copyFields(), "malformed CSV: " + fieldCount + (fieldCount == 1 ? " field" : " fields")
                    + ", the header has " + expectedFields);
        }
        if (badField > 0) {
            return new Record(startLine, NO_FIELDS, "malformed CSV: field " + badField + " is not UTF-8 text");
        }
        return new Record(startLine, copyFields(), null);
    }

    private void addField(int from, int to, boolean escaped, boolean fieldAscii) {
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        String value;
        if (from == to) {
            value = "";
        } else if (!escaped && fieldAscii) {
            value = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        } else {
            byte[] src = buf;
            int off = from;
            int n = to - from;
            if (escaped) {
                if (scratch.length < n) {
                    scratch = new byte[Math.max(n, scratch.length * 2)];
                }
                n = 0;
                for (int k = from; k < to; k++) {
                    scratch[n++] = buf[k];
                    if (buf[k] == '"') {
                        k++;
                    }
                }
                src = scratch;
                off = 0;
            }
            if (fieldAscii) {
                value = new String(src, off, n, StandardCharsets.ISO_8859_1);
            } else {
                try {
                    value = utf8.reset().decode(ByteBuffer.wrap(src, off, n)).toString();
                } catch (CharacterCodingException e) {
                    value = "";
                    if (badField == 0) {
                        badField = fieldCount + 1;
                    }
                }
            }
        }
        fields[fieldCount++] = value;
    }

    private String[] copyFields() {
        return Arrays.copyOf(fields, fieldCount);
    }

    /** Consumes the line end at {@code i} (CR, LF or CRLF) and counts the line. */
    private void skipNewline(int i) {
        if (buf[i] == '\r' && i + 1 < limit && buf[i + 1] == '\n') {
            i++;
        }
        pos = i + 1;
    }

    /**
     * The record starting at {@code start} is broken: report its first physical line only, and go
     * on at the next physical line.
     */
    private Record broken(int start, long startLine, String message) throws IOException {
        skipLine(start);
        line = startLine + 1;
        return new Record(startLine, NO_FIELDS, message);
    }

    /** The record is longer than {@link #MAX_RECORD_BYTES}. */
    private Record tooLong(int start, long startLine) throws IOException {
        int window = Math.min(limit, start + MAX_RECORD_BYTES + 1);
        for (int k = start; k < window; k++) {
            if (buf[k] == '\n' || buf[k] == '\r') {
                return broken(start, startLine, "malformed CSV: a quoted field opened on this line is not closed within "
                        + MAX_RECORD_BYTES + " bytes (unbalanced quote)");
            }
        }
        long length = skipLine(start);
        line = startLine + 1;
        return new Record(startLine, NO_FIELDS, "malformed CSV: the line is " + length + " bytes long, more than the "
                + MAX_RECORD_BYTES + " bytes a record may have; it was skipped");
    }

    /** Skips the physical line starting at {@code start} and its line end, reading on as needed; returns its length. */
    private long skipLine(int start) throws IOException {
        long length = 0;
        pos = start;
        while (true) {
            int k = pos;
            while (k < limit && buf[k] != '\n' && buf[k] != '\r') {
                k++;
            }
            length += k - pos;
            pos = k;
            if (k < limit) {
                if (buf[k] == '\r' && k + 1 >= limit && !eof) {
                    fill();
                    k = pos;
                }
                skipNewline(k);
                return length;
            }
            fill();
            if (pos >= limit) {
                return length;
            }
        }
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xff);
    }

    /** Moves the unread bytes to the front of the buffer and reads until it is full or the input ends. */
    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumed += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
