package org.observer.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observer.data.csv.ImportProblem;
import org.observer.data.csv.ImportRejectedException;
import org.observer.election.Election;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/** checklist.csv: the demo's file, imported again without change, and bad rows refused with their lines. */
@QuarkusTest
class ChecklistImportTest {
    @Inject
    ChecklistImport checklistImport;
    @Inject
    Sql sql;

    Election election;

    @BeforeEach
    void demo() {
        election = QuarkusTransaction.requiringNew()
                .call(() -> Election.findByCode(DemoData.CODE).orElseThrow());
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    long questions() {
        return sql.number("select count(*) from checklist_question where election_id = ?1", election.id);
    }

    @Test
    void theDemoChecklistHasQuestionsForEachPhaseAndImportsAgainWithoutChange() {
        assertThat(sql.number("""
                select count(distinct phase) from checklist_question where election_id = ?1""", election.id)).isEqualTo(4);
        assertThat(sql.number("""
                select count(*) from checklist_question where election_id = ?1 and phase = 'VOTING' and kind = 'NUMBER'
                  and code in ('TURNOUT_1000', 'TURNOUT_1400', 'TURNOUT_1800')""", election.id)).isEqualTo(3);
        try (InputStream demo = getClass().getClassLoader().getResourceAsStream(DemoData.DIRECTORY + "/checklist.csv")) {
            assertThat(checklistImport.run(election, demo)).isZero();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndNothingIsWritten() {
        long before = questions();
        String file = """
                # a comment line
                phase,position,code,kind,text_en,text_ru,text_kk
                opening,1,TEST_GOOD,yes_no,Good?,Хорошо?,Жақсы ма?
                voting,2,TEST_BAD,maybe,Bad?,Плохо?,Жаман ба?
                tabulation,x,TEST_GOOD,number,,Т,Т
                """;
        assertThatThrownBy(() -> checklistImport.run(election, csv(file)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString)
                        .contains("checklist.csv line 4: kind 'maybe' is not one of yes_no, number",
                                "checklist.csv line 5: the code TEST_GOOD is already used on line 3",
                                "checklist.csv line 5: phase 'tabulation' has no checklist: opening, voting, closing or counting",
                                "checklist.csv line 5: position 'x' is not a whole number",
                                "checklist.csv line 5: text_en is empty"));
        assertThat(questions()).isEqualTo(before);
        assertThat(sql.number("select count(*) from checklist_question where code like 'TEST_%'")).isZero();
    }

    @Test
    void anEditedTextChangesOneQuestion() {
        String file = """
                phase,position,code,kind,text_en,text_ru,text_kk
                closing,9,TEST_EDITED,yes_no,First text,Первый текст,Бірінші мәтін
                """;
        assertThat(checklistImport.run(election, csv(file))).isEqualTo(1);
        assertThat(checklistImport.run(election, csv(file))).isZero();
        assertThat(checklistImport.run(election, csv(file.replace("First text", "Second text")))).isEqualTo(1);
        assertThat(sql.text("select text_en from checklist_question where code = 'TEST_EDITED'")).isEqualTo("Second text");
        sql.update("delete from checklist_question where code = 'TEST_EDITED'");
    }
}
