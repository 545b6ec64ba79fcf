package org.observer.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.observer.data.Upsert;
import org.observer.data.csv.CsvFile;
import org.observer.data.csv.CsvRow;
import org.observer.data.csv.ImportProblems;
import org.observer.election.Election;

/** Imports an election's incident categories from categories.csv (README), all rows or none. */
@ApplicationScoped
public class CategoryImport {
    public static final String FILE = "categories.csv";
    static final List<String> COLUMNS = List.of("code", "position", "name_en", "name_ru", "name_kk", "help_en",
            "help_ru", "help_kk", "reference_en", "reference_ru", "reference_kk");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Upsert CATEGORIES = new Upsert("incident_category", List.of("election_id", "code"),
            COLUMNS.subList(1, COLUMNS.size()));

    @Inject
    EntityManager entityManager;

    /** Returns the number of categories added or changed. */
    @Transactional
    public int run(Election election, InputStream file) {
        ImportProblems problems = new ImportProblems();
        List<Object[]> rows = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (CsvRow row : CsvFile.read(FILE, file, COLUMNS, problems)) {
            String code = row.matching("code", CODE, "a code of letters, digits, '_' or '-'");
            if (code != null && !codes.add(code.toUpperCase())) {
                row.problem("the code " + code + " is already used");
            }
            Integer position = row.integer("position", 1, 1000);
            String en = row.required("name_en");
            String ru = row.required("name_ru");
            String kk = row.required("name_kk");
            if (code != null && position != null && en != null && ru != null && kk != null) {
                rows.add(new Object[] { election.id, code.toUpperCase(), position, en, ru, kk, row.optional("help_en"),
                        row.optional("help_ru"), row.optional("help_kk"), row.optional("reference_en"),
                        row.optional("reference_ru"), row.optional("reference_kk") });
            }
        }
        problems.throwIfAny();
        int changed = entityManager.unwrap(Session.class).doReturningWork(c -> CATEGORIES.write(c, rows));
        entityManager.clear();
        return changed;
    }
}
