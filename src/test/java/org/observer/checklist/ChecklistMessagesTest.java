package org.observer.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Properties;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checklist bundle says in Russian and Kazakh everything it says in English, with the same placeholders. */
class ChecklistMessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        String file = "/messages/checklist_" + language + ".properties";
        try (InputStream in = ChecklistMessagesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "ru", "kk" })
    void translationHasEveryKeyAndPlaceholder(String language) throws IOException {
        Properties english = bundle("en");
        Properties translated = bundle(language);
        assertThat(new TreeSet<>(translated.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(SourceVersion.isName(key)).as(key).isTrue();
            assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
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
