package org.observer.data.csv;

/**
 * Text written to a CSV file that people open in a spreadsheet: a cell beginning with what a spreadsheet
 * takes for the start of a formula (OWASP's "CSV injection") gets a ' before it, so that observers' free
 * text such as "=HYPERLINK(...)" or "+7 701 ..." is shown as text and never runs, or breaks, where the file
 * is opened.
 */
public final class SpreadsheetText {
    static final String FORMULA_START = "=+-@\t\r";
    /** What the manifests say of it. */
    public static final String NOTE = "in the CSV a text cell beginning with = + - @, a tab or a carriage return"
            + " has a ' put before it, so that a spreadsheet shows it as text and runs no formula";

    private SpreadsheetText() {
    }

    /** The text, with a ' before it when a spreadsheet would read it as a formula. */
    public static String guarded(String text) {
        return text != null && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
