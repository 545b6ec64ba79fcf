package org.observer.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.observer.data.Sha256;

/**
 * Accepts a photo only when its bytes are a JPEG, PNG or WebP image that decodes, whatever its
 * name or declared type says, and makes the thumbnail the pages show.
 */
public final class PhotoCheck {
    static final int THUMBNAIL_SIZE = 320;
    /** Larger images are refused before decoding: a small file can declare a huge picture. */
    static final long MAX_PIXELS = 60_000_000L;
    /** Photos are decoded at about this size only: enough for the thumbnail, little memory per upload. */
    static final int DECODE_SIZE = 2 * THUMBNAIL_SIZE;

    public enum Problem { TYPE, SIZE }

    public record Result(Optional<CheckedPhoto> photo, Problem problem) {
    }

    private PhotoCheck() {
    }

    public static Result check(byte[] data, long maxBytes) {
        if (data.length > maxBytes) {
            return new Result(Optional.empty(), Problem.SIZE);
        }
        String type = sniff(data);
        if (type == null) {
            return new Result(Optional.empty(), Problem.TYPE);
        }
        try {
            Decoded decoded = decode(data);
            if (decoded == null) {
                return new Result(Optional.empty(), Problem.TYPE);
            }
            return new Result(Optional.of(new CheckedPhoto(type, data, sha256(data), decoded.width(),
                    decoded.height(), thumbnail(decoded.image()))), null);
        } catch (IOException | RuntimeException e) {
            return new Result(Optional.empty(), Problem.TYPE);
        }
    }

    /** The type the first bytes announce. */
    static String sniff(byte[] d) {
        if (d.length > 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8 && (d[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F'
                && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private record Decoded(BufferedImage image, int width, int height) {
    }

    /** Reads the whole stream (a broken file fails here) into a picture subsampled to about DECODE_SIZE. */
    private static Decoded decode(byte[] data) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return null;
                }
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODE_SIZE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return image == null ? null : new Decoded(image, width, height);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] data) {
        return Sha256.of(data);
    }
}
