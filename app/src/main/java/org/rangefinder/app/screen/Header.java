package org.rangefinder.app.screen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rangefinder.app.screen.Columns.Column;
import org.rangefinder.app.screen.Columns.Kind;

/**
 * The header of a docket CSV, checked once: every name must be a column of {@link Columns} or start
 * with {@code x_}; no name twice. It then maps each row to the case-file tree.
 */
public final class Header {

    /** The header cannot be used; every problem is listed. */
    public static final class InvalidHeaderException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient List<String> problems;

        InvalidHeaderException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String[] names;
    /** the column at each index; null for an x_ column */
    private final Column[] columns;
    private final int idIndex;
    private final int courtIndex;
    private final int sentenceIndex;
    /** how many of the header's columns go into each case-file section */
    private final java.util.Map<String, Integer> sectionKeys = new java.util.HashMap<>();

    private Header(String[] names, Column[] columns) {
        this.names = names;
        this.columns = columns;
        this.idIndex = indexOf("id");
        this.courtIndex = indexOf("court");
        this.sentenceIndex = indexOf("sentence_months");
        for (Column c : columns) {
            if (c != null) {
                sectionKeys.merge(c.section(), 1, Integer::sum);
            }
        }
    }

    /** Checks the header's names (already stripped of a byte order mark). */
    public static Header of(String[] fields) throws InvalidHeaderException {
        List<String> problems = new ArrayList<>();
        String[] names = new String[fields.length];
        Column[] columns = new Column[fields.length];
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].strip();
            names[i] = name;
            if (name.isEmpty()) {
                problems.add("header: column " + (i + 1) + " has no name");
                continue;
            }
            if (!seen.add(name)) {
                problems.add("header: column '" + name + "' appears more than once");
                continue;
            }
            if (name.startsWith(Columns.FREE_PREFIX)) {
                continue;
            }
            Column c = Columns.named(name);
            if (c == null) {
                unknown.add(name);
            } else {
                columns[i] = c;
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(0, "header: unknown column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown.stream()
                    .map(u -> "'" + u + "'").toList()) + " (allowed: " + String.join(", ", Columns.names())
                    + "; columns starting with " + Columns.FREE_PREFIX + " are ignored)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidHeaderException(problems);
        }
        return new Header(names, columns);
    }

    private int indexOf(String name) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null && columns[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return names.length;
    }

    /** The row's id ({@code ""} when there is no id column or the record has too few fields). */
    public String id(String[] fields) {
        return cell(fields, idIndex);
    }

    /** The row's court, stripped ({@code ""} when unknown). */
    public String court(String[] fields) {
        return cell(fields, courtIndex).strip();
    }

    /** The sentence cell, stripped. */
    public String sentence(String[] fields) {
        return cell(fields, sentenceIndex).strip();
    }

    private static String cell(String[] fields, int index) {
        return index >= 0 && index < fields.length ? fields[index] : "";
    }

    /** A mapping with room for {@code keys} keys, so that a row's keys never make it grow. */
    private static ObjectNode object(int keys) {
        return new ObjectNode(F, new java.util.LinkedHashMap<>(keys * 2));
    }

    private ObjectNode section(ObjectNode root, String name) {
        ObjectNode s = object(sectionKeys.getOrDefault(name, 8));
        root.set(name, s);
        return s;
    }

    /**
     * The case-file tree of a row: an empty (or blank) cell is an absent key, a list cell is split at
     * semicolons (blank items dropped; the single word {@code none} is the empty list).
     */
    public ObjectNode tree(String[] fields) {
        ObjectNode root = object(8);
        ObjectNode conviction = null;
        ObjectNode sentencing = null;
        ObjectNode motion = null;
        ObjectNode amended = null;
        ObjectNode prior = null;
        for (int i = 0; i < columns.length; i++) {
            Column c = columns[i];
            if (c == null || c.kind() == Kind.ID) {
                continue;
            }
            String v = fields[i];
            if (v.isBlank()) {
                continue;
            }
            ObjectNode target = switch (c.section()) {
                case "" -> root;
                case "conviction" -> conviction == null ? conviction = section(root, "conviction") : conviction;
                case "sentencing" -> sentencing == null ? sentencing = section(root, "sentencing") : sentencing;
                case "motion" -> motion == null ? motion = section(root, "motion") : motion;
                case "amended" -> amended == null ? amended = section(root, "amended") : amended;
                case "prior_reduction" -> prior == null ? prior = section(root, "prior_reduction") : prior;
                default -> throw new IllegalStateException("no section " + c.section());
            };
            if (c.kind() == Kind.LIST) {
                ArrayNode list = target.putArray(c.key());
                String t = v.strip();
                if (!t.equals("none")) {
                    int from = 0;
                    while (from <= t.length()) {
                        int semi = t.indexOf(';', from);
                        int to = semi < 0 ? t.length() : semi;
                        String item = t.substring(from, to).strip();
                        if (!item.isEmpty()) {
                            list.add(item);
                        }
                        from = to + 1;
                    }
                }
            } else {
                target.put(c.key(), v.strip());
            }
        }
        return root;
    }
}
