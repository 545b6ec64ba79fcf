package org.observer.data;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of bytes or of what passes through a stream, in hex, as manifests and checksum files give it. */
public final class Sha256 {
    private Sha256() {
    }

    public static DigestOutputStream over(OutputStream out) {
        return new DigestOutputStream(out, digest());
    }

    public static String hex(DigestOutputStream stream) {
        return HexFormat.of().formatHex(stream.getMessageDigest().digest());
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
