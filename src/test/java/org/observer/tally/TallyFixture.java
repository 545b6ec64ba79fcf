package org.observer.tally;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver.StationChoice;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.support.CsrfForm;

/** Protocol figures as an observer types them, and tallies made directly for the pages that show them. */
@ApplicationScoped
public class TallyFixture {
    static final Pattern SUBMISSION_ID_PATTERN = Pattern.compile("name=\"submissionId\" value=\"([^\"]+)\"");

    @Inject
    TallyStore store;

    /** The figures of a protocol that adds up: 2,546 voters, 1,498 ballots in the boxes. */
    public static Typed partyList() {
        return new Typed().protocol("2546", "2600", "1500", "1100", "1498", "18")
                .votes("900", "120", "150", "80", "60", "90", "40", "40");
    }

    /** A single-member protocol of district 1 (six candidates) that adds up. */
    public static Typed singleMember() {
        return new Typed().protocol("2546", "2600", "1500", "1100", "1498", "28")
                .votes("700", "300", "200", "100", "120", "50");
    }

    /** What is typed in the form, as text so that a test can type what a number field would refuse. */
    public static final class Typed {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<String> votes = new ArrayList<>();

        public Typed protocol(String registered, String received, String issued, String unused, String found,
                String invalid) {
            fields.put("registeredVoters", registered);
            fields.put("ballotsReceived", received);
            fields.put("ballotsIssued", issued);
            fields.put("ballotsUnused", unused);
            fields.put("ballotsFound", found);
            fields.put("ballotsInvalid", invalid);
            return this;
        }

        public Typed votes(String... votes) {
            this.votes.clear();
            this.votes.addAll(List.of(votes));
            return this;
        }

        public Typed set(String field, String value) {
            fields.put(field, value);
            return this;
        }

        public Typed vote(int index, String value) {
            votes.set(index, value);
            return this;
        }

        public Typed comment(String comment) {
            fields.put("comment", comment);
            return this;
        }

        /** Sends the form with this submission id, as the page's browser does (multipart: it may carry a photo). */
        public Response send(CsrfForm form, String page, String submissionId) {
            return withParts(form, submissionId).post(page);
        }

        /** The form's parts, to add a photo before sending. */
        public io.restassured.specification.RequestSpecification withParts(CsrfForm form, String submissionId) {
            return withParts(form.multipart(), submissionId);
        }

        /** The form's parts on a request of the test's making (one without the CSRF token). */
        public io.restassured.specification.RequestSpecification withParts(
                io.restassured.specification.RequestSpecification request, String submissionId) {
            request.multiPart("submissionId", submissionId == null ? "" : submissionId);
            fields.forEach((name, value) -> request.multiPart(name, value == null ? "" : value));
            for (String vote : votes) {
                request.multiPart("votes", vote == null ? "" : vote);
            }
            return request;
        }
    }

    /** The submission id the form page was rendered with. */
    public static String submissionIdOf(String page) {
        Matcher matcher = SUBMISSION_ID_PATTERN.matcher(given().get(page).then().statusCode(200).extract().asString());
        if (!matcher.find()) {
            throw new AssertionError("no submission id in " + page);
        }
        return matcher.group(1);
    }

    /** The error shown beside a line of the form (f-ballotsFound, f-votes-2, f-comment), or "". */
    public static String errorBeside(String html, String field) {
        return org.observer.support.FieldErrors.beside(html, field);
    }

    public static String receiptPath(Response sent) {
        String location = sent.then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("/tallies/"));
    }

    /** A party-list tally that adds up, sent by the observer with this login; returns its receipt code. */
    public String sentBy(String login, String stationNumber) {
        return sentBy(login, stationNumber, UUID.randomUUID());
    }

    /** The same under the given submission id. */
    @Transactional
    public String sentBy(String login, String stationNumber, UUID submissionId) {
        Election election = Election.findActive().orElseThrow();
        Accreditation author = Accreditation.findByLogin(election, login).orElseThrow();
        PollingStation station = PollingStation.findByNumber(election, stationNumber).orElseThrow();
        List<BallotChoice> choices = BallotChoice.of(Ballot.PARTY_LIST, station);
        TallyForm.Figures figures = new TallyForm.Figures(2546, 2600, 1500, 1100, 1498, 18,
                List.of(900, 120, 150, 80, 60, 90, 40, 40));
        TallyStore.Outcome outcome = store.store(submissionId, author, new StationChoice(station, true),
                Ballot.PARTY_LIST, figures, List.of(), "", choices, java.util.Optional.empty());
        return ((TallyStore.Stored) outcome).receiptCode();
    }
}
