package org.rangefinder.app.screen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a docket CSV: the flat form of the case file (docs/case-file.md), one column per
 * key, lists separated by semicolons. Each column knows its case-file path, so that a problem the
 * case-file reader reports on {@code sentencing.offense_level} is reported on the column
 * {@code offense_level}.
 */
public final class Columns {

    /** How a cell becomes a case-file value. */
    public enum Kind {
        /** the row's identifier, copied to the output; not a fact of the case */
        ID,
        /** one value */
        VALUE,
        /** a semicolon-separated list; the literal {@code none} is the empty list */
        LIST
    }

    /** One column: its name, the case-file section ({@code ""} for a top-level key) and key. */
    public record Column(String name, String section, String key, Kind kind) {

        /** The case-file path, e.g. {@code sentencing.offense_level}. */
        public String path() {
            return section.isEmpty() ? key : section + "." + key;
        }
    }

    /** Every column, in the order of the documentation. */
    public static final List<Column> ALL = List.of(
            new Column("id", "", "id", Kind.ID),
            new Column("caption", "", "caption", Kind.VALUE),
            new Column("court", "", "court", Kind.VALUE),
            new Column("docket", "", "docket", Kind.VALUE),
            new Column("disposition", "conviction", "disposition", Kind.VALUE),
            new Column("offense", "conviction", "offense", Kind.VALUE),
            new Column("offense_date", "conviction", "offense_date", Kind.VALUE),
            new Column("statutes", "conviction", "statutes", Kind.LIST),
            new Column("plea_agreement_uses_range", "conviction", "plea_agreement_uses_range", Kind.VALUE),
            new Column("sentencing_date", "sentencing", "date", Kind.VALUE),
            new Column("offense_level", "sentencing", "offense_level", Kind.VALUE),
            new Column("offense_guideline", "sentencing", "offense_guideline", Kind.VALUE),
            new Column("criminal_history_category", "sentencing", "criminal_history_category", Kind.VALUE),
            new Column("criminal_history_points", "sentencing", "criminal_history_points", Kind.VALUE),
            new Column("status_points", "sentencing", "status_points", Kind.VALUE),
            new Column("career_offender", "sentencing", "career_offender", Kind.VALUE),
            new Column("mandatory_minimum_months", "sentencing", "mandatory_minimum_months", Kind.VALUE),
            new Column("statutory_maximum_months", "sentencing", "statutory_maximum_months", Kind.VALUE),
            new Column("guideline_range", "sentencing", "guideline_range", Kind.VALUE),
            new Column("departures", "sentencing", "departures", Kind.LIST),
            new Column("substantial_assistance_levels", "sentencing", "substantial_assistance_levels", Kind.VALUE),
            new Column("sentence_months", "sentencing", "sentence_months", Kind.VALUE),
            new Column("time_served_months", "sentencing", "time_served_months", Kind.VALUE),
            new Column("zero_point_exclusions", "sentencing", "zero_point_exclusions", Kind.LIST),
            new Column("motion_kind", "motion", "kind", Kind.VALUE),
            new Column("amendment", "motion", "amendment", Kind.VALUE),
            new Column("basis", "motion", "basis", Kind.VALUE),
            new Column("government_motion", "motion", "government_motion", Kind.VALUE),
            new Column("motion_filed", "motion", "filed", Kind.VALUE),
            new Column("motion_date", "motion", "date", Kind.VALUE),
            new Column("amended_guideline_range", "amended", "guideline_range", Kind.VALUE),
            new Column("amended_offense_level", "amended", "offense_level", Kind.VALUE),
            new Column("amended_criminal_history_category", "amended", "criminal_history_category", Kind.VALUE),
            new Column("amended_criminal_history_points", "amended", "criminal_history_points", Kind.VALUE),
            new Column("amended_status_points", "amended", "status_points", Kind.VALUE),
            new Column("prior_reduction_amendment", "prior_reduction", "amendment", Kind.VALUE),
            new Column("prior_reduction_date", "prior_reduction", "date", Kind.VALUE),
            new Column("prior_reduction_guideline_range", "prior_reduction", "guideline_range", Kind.VALUE));

    /** Columns whose name starts with this are the user's own and are ignored. */
    public static final String FREE_PREFIX = "x_";

    private static final Map<String, Column> BY_NAME;
    private static final Map<String, String> PATH_TO_COLUMN;
    /** "conviction.", "sentencing.", ...: a message names a path that differs from its column only with one of these */
    private static final String[] SECTION_PREFIXES;

    static {
        Map<String, Column> byName = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (Column c : ALL) {
            byName.put(c.name(), c);
            if (c.kind() != Kind.ID) {
                paths.put(c.path(), c.name());
            }
        }
        // the case-file reader says "motion: is required" when no motion column has a value
        paths.put("motion", "motion_kind");
        BY_NAME = Collections.unmodifiableMap(byName);
        PATH_TO_COLUMN = Collections.unmodifiableMap(paths);
        SECTION_PREFIXES = ALL.stream().map(Column::section).filter(x -> !x.isEmpty()).distinct()
                .map(x -> x + ".").toArray(String[]::new);
    }

    private Columns() {}

    /** The column of that name, or null. */
    public static Column named(String name) {
        return BY_NAME.get(name);
    }

    /** The names of every column, in the order of the documentation. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * The column a case-file field path belongs to: {@code sentencing.offense_level} gives
     * {@code offense_level}, {@code sentencing.departures[1]} gives {@code departures (item 2)}.
     */
    public static String columnOf(String field) {
        int bracket = field.indexOf('[');
        String path = bracket < 0 ? field : field.substring(0, bracket);
        String column = PATH_TO_COLUMN.get(path);
        if (column == null) {
            return field;
        }
        if (bracket < 0) {
            return column;
        }
        int close = field.indexOf(']', bracket);
        try {
            int index = Integer.parseInt(field.substring(bracket + 1, close));
            return column + " (item " + (index + 1) + ")";
        } catch (RuntimeException e) {
            return column + field.substring(bracket);
        }
    }

    /**
     * A message with every case-file path in it ({@code sentencing.date}, a whole word after a section name
     * and a dot) replaced by its column name. Read for every warning of every docket row, so it scans the
     * text once instead of trying a regular expression of every path at every position.
     */
    public static String inColumns(String message) {
        if (!namesASectionPath(message)) {
            return message; // a top-level key (court, caption, docket) is its own column name
        }
        StringBuilder sb = null;
        int copied = 0;
        int n = message.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(message.charAt(i)) || (i > 0 && isWordChar(message.charAt(i - 1)))) {
                i++;
                continue;
            }
            int dot = endOfWord(message, i);
            if (dot + 1 < n && message.charAt(dot) == '.' && isWordChar(message.charAt(dot + 1))) {
                int end = endOfWord(message, dot + 1);
                String column = PATH_TO_COLUMN.get(message.substring(i, end));
                if (column != null) {
                    if (sb == null) {
                        sb = new StringBuilder(n);
                    }
                    sb.append(message, copied, i).append(column);
                    copied = end;
                    i = end;
                    continue;
                }
            }
            i = dot;
        }
        return sb == null ? message : sb.append(message, copied, n).toString();
    }

    /** As a regular expression's {@code \w}: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static int endOfWord(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean namesASectionPath(String message) {
        for (String prefix : SECTION_PREFIXES) {
            if (message.contains(prefix)) {
                return true;
            }
        }
        return false;
    }
}
