package org.observer.data.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One data row of a CSV file. Each getter checks its field and, when the field is bad, records a
 * problem with the row's line number and returns null, so one pass finds every problem.
 */
public final class CsvRow {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final String file;
    private final int line;
    private final Map<String, String> values;
    private final ImportProblems problems;

    CsvRow(String file, int line, Map<String, String> values, ImportProblems problems) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.problems = problems;
    }

    public int line() {
        return line;
    }

    public void problem(String message) {
        problems.add(file, line, message);
    }

    /** The field, trimmed; empty when the column is empty. */
    public String optional(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }

    public String required(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            problem(column + " is empty");
            return null;
        }
        return value;
    }

    public String matching(String column, Pattern pattern, String expected) {
        String value = required(column);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(column + " '" + value + "' is not " + expected);
            return null;
        }
        return value;
    }

    public Integer integer(String column, int min, int max) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(column + " " + value + " is not between " + min + " and " + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column + " '" + value + "' is not a whole number");
            return null;
        }
    }

    /** A decimal number in a range, or null without a problem when the field is empty. */
    public BigDecimal optionalDecimal(String column, BigDecimal min, BigDecimal max) {
        String value = optional(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                problem(column + " " + value + " is not between " + min + " and " + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column + " '" + value + "' is not a number");
            return null;
        }
    }

    public BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
        return required(column) == null ? null : optionalDecimal(column, min, max);
    }

    public LocalDate date(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            problem(column + " '" + value + "' is not a date like 2023-03-19");
            return null;
        }
    }

    /** One of the enum's constants, written in any case ("against_all" for AGAINST_ALL). */
    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
            }
            problem(column + " '" + value + "' is not one of " + allowed);
            return null;
        }
    }

    /** An IANA time zone such as Asia/Almaty, or null without a problem when the field is empty. */
    public String optionalTimeZone(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            problem(column + " '" + value + "' is not a time zone like Asia/Almaty");
            return null;
        }
    }

    public String timeZone(String column) {
        return required(column) == null ? null : optionalTimeZone(column);
    }

    /** An ISO 3166 two-letter country code, or null without a problem when the field is empty. */
    public String optionalCountry(String column) {
        String value = optional(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!COUNTRIES.contains(value)) {
            problem(column + " '" + value + "' is not a two-letter ISO country code");
            return null;
        }
        return value;
    }

    public String country(String column) {
        return required(column) == null ? null : optionalCountry(column);
    }
}
