package org.observer.data.csv;

/** One thing wrong with an imported file, with the line a person finds it on in a text editor. */
public record ImportProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
