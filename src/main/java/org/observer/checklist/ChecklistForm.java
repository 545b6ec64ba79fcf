package org.observer.checklist;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observer.data.SubmissionId;

/**
 * A checklist as the observer filled it in: the answers as typed, by question code, so that a page
 * with errors shows them again. Station, phase, author and times come from the server, not from here.
 */
public class ChecklistForm {
    /** Answers are sent as answer_CODE: question codes come from a CSV file, they must not meet our own fields. */
    public static final String ANSWER_PREFIX = "answer_";
    public static final int MAX_NUMBER = 1_000_000;
    static final String YES = "yes";
    static final String NO = "no";

    public String submissionId;
    /** What was typed or chosen, by question code; unanswered questions are missing or empty. */
    public Map<String, String> answers = new LinkedHashMap<>();

    public static ChecklistForm blank() {
        ChecklistForm form = new ChecklistForm();
        form.submissionId = SubmissionId.fresh();
        return form;
    }

    public static ChecklistForm of(MultivaluedMap<String, String> fields) {
        ChecklistForm form = new ChecklistForm();
        form.submissionId = fields.getFirst("submissionId");
        fields.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX) && !values.isEmpty()) {
                form.answers.put(name.substring(ANSWER_PREFIX.length()), values.get(0));
            }
        });
        return form;
    }

    /** The answer to one question: a yes or no, or a number, as the question's kind says. */
    public record Answer(ChecklistQuestion question, Boolean yes, Integer number) {
        /** The answer as stored, to compare a resend with what the first send stored. */
        static String of(ChecklistQuestion question, Boolean yes, Integer number) {
            return question.code + "=" + yes + "/" + number;
        }
    }

    /** The checked answers; otherwise errors (message keys) by question code, or by field name. */
    public record Checked(UUID submissionId, List<Answer> answers, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Checked check(List<ChecklistQuestion> questions) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<UUID> id = SubmissionId.parse(submissionId);
        if (id.isEmpty()) {
            errors.put("submissionId", "error_form_expired");
        }
        List<Answer> checked = new ArrayList<>();
        for (ChecklistQuestion question : questions) {
            String typed = answers.getOrDefault(question.code, "").strip();
            if (typed.isEmpty()) {
                continue;
            }
            if (question.isYesNo()) {
                if (YES.equals(typed) || NO.equals(typed)) {
                    checked.add(new Answer(question, YES.equals(typed), null));
                } else {
                    errors.put(question.code, "error_yes_no");
                }
            } else {
                number(typed).ifPresentOrElse(n -> checked.add(new Answer(question, null, n)),
                        () -> errors.put(question.code, numberProblem(typed)));
            }
        }
        if (checked.isEmpty() && errors.isEmpty()) {
            errors.put("answers", "error_nothing_answered");
        }
        return new Checked(id.orElse(null), errors.isEmpty() ? checked : List.of(), errors);
    }

    /** People write "1 250" or "1 250" for thousands: spaces are not part of the number. */
    private static String digits(String typed) {
        return typed.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    private static Optional<Integer> number(String typed) {
        String digits = digits(typed);
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(digits);
        return value.compareTo(BigInteger.valueOf(MAX_NUMBER)) > 0 ? Optional.empty() : Optional.of(value.intValue());
    }

    private static String numberProblem(String typed) {
        String digits = digits(typed);
        if (digits.matches("-\\d+")) {
            return "error_negative";
        }
        return digits.matches("\\d+") ? "error_too_large" : "error_not_number";
    }
}
