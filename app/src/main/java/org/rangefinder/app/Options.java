package org.rangefinder.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;

/** Parses option values, adding a problem that names the option, the value and what is allowed. */
final class Options {

    private Options() {}

    static LocalDate date(String option, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(option + ": '" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2014-11-01)");
            return null;
        }
    }

    static OffenseLevel level(String option, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= OffenseLevel.LOWEST && v <= OffenseLevel.HIGHEST) {
                return OffenseLevel.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(option + ": '" + value + "' is not an offense level (expected a whole number 1-43)");
        return null;
    }

    static CriminalHistoryCategory category(String option, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return CriminalHistoryCategory.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(option + ": '" + value + "' is not a criminal history category (expected I, II, III, IV, V or VI)");
            return null;
        }
    }

    static Integer points(String option, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(option + ": '" + value + "' is not a number of criminal history points (expected a whole number 0 or more)");
        return null;
    }

    static Months months(String option, String value, boolean lifeAllowed, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            Months m = Months.parse(value);
            if (m.isLife() && !lifeAllowed) {
                problems.add(option + ": 'life' is not allowed here (expected a whole number of months)");
                return null;
            }
            return m;
        } catch (IllegalArgumentException e) {
            problems.add(option + ": '" + value + "' is not a term (expected a whole number of months 0 or more"
                    + (lifeAllowed ? ", or life)" : ")"));
            return null;
        }
    }

    /** The value of {@code --date}, or today when it is not given. */
    static LocalDate dateOrToday(String value, List<String> problems) {
        return value == null ? LocalDate.now() : date("--date", value, problems);
    }

    /** Checks {@code --format} against the formats a command offers. */
    static void format(String value, List<String> problems, String... allowed) {
        if (!List.of(allowed).contains(value)) {
            String expected = allowed.length == 1 ? allowed[0]
                    : String.join(", ", List.of(allowed).subList(0, allowed.length - 1)) + " or " + allowed[allowed.length - 1];
            problems.add("--format: '" + value + "' is not a format of this command (expected " + expected + ")");
        }
    }
}
