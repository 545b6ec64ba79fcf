package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The forensics classes are plain Java: every source file of the package imports only java.* and names
 * no other package in its code (comments and strings aside), so they run and are tested without
 * Quarkus, the database or any class of ours.
 */
class PlainJavaTest {
    static final Path SOURCES = Path.of("src/main/java/org/observer/forensics");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;", Pattern.MULTILINE);
    /** A qualified name that starts with a package other than java.*: org.x, jakarta.x, io.x, com.x, javax.x ... */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?!java\\.)([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*)\\.[A-Za-z]");

    @Test
    void everyClassImportsOnlyJava() throws IOException {
        List<Path> files = sources();
        assertThat(files).hasSizeGreaterThan(15);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String code = withoutCommentsAndStrings(Files.readString(file));
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                if (!imports.group(2).startsWith("java.")) {
                    found.add(file.getFileName() + ": import " + imports.group(2));
                }
            }
            Matcher qualified = QUALIFIED.matcher(body(code));
            while (qualified.find()) {
                found.add(file.getFileName() + ": " + qualified.group());
            }
        }
        assertThat(found).isEmpty();
    }

    /** The check itself finds what it looks for. */
    @Test
    void theCheckSeesForeignImportsAndQualifiedNames() {
        String code = withoutCommentsAndStrings("""
                package org.observer.forensics;
                import java.util.List;
                import jakarta.inject.Inject;
                // org.observer.election.Election in a comment is fine
                class X { String s = "org.observer.x.Y"; org.observer.election.Election e; java.util.Map<String, String> m; }
                """);
        assertThat(IMPORT.matcher(code).results().map(m -> m.group(2)).toList()).containsExactly("java.util.List",
                "jakarta.inject.Inject");
        assertThat(QUALIFIED.matcher(body(code)).results().map(m -> m.group()).toList())
                .containsExactly("org.observer.e");
    }

    /** The code after the package and import lines. */
    static String body(String code) {
        return IMPORT.matcher(code.replaceFirst("package\\s+[\\w.]+;", "")).replaceAll("");
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Block and line comments and string literals (text blocks too) blanked out. */
    static String withoutCommentsAndStrings(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("//[^\\n]*", " ").replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
