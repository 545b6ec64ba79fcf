package org.observer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle in messages/ (msg and each feature's own) says in Russian and Kazakh everything its
 * English file says, with the same placeholders.
 */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String ENGLISH_SUFFIX = "_en.properties";

    static Properties bundle(String name, String language) throws IOException {
        Properties properties = new Properties();
        String file = "/messages/" + name + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The bundles, by the names of their English files. */
    static List<String> bundleNames() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(MessageBundlesTest.class.getResource("/messages").toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(ENGLISH_SUFFIX))
                    .map(name -> name.substring(0, name.length() - ENGLISH_SUFFIX.length())).sorted().toList();
        }
    }

    static Stream<Arguments> translations() throws IOException, URISyntaxException {
        return bundleNames().stream().flatMap(name -> Stream.of("ru", "kk").map(language -> Arguments.of(name, language)));
    }

    @Test
    void everyBundleIsFound() throws IOException, URISyntaxException {
        assertThat(bundleNames()).contains("msg", "tally");
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void translationHasEveryKeyAndPlaceholder(String name, String language) throws IOException {
        Properties english = bundle(name, "en");
        Properties translated = bundle(name, language);
        assertThat(new TreeSet<>(translated.stringPropertyNames())).as(name + "_" + language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(name + "_" + language + " " + key).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as(name + "_" + language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        if (english.containsKey("lang_code")) {
            assertThat(translated.getProperty("lang_code")).isEqualTo(language);
        }
    }

    /** Keys become the methods of the bundle's interface: a Java keyword would not compile. */
    @ParameterizedTest
    @MethodSource("bundleNames")
    void keysAreJavaNames(String name) throws IOException {
        for (String key : bundle(name, "en").stringPropertyNames()) {
            assertThat(SourceVersion.isName(key)).as(name + " " + key).isTrue();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
