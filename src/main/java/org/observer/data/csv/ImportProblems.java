package org.observer.data.csv;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of all files of one import, so the admin sees them all at once. */
public class ImportProblems {
    /** Beyond this many the list stops growing: the admin has enough to fix. */
    static final int MAX = 200;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int dropped;

    public void add(String file, int line, String message) {
        if (problems.size() < MAX) {
            problems.add(new ImportProblem(file, line, message));
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws with every problem found, or returns when there is none. */
    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<ImportProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new ImportProblem("", 0, dropped + " more problem(s) not listed"));
        }
        throw new ImportRejectedException(all);
    }
}
