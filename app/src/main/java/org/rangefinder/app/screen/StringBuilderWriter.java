package org.rangefinder.app.screen;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}: {@link java.io.StringWriter} without its synchronized buffer. */
final class StringBuilderWriter extends Writer {

    private final StringBuilder sb;

    StringBuilderWriter(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        sb.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public StringBuilderWriter append(CharSequence csq) {
        sb.append(csq);
        return this;
    }

    @Override
    public StringBuilderWriter append(char c) {
        sb.append(c);
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return sb.toString();
    }
}
