package org.observer.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filter lives in the URL: what a reviewer bookmarks or sends a colleague gives the same view back. */
class ReportFilterTest {

    static Map<String, List<String>> params(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "status=NEW",
            "phase=OPENING&phase=COUNTING&severity=CRITICAL&status=NEW&status=IN_REVIEW",
            "category=BALLOT_STUFFING&unit=ASTANA&district=2&station=180001&organisation=7&kind=DOMESTIC",
            "from=2023-03-19T08:00&to=2023-03-19T20:30&photos=yes&flagged=no",
            "q=%D0%B2%D0%B1%D1%80%D0%BE%D1%81+%22box+2%22&sort=SEVERITY&page=3",
            "photos=no&flagged=yes&sort=STATION" })
    void aFilterSurvivesARoundTripThroughItsUrl(String query) {
        ReportFilter.Parsed parsed = ReportFilter.parse(params(query));
        assertThat(parsed.errors()).isEmpty();
        ReportFilter filter = parsed.filter();
        assertThat(ReportFilter.parse(params(filter.toQuery())).filter()).isEqualTo(filter);
        assertThat(filter.toQuery()).isEqualTo(query);
    }

    @Test
    void theOrderOfParametersAndTheirCaseDoNotMakeAnotherFilter() {
        ReportFilter a = ReportFilter.parse(params("severity=critical&status=NEW&phase=VOTING")).filter();
        ReportFilter b = ReportFilter.parse(params("phase=VOTING&status=new&severity=CRITICAL")).filter();
        assertThat(a).isEqualTo(b);
        assertThat(a.toQuery()).isEqualTo(b.toQuery()).isEqualTo("phase=VOTING&severity=CRITICAL&status=NEW");
    }

    @Test
    void parametersThatCannotBeReadAreNamedAndLeftOut() {
        ReportFilter.Parsed parsed = ReportFilter.parse(params(
                "severity=HUGE&district=two&from=yesterday&photos=maybe&status=VERIFIED&page=-1"));
        assertThat(parsed.errors()).containsOnlyKeys("severity", "district", "from", "photos", "page");
        assertThat(parsed.filter().toQuery()).isEqualTo("status=VERIFIED");

        ReportFilter.Parsed backwards = ReportFilter.parse(params("from=2023-03-19T20:00&to=2023-03-19T08:00"));
        assertThat(backwards.errors()).containsEntry("to", "error_before_from");
        assertThat(backwards.filter().from()).isNull();
    }

    @Test
    void aFileNameSaysWhichFilterInShort() {
        assertThat(ReportFilter.ALL.shortName()).isEqualTo("all");
        assertThat(ReportFilter.parse(params("status=VERIFIED&unit=ASTANA&page=4")).filter().shortName())
                .isEqualTo("status-VERIFIED_unit-ASTANA");
        assertThat(UriBuilder.fromUri("/review/reports").replaceQuery(
                ReportFilter.parse(params("q=a/b")).filter().toQuery()).build().toString()).isEqualTo("/review/reports?q=a%2Fb");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "status=NEW&page=2 | status=NEW&page=2",
            "page=2&status=new | status=NEW&page=2",
            "NULL | ''",
            "'' | ''",
            "//evil.example/review | ''",
            "https://evil.example/?status=NEW | ''",
            "status=NEW&q=%zz&station=%E2%84%96 1 | status=NEW&station=%E2%84%96+1",
            "status=NEW<script>&severity=CRITICAL | severity=CRITICAL",
            "q=a b&sort=station | q=a+b&sort=STATION" })
    void aQueryCarriedBackByAFormGivesOnlyWhatCanBeRead(String query, String expected) {
        assertThat(ReportFilter.fromQuery(query).toQuery()).isEqualTo(expected);
    }
}
