package org.observer.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.observer.data.Upsert;
import org.observer.data.csv.CsvFile;
import org.observer.data.csv.CsvRow;
import org.observer.data.csv.ImportProblems;
import org.observer.election.Election;
import org.observer.report.Phase;

/**
 * Imports an election's checklist questions from checklist.csv (README), all rows or none, matched
 * by code: importing the same file again changes nothing.
 */
@ApplicationScoped
public class ChecklistImport {
    public static final String FILE = "checklist.csv";
    static final List<String> COLUMNS = List.of("phase", "position", "code", "kind", "text_en", "text_ru", "text_kk");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Upsert QUESTIONS = new Upsert("checklist_question", List.of("election_id", "code"),
            List.of("phase", "position", "kind", "text_en", "text_ru", "text_kk"));

    @Inject
    EntityManager entityManager;

    /** Returns the number of questions added or changed. */
    @Transactional
    public int run(Election election, InputStream file) {
        ImportProblems problems = new ImportProblems();
        Map<String, ChecklistQuestion.Kind> answeredKinds = answeredKinds(election);
        List<Object[]> rows = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRow row : CsvFile.read(FILE, file, COLUMNS, problems)) {
            String code = row.matching("code", CODE, "a code of letters, digits, '_' or '-'");
            if (code != null) {
                code = code.toUpperCase(Locale.ROOT);
                Integer earlier = lines.putIfAbsent(code, row.line());
                if (earlier != null) {
                    row.problem("the code " + code + " is already used on line " + earlier);
                }
            }
            Phase phase = row.choice("phase", Phase.class);
            if (phase != null && !ChecklistQuestion.PHASES.contains(phase)) {
                row.problem("phase '" + row.optional("phase") + "' has no checklist: opening, voting, closing or counting");
                phase = null;
            }
            Integer position = row.integer("position", 1, 1000);
            ChecklistQuestion.Kind kind = row.choice("kind", ChecklistQuestion.Kind.class);
            // answers already given are a yes/no or a number: they would no longer fit the question
            if (code != null && kind != null && answeredKinds.containsKey(code) && answeredKinds.get(code) != kind) {
                row.problem("the kind of " + code + " cannot change to " + kind.name().toLowerCase(Locale.ROOT)
                        + ": observers have answered it");
                kind = null;
            }
            String en = row.required("text_en");
            String ru = row.required("text_ru");
            String kk = row.required("text_kk");
            if (code != null && phase != null && position != null && kind != null && en != null && ru != null
                    && kk != null) {
                rows.add(new Object[] { election.id, code, phase.name(), position, kind.name(), en, ru, kk });
            }
        }
        problems.throwIfAny();
        int changed = entityManager.unwrap(Session.class).doReturningWork(c -> QUESTIONS.write(c, rows));
        entityManager.clear();
        return changed;
    }

    private static Map<String, ChecklistQuestion.Kind> answeredKinds(Election election) {
        Map<String, ChecklistQuestion.Kind> kinds = new HashMap<>();
        ChecklistQuestion.<ChecklistQuestion>list("""
                select q from ChecklistQuestion q where q.election = ?1
                and exists (select 1 from ChecklistAnswer a where a.question = q)""", election)
                .forEach(q -> kinds.put(q.code, q.kind));
        return kinds;
    }
}
