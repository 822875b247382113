package org.rangefinder.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Digits;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;

/**
 * Reads typed fields from a parsed tree, collecting a {@link Problem} for every bad value instead
 * of stopping at the first. Shared by the case-file reader and the CSV row reader.
 */
public final class Reader {

    private final List<Problem> problems = new ArrayList<>();
    private final boolean checkKeys;

    /** A reader that reports unknown keys. */
    public Reader() {
        this(true);
    }

    /** {@code checkKeys} false: the producer of the tree already knows its keys are allowed (a docket row). */
    Reader(boolean checkKeys) {
        this.checkKeys = checkKeys;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }

    /** Reports every key of {@code node} not in {@code allowed} (keys starting {@code x-} are free). */
    public void onlyKeys(JsonNode node, String path, Collection<String> allowed) {
        if (!checkKeys) {
            return;
        }
        node.properties().forEach(e -> {
            String k = e.getKey();
            if (!allowed.contains(k) && !k.startsWith("x-")) {
                problem(join(path, k), "unknown key (expected one of: " + String.join(", ", allowed)
                        + "; keys starting with x- are ignored)");
            }
        });
    }

    public Optional<JsonNode> section(JsonNode parent, String path, String key) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            problem(join(path, key), "expected a mapping of keys, got " + describe(n));
            return Optional.empty();
        }
        return Optional.of(n);
    }

    public Optional<String> text(JsonNode parent, String path, String key) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isValueNode() || n.isBoolean()) {
            problem(join(path, key), "expected text, got " + describe(n));
            return Optional.empty();
        }
        String t = n.asText().strip();
        if (t.isEmpty()) {
            problem(join(path, key), "is empty (leave the key out when the fact is unknown)");
            return Optional.empty();
        }
        return Optional.of(t);
    }

    public Optional<LocalDate> date(JsonNode parent, String path, String key) {
        return text(parent, path, key).flatMap(t -> {
            try {
                return Optional.of(isoDate(t));
            } catch (DateTimeException e) {
                problem(join(path, key), "'" + t + "' is not a date (expected YYYY-MM-DD)");
                return Optional.empty();
            }
        });
    }

    /** {@link LocalDate#parse}, with the usual form YYYY-MM-DD read directly (a tenth of the cost). */
    private static LocalDate isoDate(String t) {
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int y = digits(t, 0, 4);
            int m = digits(t, 5, 7);
            int d = digits(t, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(t);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not a digit. */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    public Optional<Boolean> bool(JsonNode parent, String path, String key) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isBoolean()) {
            return Optional.of(n.booleanValue());
        }
        if (n.isTextual() && (n.asText().equals("true") || n.asText().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(n.asText()));
        }
        problem(join(path, key), "'" + n.asText() + "' is not true or false");
        return Optional.empty();
    }

    /** A whole number from {@code min} to {@code max} inclusive; {@code what} names it in messages. */
    public Optional<Integer> integer(JsonNode parent, String path, String key, int min, int max, String what) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        Integer v = null;
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            v = n.intValue();
        } else if (n.isTextual()) {
            String t = n.asText().strip();
            if (Digits.only(t, 9, true)) {
                v = Integer.parseInt(t);
            }
        }
        if (v == null || v < min || v > max) {
            problem(join(path, key), shown(n) + " is not " + what);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    public Optional<OffenseLevel> offenseLevel(JsonNode parent, String path, String key) {
        return integer(parent, path, key, OffenseLevel.LOWEST, OffenseLevel.HIGHEST, "an offense level (1-43)")
                .map(OffenseLevel::of);
    }

    public Optional<CriminalHistoryCategory> category(JsonNode parent, String path, String key) {
        return text(parent, path, key).flatMap(t -> {
            try {
                return Optional.of(CriminalHistoryCategory.parse(t));
            } catch (IllegalArgumentException e) {
                problem(join(path, key), "'" + t + "' is not a criminal history category (I, II, III, IV, V or VI)");
                return Optional.empty();
            }
        });
    }

    /** Months as a whole number, or "life" when {@code lifeAllowed}. */
    public Optional<Months> months(JsonNode parent, String path, String key, boolean lifeAllowed) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        String t = n.asText().strip();
        if (n.isValueNode() && !n.isBoolean() && (Digits.only(t, 5, false) || (lifeAllowed && t.equalsIgnoreCase("life")))) {
            return Optional.of(Months.parse(t));
        }
        problem(join(path, key), shown(n) + " is not a number of months (expected a whole number 0 or more"
                + (lifeAllowed ? ", or \"life\")" : ")"));
        return Optional.empty();
    }

    /** A range "N-M", "N-life", "N" or "life". */
    public Optional<MonthRange> range(JsonNode parent, String path, String key) {
        return text(parent, path, key).flatMap(t -> {
            try {
                return Optional.of(MonthRange.parse(t));
            } catch (IllegalArgumentException e) {
                problem(join(path, key), "'" + t + "' is not a range of months (expected \"N-M\", \"N-life\", \"N\" or \"life\""
                        + (e.getMessage().contains("above") ? ", with the minimum first)" : ")"));
                return Optional.empty();
            }
        });
    }

    /** One of the given kebab-case words, mapped to an enum constant (plea-11c1c -> PLEA_11C1C). */
    public <E extends Enum<E>> Optional<E> choice(JsonNode parent, String path, String key, Class<E> type) {
        return text(parent, path, key).flatMap(t -> {
            Optional<E> e = choiceOf(t, type);
            if (e.isEmpty()) {
                problem(join(path, key), notOneOf(t, type));
            }
            return e;
        });
    }

    public <E extends Enum<E>> Optional<E> parseChoice(String t, String field, Class<E> type) {
        Optional<E> e = choiceOf(t, type);
        if (e.isEmpty()) {
            problem(field, notOneOf(t, type));
        }
        return e;
    }

    private static <E extends Enum<E>> Optional<E> choiceOf(String t, Class<E> type) {
        String[] words = WORDS.get(type);
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(t)) {
                return Optional.of(type.getEnumConstants()[i]);
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> String notOneOf(String t, Class<E> type) {
        return "'" + t + "' is not one of: " + String.join(", ", words(type));
    }

    /** A list of text items (a single text value is not accepted: the format asks for a list). */
    public Optional<List<String>> list(JsonNode parent, String path, String key) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            problem(join(path, key), "expected a list, got " + describe(n));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problem(join(path, key) + "[" + i + "]", "expected text, got " + describe(item));
            } else {
                out.add(item.asText().strip());
            }
        }
        return Optional.of(out);
    }

    public <E extends Enum<E>> Optional<Set<E>> choices(JsonNode parent, String path, String key, Class<E> type) {
        return list(parent, path, key).map(items -> {
            Set<E> out = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                parseChoice(items.get(i), join(path, key) + "[" + i + "]", type).ifPresent(out::add);
            }
            return out;
        });
    }

    /** The kebab-case words of each enum's constants, by ordinal, made once per enum. */
    private static final ClassValue<String[]> WORDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] words = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return words;
        }
    };

    public static <E extends Enum<E>> String word(E e) {
        return WORDS.get(e.getDeclaringClass())[e.ordinal()];
    }

    public static <E extends Enum<E>> List<String> words(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map((Function<E, String>) Reader::word).toList();
    }

    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String shown(JsonNode n) {
        return n.isTextual() ? "'" + n.asText() + "'" : n.toString();
    }

    static String describe(JsonNode n) {
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return shown(n);
    }
}
