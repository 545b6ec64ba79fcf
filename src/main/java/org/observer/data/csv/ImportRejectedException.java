package org.observer.data.csv;

import java.util.List;

/** The import found problems and wrote nothing. */
public class ImportRejectedException extends RuntimeException {
    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
