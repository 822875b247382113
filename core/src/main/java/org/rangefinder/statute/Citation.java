package org.rangefinder.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single U.S. Code citation: title, section and subdivisions, e.g. 21 U.S.C. § 841(b)(1)(A).
 *
 * <p>{@link #parse} reads the forms people write: {@code 21 U.S.C. § 841(b)(1)(A)}, {@code 21 USC
 * 841(b)(1)(A)}, {@code 21 U.S.C. §841 (b)(1)(A)}, {@code 21 U.S.C. Sec. 841(b)(1)(A)}, {@code 21
 * U.S.C.A. § 841(b)(1)(A)} and {@code Title 21, United States Code, Section 841(b)(1)(A)}. The
 * section's letter suffix is upper-cased ({@code 2252a} is § 2252A); subdivision letters keep their
 * case, because (a) and (A) are different subdivisions. Text holding more than one citation
 * ({@code 841(a)(1) and (b)(1)(A)}) is not a citation and is not parsed.
 */
public record Citation(int title, String section, List<String> subdivisions) {

    private static final String SECTION = "(?<section>\\d{1,5}[A-Za-z]{0,2})";
    private static final String SUBS = "(?<subs>(?:\\s?\\(\\s?[A-Za-z0-9]{1,8}\\s?\\))*)";
    private static final Pattern USC = Pattern.compile(
            "(?<title>\\d{1,2})\\s?U\\.?\\s?S\\.?\\s?C\\.?(?:\\s?[AS]\\.?)?\\s?(?:§{1,2}|sec(?:tion)?s?\\.?)?\\s?"
                    + SECTION + SUBS + "\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_FORM = Pattern.compile(
            "title\\s(?<title>\\d{1,2}),?\\s(?:of\\s(?:the\\s)?)?united\\sstates\\scode,?\\s(?:§{1,2}|sec(?:tion)?s?\\.?)\\s?"
                    + SECTION + SUBS + "\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBDIVISION = Pattern.compile("\\(([A-Za-z0-9]+)\\)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,5}[A-Z]{0,2}");
    private static final Pattern SUBDIVISION_NAME = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    public Citation {
        if (title < 1 || title > 54) {
            throw new IllegalArgumentException("no such title of the U.S. Code: " + title);
        }
        if (section == null || !SECTION_NUMBER.matcher(section).matches()) {
            throw new IllegalArgumentException("not a U.S. Code section number: " + section);
        }
        subdivisions = List.copyOf(subdivisions);
        for (String s : subdivisions) {
            if (!SUBDIVISION_NAME.matcher(s).matches()) {
                throw new IllegalArgumentException("not a subdivision: (" + s + ")");
            }
        }
    }

    /** The citation in {@code text}, or empty when the text is not one U.S. Code citation in a form read here. */
    public static Optional<Citation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Citation> known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Optional<Citation> parsed = parseText(text);
        if (PARSED.size() > 10_000) {
            PARSED.clear();
        }
        PARSED.put(text, parsed);
        return parsed;
    }

    /** Citations already read: dockets repeat the same few statutes on every row. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Citation>> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<Citation> parseText(String text) {
        String t = BLANKS.matcher(text).replaceAll(" ").strip();
        Matcher m = USC.matcher(t);
        if (!m.matches()) {
            m = TITLE_FORM.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int title = Integer.parseInt(m.group("title"));
        if (title < 1 || title > 54) {
            return Optional.empty();
        }
        List<String> subs = new ArrayList<>();
        Matcher s = SUBDIVISION.matcher(m.group("subs").replace(" ", ""));
        while (s.find()) {
            subs.add(s.group(1));
        }
        return Optional.of(new Citation(title, m.group("section").toUpperCase(Locale.ROOT), subs));
    }

    /** The normalized key the data file uses, e.g. {@code 21 U.S.C. 841(b)(1)(A)}. */
    public String key() {
        return title + " U.S.C. " + section + subdivisionText();
    }

    /** The citation as printed, e.g. {@code 21 U.S.C. § 841(b)(1)(A)}. */
    public String display() {
        return title + " U.S.C. § " + section + subdivisionText();
    }

    /** The key of the whole section, e.g. {@code 21 U.S.C. 841}. */
    public String sectionKey() {
        return title + " U.S.C. " + section;
    }

    /** The enclosing citation ({@code 841(b)(1)} for {@code 841(b)(1)(A)}); empty for a whole section. */
    public Optional<Citation> parent() {
        if (subdivisions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Citation(title, section, subdivisions.subList(0, subdivisions.size() - 1)));
    }

    private String subdivisionText() {
        StringBuilder b = new StringBuilder();
        for (String s : subdivisions) {
            b.append('(').append(s).append(')');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
