package org.observer.report;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.observer.data.SubmissionId;

/**
 * The incident form as the observer filled it in: kept as typed so a page with errors shows it
 * again, and checked into a {@link ReportInput}. Ids, author, station, status and times the server
 * sets are never read from it.
 */
public class ReportForm {
    static final int MAX_TEXT = 5000;
    static final int MAX_SHORT_TEXT = 2000;
    static final String SUBMISSION_ID = "submissionId";
    static final String ERROR_FORM_RENEWED = "error_form_renewed";
    static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @RestForm
    public String submissionId;
    @RestForm
    public String phase;
    @RestForm
    public String category;
    @RestForm
    public String severity;
    @RestForm
    public String observedAt;
    @RestForm
    public String description;
    @RestForm
    public String peopleInvolved;
    @RestForm
    public String reportedToCommission;
    @RestForm
    public String commissionAnswer;
    /** "draft" keeps the form on the server to finish later; anything else sends it. */
    @RestForm
    public String action;
    @RestForm("photos")
    public List<FileUpload> photos = new ArrayList<>();

    /** A new, empty form: a fresh submission id and the current time at the station. */
    public static ReportForm blank(ZoneId stationZone) {
        ReportForm form = new ReportForm();
        form.submissionId = SubmissionId.fresh();
        form.observedAt = ZonedDateTime.now(stationZone).truncatedTo(ChronoUnit.MINUTES).format(LOCAL_MINUTES);
        return form;
    }

    /** A form holding what a report says, to amend it. */
    public static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.submissionId = SubmissionId.fresh();
        form.phase = report.phase.name();
        form.category = report.category.code;
        form.severity = report.severity.name();
        form.observedAt = report.observedAtStation().format(LOCAL_MINUTES);
        form.description = report.description;
        form.peopleInvolved = report.peopleInvolved;
        form.reportedToCommission = report.reportedToCommission ? "yes" : "no";
        form.commissionAnswer = report.commissionAnswer;
        return form;
    }

    public boolean isDraft() {
        return "draft".equals(action);
    }

    public List<FileUpload> attachedPhotos() {
        return photos == null ? List.of() : photos.stream().filter(p -> p.size() > 0).toList();
    }

    /** The checked values; errors by field name (message keys) when something is wrong. */
    public record Checked(Optional<ReportInput> input, Map<String, String> errors) {
    }

    /** {@code categoryIds} gives the id of the category with a code, or null when there is none. */
    public Checked check(ZoneId stationZone, java.util.function.Function<String, Long> categoryIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (SubmissionId.parse(submissionId).isEmpty()) {
            errors.put(SUBMISSION_ID, ERROR_FORM_RENEWED);
        }
        Phase checkedPhase = choice(Phase.class, phase, "phase", errors);
        Long checkedCategory = category == null || category.isBlank() ? null : categoryIds.apply(category);
        if (checkedCategory == null) {
            errors.put("category", "error_choose");
        }
        Severity checkedSeverity = choice(Severity.class, severity, "severity", errors);
        OffsetDateTime observed = observedTime(stationZone, errors);
        String text = trimmed(description);
        if (text.isEmpty()) {
            errors.put("description", "error_required");
        } else if (text.length() > MAX_TEXT) {
            errors.put("description", "error_too_long");
        }
        if (trimmed(peopleInvolved).length() > MAX_SHORT_TEXT) {
            errors.put("peopleInvolved", "error_too_long");
        }
        if (!"yes".equals(reportedToCommission) && !"no".equals(reportedToCommission)) {
            errors.put("reportedToCommission", "error_choose");
        }
        if (trimmed(commissionAnswer).length() > MAX_SHORT_TEXT) {
            errors.put("commissionAnswer", "error_too_long");
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), errors);
        }
        return new Checked(Optional.of(new ReportInput(SubmissionId.parse(submissionId).orElseThrow(), checkedPhase,
                checkedCategory, checkedSeverity, observed, text, trimmed(peopleInvolved),
                "yes".equals(reportedToCommission), trimmed(commissionAnswer))), errors);
    }

    private OffsetDateTime observedTime(ZoneId zone, Map<String, String> errors) {
        try {
            ZonedDateTime time = LocalDateTime.parse(trimmed(observedAt), LOCAL_MINUTES).atZone(zone);
            // a few minutes of slack for phones whose clock runs ahead
            if (time.isAfter(ZonedDateTime.now(zone).plusMinutes(10))) {
                errors.put("observedAt", "error_in_future");
                return null;
            }
            return time.toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put("observedAt", "error_time");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "error_choose");
            return null;
        }
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /** The typed fields in one line of text, for a draft kept on the server. */
    public String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phase", phase);
        fields.put("category", category);
        fields.put("severity", severity);
        fields.put("observedAt", observedAt);
        fields.put("description", description);
        fields.put("peopleInvolved", peopleInvolved);
        fields.put("reportedToCommission", reportedToCommission);
        fields.put("commissionAnswer", commissionAnswer);
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    public static ReportForm decode(String submissionId, String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        ReportForm form = new ReportForm();
        form.submissionId = submissionId;
        form.phase = fields.get("phase");
        form.category = fields.get("category");
        form.severity = fields.get("severity");
        form.observedAt = fields.get("observedAt");
        form.description = fields.get("description");
        form.peopleInvolved = fields.get("peopleInvolved");
        form.reportedToCommission = fields.get("reportedToCommission");
        form.commissionAnswer = fields.get("commissionAnswer");
        return form;
    }
}
