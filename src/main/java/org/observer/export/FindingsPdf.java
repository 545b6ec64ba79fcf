package org.observer.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.swing.NaiveUserAgent.ClassPathStreamFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Prints the findings page (well-formed XHTML) to PDF, its SVG charts drawn as vectors by Batik. The DejaVu
 * fonts come from the app's own resources and are embedded, so Cyrillic and Kazakh letters print the same on
 * any server and reader.
 */
final class FindingsPdf {
    static final String FONT = "DejaVu Sans";
    /** The page links its stylesheet at /static/..., which Quarkus serves from this place on the classpath. */
    private static final String STATIC = "/static/";
    private static final String ON_CLASSPATH = "classpath:/META-INF/resources";

    private FindingsPdf() {
    }

    /**
     * Characters XML 1.0 forbids, which text pasted from Word brings along (a vertical tab for a line
     * break, other control characters, a lone half of a surrogate pair). The printer parses the page as
     * XML and would refuse the whole report for one of them in a description.
     */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static byte[] of(String page) {
        String xhtml = xmlText(page);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        // the page's stylesheet is read from the app's own files, as the browser reads it from the app;
        // any other address is refused: the printer fetches nothing from the network
        builder.useProtocolsStreamImplementation(new ClassPathStreamFactory(FindingsPdf.class.getClassLoader()),
                "classpath");
        builder.useUriResolver(FindingsPdf::resolve);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** The page with each character XML forbids replaced by a space. */
    static String xmlText(String page) {
        return NOT_XML.matcher(page).replaceAll(" ");
    }

    /** The app's address of a static file on the classpath; null (refused) for anything else. */
    private static String resolve(String base, String uri) {
        if (uri == null || uri.contains("..")) {
            return null;
        }
        if (uri.startsWith(ON_CLASSPATH + STATIC)) {
            return uri; // the printer resolves an address again before it reads it
        }
        return uri.startsWith(STATIC) ? ON_CLASSPATH + uri : null;
    }

    private static InputStream font(String file) {
        return FindingsPdf.class.getResourceAsStream("/fonts/" + file);
    }
}
