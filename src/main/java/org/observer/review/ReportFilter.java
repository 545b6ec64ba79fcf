package org.observer.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.observer.accreditation.Accreditation;
import org.observer.report.Phase;
import org.observer.report.ReportStatus;
import org.observer.report.Severity;

/**
 * Which reports a reviewer is looking at. It lives in the URL (so a view can be bookmarked and
 * shared) and the same record drives the queue page, the JSON API and the exports. Times are local
 * times in the election's zone, as a reviewer reads them off the reports.
 */
public record ReportFilter(Set<Phase> phases, Set<Severity> severities, Set<ReportStatus> statuses, String category,
        String unit, Integer district, String station, Long organisation, Accreditation.Kind kind,
        LocalDateTime from, LocalDateTime to, Boolean hasPhotos, Boolean tallyFlagged, String text, Sort sort,
        int page) {

    public enum Sort {
        /** Newest observation first. */
        TIME,
        /** Critical first, then newest. */
        SEVERITY,
        /** By station number, then newest. */
        STATION
    }

    public static final ReportFilter ALL = new ReportFilter(Set.of(), Set.of(), Set.of(), null, null, null, null, null,
            null, null, null, null, null, null, Sort.TIME, 1);

    static final int MAX_TEXT = 200;

    /** A filter read from the URL's parameters, with a message key for each parameter it could not read. */
    public record Parsed(ReportFilter filter, Map<String, String> errors) {
    }

    public static Parsed parse(Map<String, List<String>> query) {
        Map<String, String> errors = new LinkedHashMap<>();
        Reader in = new Reader(query, errors);
        Integer page = in.number("page", Integer::valueOf);
        ReportFilter filter = new ReportFilter(
                in.enums("phase", Phase.class), in.enums("severity", Severity.class),
                in.enums("status", ReportStatus.class), in.code("category"), in.code("unit"),
                in.number("district", Integer::valueOf), in.code("station"), in.number("organisation", Long::valueOf),
                in.one("kind", v -> Accreditation.Kind.valueOf(v)), in.time("from"), in.time("to"),
                in.yesNo("photos"), in.yesNo("flagged"), in.text("q"),
                in.one("sort", Sort::valueOf), page == null ? 1 : page);
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            errors.put("to", "error_before_from");
            filter = filter.with(null, null);
        }
        return new Parsed(filter.normalized(), errors);
    }

    /**
     * The filter of a query string as the queue's URL has it ({@code status=NEW&page=2}), for a form that
     * carries it back; what cannot be read, broken escapes included, is left out. Null: the whole queue.
     */
    public static ReportFilter fromQuery(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a broken escape such as "%zz": that parameter is left out
            }
        }
        return parse(params).filter();
    }

    private ReportFilter normalized() {
        return new ReportFilter(phases, severities, statuses, category, unit, district, station, organisation, kind,
                from, to, hasPhotos, tallyFlagged, text, sort == null ? Sort.TIME : sort,
                page < 1 ? 1 : page);
    }

    private ReportFilter with(LocalDateTime newFrom, LocalDateTime newTo) {
        return new ReportFilter(phases, severities, statuses, category, unit, district, station, organisation, kind,
                newFrom, newTo, hasPhotos, tallyFlagged, text, sort, page);
    }

    public ReportFilter withPage(int newPage) {
        return new ReportFilter(phases, severities, statuses, category, unit, district, station, organisation, kind,
                from, to, hasPhotos, tallyFlagged, text, sort, newPage);
    }

    /** Only the reports of one organisation: what a coordinator may see of the whole. */
    public ReportFilter withOrganisation(Long onlyOrganisation) {
        return new ReportFilter(phases, severities, statuses, category, unit, district, station, onlyOrganisation,
                kind, from, to, hasPhotos, tallyFlagged, text, sort, page);
    }

    /** The URL parameters that give this filter back, in a fixed order; empty for the whole queue. */
    public String toQuery() {
        List<String> parts = new ArrayList<>();
        phases.stream().sorted().forEach(p -> parts.add(param("phase", p.name())));
        severities.stream().sorted().forEach(s -> parts.add(param("severity", s.name())));
        statuses.stream().sorted().forEach(s -> parts.add(param("status", s.name())));
        add(parts, "category", category);
        add(parts, "unit", unit);
        add(parts, "district", district);
        add(parts, "station", station);
        add(parts, "organisation", organisation);
        add(parts, "kind", kind);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "photos", hasPhotos == null ? null : hasPhotos ? "yes" : "no");
        add(parts, "flagged", tallyFlagged == null ? null : tallyFlagged ? "yes" : "no");
        add(parts, "q", text);
        if (sort != Sort.TIME) {
            add(parts, "sort", sort);
        }
        if (page > 1) {
            add(parts, "page", page);
        }
        return String.join("&", parts);
    }

    /** The query without the page: for links to other pages of the same view and to its exports. */
    public String toQueryWithoutPage() {
        return withPage(1).toQuery();
    }

    /** A short description for file names: the parameters set, without punctuation a file system dislikes. */
    public String shortName() {
        String query = toQueryWithoutPage();
        if (query.isEmpty()) {
            return "all";
        }
        String name = java.net.URLDecoder.decode(query, StandardCharsets.UTF_8)
                .replaceAll("[^\\p{L}\\p{N}=&_-]+", "-").replace('&', '_').replace('=', '-');
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    public boolean isEmpty() {
        return toQueryWithoutPage().isEmpty();
    }

    public boolean has(Phase phase) {
        return phases.contains(phase);
    }

    public boolean has(Severity severity) {
        return severities.contains(severity);
    }

    public boolean has(ReportStatus status) {
        return statuses.contains(status);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            parts.add(param(name, value.toString()));
        }
    }

    private static String param(String name, String value) {
        // a colon is at home in a query, and times read better with theirs
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%3A", ":");
    }

    /** Reads parameters, noting the ones it cannot read instead of failing the whole page. */
    private record Reader(Map<String, List<String>> query, Map<String, String> errors) {
        String first(String name) {
            List<String> values = query.get(name);
            if (values == null) {
                return null;
            }
            return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst().orElse(null);
        }

        <T> T one(String name, Function<String, T> read) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put(name, "error_choose");
                return null;
            }
        }

        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            Set<E> chosen = EnumSet.noneOf(type);
            for (String value : query.getOrDefault(name, List.of())) {
                if (value.isBlank()) {
                    continue;
                }
                try {
                    chosen.add(Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put(name, "error_choose");
                }
            }
            return chosen;
        }

        String code(String name) {
            String value = first(name);
            if (value != null && value.length() > 32) {
                errors.put(name, "error_too_long");
                return null;
            }
            return value;
        }

        String text(String name) {
            String value = first(name);
            if (value != null && value.length() > MAX_TEXT) {
                errors.put(name, "error_too_long");
                return null;
            }
            return value;
        }

        <N extends Number> N number(String name, Function<String, N> read) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            try {
                N number = read.apply(value);
                if (number.longValue() < 0) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                errors.put(name, "error_number");
                return null;
            }
        }

        LocalDateTime time(String name) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(value.length() == 10 ? value + "T00:00" : value);
            } catch (DateTimeParseException e) {
                errors.put(name, "error_time");
                return null;
            }
        }

        Boolean yesNo(String name) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "yes" -> Boolean.TRUE;
                case "no" -> Boolean.FALSE;
                default -> {
                    errors.put(name, "error_choose");
                    yield null;
                }
            };
        }
    }
}
