package org.observer.data;

import java.security.SecureRandom;

/**
 * The code an observer gets for a report, short enough to read aloud over a bad phone line:
 * eight characters in two groups, from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z).
 */
public final class ReceiptCode {
    static final String ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCode() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed or read back: case, spaces and a missing dash do not matter. */
    public static String normalise(String typed) {
        String letters = typed == null ? "" : typed.toUpperCase().replaceAll("[^0-9A-Z]", "");
        return letters.length() == 8 ? letters.substring(0, 4) + "-" + letters.substring(4) : letters;
    }
}
