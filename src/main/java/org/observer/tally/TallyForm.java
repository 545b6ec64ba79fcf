package org.observer.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the observer copies from the protocol, kept as typed so that a refused form shows it again.
 * The votes come in ballot order: a form sends its fields in the order of the page.
 */
public class TallyForm {
    static final String REGISTERED_VOTERS = "registeredVoters";
    static final String BALLOTS_RECEIVED = "ballotsReceived";
    static final String BALLOTS_ISSUED = "ballotsIssued";
    static final String BALLOTS_UNUSED = "ballotsUnused";
    static final String BALLOTS_FOUND = "ballotsFound";
    static final String BALLOTS_INVALID = "ballotsInvalid";
    static final String VOTES = "votes";
    static final String COMMENT = "comment";
    /** Refused errors that belong to no one line. */
    static final String WHOLE_FORM = "form";
    /** No polling station counts a million ballots: a bigger figure is a typing slip. */
    static final int MOST_BALLOTS = 1_000_000;
    static final int LONGEST_COMMENT = 4000;

    @RestForm
    public String registeredVoters;
    @RestForm
    public String ballotsReceived;
    @RestForm
    public String ballotsIssued;
    @RestForm
    public String ballotsUnused;
    @RestForm
    public String ballotsFound;
    @RestForm
    public String ballotsInvalid;
    @RestForm
    public List<String> votes;
    @RestForm
    public String comment;
    @RestForm
    public String submissionId;
    /** A photo of the protocol as posted at the station (optional). */
    @RestForm("photo")
    public org.jboss.resteasy.reactive.multipart.FileUpload photo;

    /** The protocol's figures once every one is a number within bounds. */
    public record Figures(int registered, int received, int issued, int unused, int found, int invalid,
            List<Integer> votes) {
    }

    /**
     * What is wrong with the form. Errors (message keys by field, votes by "votes-index") refuse it;
     * failing checks refuse it only until the observer explains them in the comment.
     */
    public record Validation(Map<String, String> errors, Figures figures, List<TallyCheck> failed) {
        public boolean refused() {
            return !errors.isEmpty();
        }
    }

    /** The figures of the protocol lines, in the order the form shows them. */
    List<String> protocolValues() {
        return java.util.Arrays.asList(registeredVoters, ballotsReceived, ballotsIssued, ballotsUnused, ballotsFound,
                ballotsInvalid);
    }

    static final List<String> PROTOCOL_FIELDS = List.of(REGISTERED_VOTERS, BALLOTS_RECEIVED, BALLOTS_ISSUED,
            BALLOTS_UNUSED, BALLOTS_FOUND, BALLOTS_INVALID);

    /** The vote typed for the ballot's line at this index; a form with fewer fields has nothing there. */
    String vote(int index) {
        return votes != null && index < votes.size() ? votes.get(index) : null;
    }

    static String voteField(int index) {
        return VOTES + "-" + index;
    }

    String trimmedComment() {
        return comment == null ? "" : comment.strip();
    }

    Validation validate(int ballotLines) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> values = protocolValues();
        for (int i = 0; i < PROTOCOL_FIELDS.size(); i++) {
            numbers.add(number(PROTOCOL_FIELDS.get(i), values.get(i), errors));
        }
        List<Integer> voteNumbers = new ArrayList<>();
        for (int i = 0; i < ballotLines; i++) {
            voteNumbers.add(number(voteField(i), vote(i), errors));
        }
        if (trimmedComment().length() > LONGEST_COMMENT) {
            errors.put(COMMENT, "error_comment_long");
        }
        if (errors.keySet().stream().anyMatch(field -> !field.equals(COMMENT))) {
            return new Validation(errors, null, List.of());
        }
        Figures figures = new Figures(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3), numbers.get(4),
                numbers.get(5), voteNumbers);
        if (numbers.stream().allMatch(n -> n == 0) && voteNumbers.stream().allMatch(n -> n == 0)) {
            // an empty protocol is a form sent by mistake, not a station where nobody voted
            errors.put(WHOLE_FORM, "error_all_zero");
            return new Validation(errors, figures, List.of());
        }
        List<TallyCheck> failed = TallyCheck.failing(figures);
        if (!failed.isEmpty() && trimmedComment().isEmpty()) {
            errors.put(COMMENT, "error_comment_required");
        }
        return new Validation(errors, figures, failed);
    }

    private static Integer number(String field, String typed, Map<String, String> errors) {
        // phones and copy-paste bring spaces and no-break spaces as thousands separators
        String digits = typed == null ? "" : typed.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (digits.isEmpty()) {
            errors.put(field, "error_required");
        } else if (digits.matches("-\\d+")) {
            errors.put(field, "error_negative");
        } else if (!digits.matches("\\d+")) {
            errors.put(field, "error_number");
        } else if (digits.length() > 7 || Integer.parseInt(digits) > MOST_BALLOTS) {
            errors.put(field, "error_too_large");
        } else {
            return Integer.parseInt(digits);
        }
        return null;
    }
}
