package io.github.aimsplugin.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link in README.md and docs/*.md points at a file that exists and, with a '#', at a heading of that
 * file (GitHub's anchors), so that nothing moved between the README and docs/ is lost silently.
 */
class DocsLinksTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String TARGET = "\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]" + TARGET);
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]" + TARGET);
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkOfTheReadmeAndDocsResolves() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(REPOSITORY.resolve("README.md"));
        try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(5);

        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            List<String> targets = relativeLinks(Files.readString(page));
            links += targets.size();
            broken.addAll(broken(page, targets));
        }
        assertThat(links).as("relative links found").isGreaterThan(30);
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void theReadmeLinksEveryDocsPage() throws IOException {
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
            assertThat(docs.filter(path -> path.toString().endsWith(".md")))
                    .allSatisfy(page -> assertThat(readme).contains("](docs/" + page.getFileName() + ")"));
        }
    }

    @Test
    void reportsAMissingFileAndAMissingAnchor(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## Parameters of `aims:check`\n");
        Path page = dir.resolve("page.md");
        Files.writeString(page, """
                # Page

                [fine](other.md#parameters-of-aimscheck) [top](#page) [gone](missing.md)
                [bad anchor](other.md#no-such-heading) [web](https://example.com/x.md) ![image](img/none.png)
                [![shot](img/shot.png)](other.md)

                ```
                [in a code block](nowhere.md)
                ```
                `[in code](nowhere-either.md)`
                """);

        assertThat(broken(page, relativeLinks(Files.readString(page)))).containsExactlyInAnyOrder(
                "page.md: missing.md (no such file)",
                "page.md: other.md#no-such-heading (no such heading)",
                "page.md: img/none.png (no such file)",
                "page.md: img/shot.png (no such file)");
    }

    @Test
    void anchorsFollowGitHubsSlugs() {
        assertThat(anchors("""
                ## Rules of aims:check
                ### Scope — clause 4
                ## Parameters of `aims:check`, `aims:site` and `aims:aggregate`
                ## Parameters
                ## Parameters
                ```
                # not a heading
                ```
                """)).containsExactly("rules-of-aimscheck", "scope--clause-4",
                "parameters-of-aimscheck-aimssite-and-aimsaggregate", "parameters", "parameters-1");
    }

    private static List<String> broken(Path page, List<String> targets) throws IOException {
        List<String> broken = new ArrayList<>();
        String name = page.getParent().relativize(page).toString();
        if (page.startsWith(REPOSITORY)) {
            name = REPOSITORY.relativize(page).toString();
        }
        for (String target : targets) {
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
            if (!Files.exists(resolved)) {
                broken.add(name + ": " + target + " (no such file)");
            } else if (anchor != null && resolved.toString().endsWith(".md")
                    && !anchors(Files.readString(resolved)).contains(anchor)) {
                broken.add(name + ": " + target + " (no such heading)");
            }
        }
        return broken;
    }

    /** The targets of inline links and images that are neither absolute URLs nor inside code. */
    static List<String> relativeLinks(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String line : outsideCodeBlocks(markdown)) {
            String text = line.replaceAll("`[^`]*`", "");
            Matcher image = IMAGE.matcher(text);
            StringBuilder withoutImages = new StringBuilder();
            while (image.find()) {
                addRelative(targets, image.group(2));
                image.appendReplacement(withoutImages, Matcher.quoteReplacement(image.group(1)));
            }
            image.appendTail(withoutImages);
            Matcher link = LINK.matcher(withoutImages);
            while (link.find()) {
                addRelative(targets, link.group(1));
            }
        }
        return targets;
    }

    private static void addRelative(List<String> targets, String target) {
        if (!target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            targets.add(target);
        }
    }

    /** GitHub's heading anchors: rendered text, lower case, punctuation dropped, spaces as '-', repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideCodeBlocks(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                continue;
            }
            String text = heading.group(1)
                    .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .replaceAll("<[^>]+>", "")
                    .replace("`", "").replace("*", "");
            String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{Mn}\\p{Pc} -]", "")
                    .replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    private static List<String> outsideCodeBlocks(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence) {
                lines.add(line);
            }
        }
        return lines;
    }
}
