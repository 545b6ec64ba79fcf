package org.observer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Russian and Kazakh bundles say everything the English one says, with the same placeholders. */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "ru", "kk" })
    void translationHasEveryKeyAndPlaceholder(String language) throws IOException {
        Properties english = bundle("en");
        Properties translated = bundle(language);
        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        assertThat(translated.getProperty("lang_code")).isEqualTo(language);
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
