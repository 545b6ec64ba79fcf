package org.observer.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {
    /** A 1x1 lossy WebP image. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void jpegIsAcceptedWithItsHashSizeAndAThumbnail() throws IOException {
        byte[] jpeg = image("jpeg", 1200, 900);
        CheckedPhoto photo = PhotoCheck.check(jpeg, 10_000_000).photo().orElseThrow();
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(1200);
        assertThat(photo.sha256()).hasSize(64).isEqualTo(PhotoCheck.sha256(jpeg));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
    }

    @Test
    void pngAndWebpAreAccepted() throws IOException {
        assertThat(PhotoCheck.check(image("png", 10, 10), 10_000_000).photo()).get()
                .extracting(CheckedPhoto::contentType).isEqualTo("image/png");
        assertThat(PhotoCheck.check(WEBP, 10_000_000).photo()).get()
                .extracting(CheckedPhoto::contentType).isEqualTo("image/webp");
    }

    @Test
    void contentDecidesNotTheName() throws IOException {
        assertThat(PhotoCheck.check("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8), 10_000_000).problem())
                .isEqualTo(PhotoCheck.Problem.TYPE);
        byte[] gif = image("gif", 4, 4);
        assertThat(PhotoCheck.check(gif, 10_000_000).problem()).isEqualTo(PhotoCheck.Problem.TYPE);
        byte[] truncated = java.util.Arrays.copyOf(image("jpeg", 100, 100), 40);
        assertThat(PhotoCheck.check(truncated, 10_000_000).problem()).isEqualTo(PhotoCheck.Problem.TYPE);
    }

    @Test
    void tooLargeIsRefusedBeforeDecoding() throws IOException {
        assertThat(PhotoCheck.check(image("jpeg", 100, 100), 100).problem()).isEqualTo(PhotoCheck.Problem.SIZE);
    }
}
