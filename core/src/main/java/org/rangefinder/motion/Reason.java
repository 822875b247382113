package org.rangefinder.motion;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One reason for a determination: its code, a sentence for the reader, and the authorities. The
 * sentence and the authorities are built when first read, so a caller that needs only the code
 * (docket screening) never pays for them. Immutable; equal when code, sentence and authorities are.
 */
public final class Reason {

    private final ReasonCode code;
    private Supplier<String> textSource;
    private String text;
    private Supplier<List<String>> citationsSource;
    private List<String> citations;

    public Reason(ReasonCode code, String text, List<String> citations) {
        this.code = Objects.requireNonNull(code);
        this.text = Objects.requireNonNull(text);
        this.citations = List.copyOf(citations);
    }

    Reason(ReasonCode code, Supplier<String> text, Supplier<List<String>> citations) {
        this.code = Objects.requireNonNull(code);
        this.textSource = text;
        this.citationsSource = citations;
    }

    public ReasonCode code() {
        return code;
    }

    public String text() {
        String t = text;
        if (t == null) {
            // a race builds the same immutable string twice; no harm
            t = Objects.requireNonNull(textSource.get());
            text = t;
        }
        return t;
    }

    public List<String> citations() {
        List<String> c = citations;
        if (c == null) {
            c = List.copyOf(citationsSource.get());
            citations = c;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Reason r && code == r.code && text().equals(r.text())
                && citations().equals(r.citations());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, text(), citations());
    }

    @Override
    public String toString() {
        return "Reason[code=" + code + ", text=" + text() + ", citations=" + citations() + "]";
    }
}
