package org.observer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observer.data.csv.CsvFile;
import org.observer.data.csv.CsvRow;
import org.observer.data.csv.ImportProblem;
import org.observer.data.csv.ImportProblems;
import org.observer.data.csv.ImportRejectedException;

class CsvFileTest {
    private static final List<String> COLUMNS = List.of("number", "name");

    private static List<CsvRow> read(String text, ImportProblems problems) {
        return read(text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static List<CsvRow> read(byte[] bytes, ImportProblems problems) {
        return CsvFile.read("test.csv", new ByteArrayInputStream(bytes), COLUMNS, problems);
    }

    private static List<ImportProblem> problemsOf(ImportProblems problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (ImportRejectedException e) {
            return e.problems();
        }
    }

    @Test
    void rowsCarryTheLineAnEditorShows() {
        ImportProblems problems = new ImportProblems();
        List<CsvRow> rows = read("""
                # a comment before the header
                number,name

                1,"first"
                # a comment between rows
                2,"two
                lines"
                3,third
                """, problems);
        assertThat(rows).extracting(CsvRow::line).containsExactly(4, 6, 8);
        assertThat(rows.get(1).required("name")).isEqualTo("two\nlines");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void fieldProblemsNameTheirLine() {
        ImportProblems problems = new ImportProblems();
        List<CsvRow> rows = read("number,name\n1,a\nx,\n", problems);
        assertThat(rows.get(0).integer("number", 0, 10)).isEqualTo(1);
        assertThat(rows.get(1).integer("number", 0, 10)).isNull();
        assertThat(rows.get(1).required("name")).isNull();
        assertThat(problemsOf(problems)).extracting(ImportProblem::toString)
                .containsExactly("test.csv line 3: number 'x' is not a whole number", "test.csv line 3: name is empty");
    }

    @Test
    void spreadsheetByteOrderMarkAndColumnOrderDoNotMatter() {
        ImportProblems problems = new ImportProblems();
        List<CsvRow> rows = read("\uFEFFname,number\nAlmaty,7\n", problems);
        assertThat(rows.get(0).required("number")).isEqualTo("7");
        assertThat(rows.get(0).required("name")).isEqualTo("Almaty");
    }

    @Test
    void wrongHeaderIsRefusedWithWhatIsMissing() {
        ImportProblems problems = new ImportProblems();
        assertThat(read("# header next\nnumber,nmae\n1,a\n", problems)).isEmpty();
        assertThat(problemsOf(problems)).singleElement().extracting(ImportProblem::toString).asString()
                .startsWith("test.csv line 2: the header must name the columns number,name")
                .contains("missing: name").contains("unknown: nmae");
    }

    @Test
    void rowWithTooManyFieldsIsRefused() {
        ImportProblems problems = new ImportProblems();
        read("number,name\n1,a,extra\n", problems);
        assertThat(problemsOf(problems)).extracting(ImportProblem::line).containsExactly(2);
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        ImportProblems problems = new ImportProblems();
        byte[] windows1251 = "number,name\n1,Алматы\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertThat(read(windows1251, problems)).isEmpty();
        assertThat(problemsOf(problems)).singleElement().extracting(ImportProblem::message).asString()
                .contains("not UTF-8");
    }

    @Test
    void emptyFileIsRefused() {
        ImportProblems problems = new ImportProblems();
        read("# only a comment\n", problems);
        assertThat(problemsOf(problems)).singleElement().extracting(ImportProblem::message).asString()
                .contains("is empty");
    }
}
