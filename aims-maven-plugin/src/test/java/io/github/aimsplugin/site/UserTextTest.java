package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.site.render.TestRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The escaping of user text, checked on its own and by rendering: every hostile string is put into each place a
 * template puts a value (the document title, a paragraph of its own, table cells, a list item, a section title, a
 * description, link text, monospace, emphasis and a role span) and converted with the shared Asciidoctor. The HTML
 * must have exactly the tags of the same page made with a plain word, and the text must read as the string.
 */
class UserTextTest {

    static final String ORDINARY = "Clause 5.2 requires a policy; see A.8.2 (user information).";

    static final List<String> HOSTILE = List.of(
            // passthroughs and their escapes
            "pass:c[<b>x</b>]", "pass:[<img src=x onerror=alert(1)>]", "+++<b>x</b>+++", "++<i>x</i>++", "+x+",
            "$$<u>x</u>$$", "\\]", "x\\", "a\\]b", "C:\\temp\\ and \\\\server", "pass:c[", "]", "]]]",
            "\u0096" + "0" + "\u0097 forged placeholder",
            // attributes
            "{user-home}", "{set:foo:bar} {foo}", "{counter:x}", "{vbar} {empty}", "&#92; &#124;",
            // macros and links
            "link:javascript:alert(1)[x]", "https://attacker.example/x.png[]", "see image::x[] here",
            "image:x.png[]", "xref:a.adoc[x]", "footnote:[x] kbd:[Ctrl] btn:[OK] menu:File[Save] stem:[x]",
            "http://example.org[click]", "https://example.org", "mailto:a@b.example[x]", "dpo@example.com",
            "anchor:x[y] indexterm:[a,b]", "<<foo>> <<foo,text>>", "[[a]] [#b]#x# [[[bib]]]", "((index)) (((a,b)))",
            "((a b))", "link:x.html[a,window=_blank] x^",
            // HTML and character references
            "<script>alert('org')</script> Evil & Co", "\"><img src=x onerror=alert(1)>", "&#60; &lt; &amp; &#x3c;",
            "R&D; AT&T & Co",
            // formatting, replacements, tables
            "*bold* _it_ `code` ^sup^ ~sub~ #mark# **b** __i__ ``m`` ##h##", "(C) (R) (TM) -- ... -> => <- <= a--b",
            "C", "TM", "wait..", "a | b", "a|b|c", "|===", "x a", "x 2+", "a=b", "x +",
            // what starts a block at the start of a line
            "= Heading", "== Heading ==", "# Heading", ".Title", ". item", "* item", "- item", "1. item",
            "iv) item", "a. item", "<1> callout", "[source]", "[[anchor]]", ":toc:", ":a: b", "Term:: definition",
            "Term;; definition", "NOTE: admonition", "TIP: tip", "// comment", "////", "----", "....", "====",
            "****", "____", "++++", "--", "'''", "* * *", "<<<", "> quote", "include::/etc/passwd[]",
            "ifdef::env[] ifndef::x[] endif::[]", "toc::[]", "image::x.png[]", "    indented", "+", "{author}",
            "```", ",===", "!===", "!x", "\u2022 bullet",
            // line breaks and direction controls
            "x\n= Heading injection\n\n.Title\n[source,ruby]\n----\nputs 'x'\n----\n",
            "invoice\u202Efdp.exe\u2066x\u2069\u200F");

    private static final String PLAIN = "PLAINWORD";

    @TempDir
    static Path work;

    static final Map<String, Rendered> RENDERED = new HashMap<>();

    record Rendered(String adoc, String title, String body) {}

    @BeforeAll
    static void render() throws IOException {
        List<Path> sources = new ArrayList<>();
        Map<Path, String> texts = new HashMap<>();
        List<String> all = new ArrayList<>(HOSTILE);
        all.add(PLAIN);
        all.add(ORDINARY);
        for (int i = 0; i < all.size(); i++) {
            Path source = work.resolve("page-" + i + ".adoc");
            Files.writeString(source, page(UserText.asciiDoc(all.get(i))));
            sources.add(source);
            texts.put(source, all.get(i));
        }
        TestRenderers.BUILD.convert(sources, SiteGenerator.options(work), (source, title, body) -> {
            synchronized (RENDERED) {
                RENDERED.put(texts.get(source), new Rendered(Files.readString(source), title, body));
            }
        });
    }

    /** Every place where a template puts a value, as the templates write it. */
    private static String page(String value) {
        return """
                = %1$s
                :reproducible:

                %1$s

                [cols="1,1,1"]
                |===
                |%1$s |%1$s |x
                |x |x |%1$s
                |===

                * %1$s

                == %1$s

                Term:: %1$s

                See link:x.html[%1$s], `%1$s`, _%1$s_ and [.missing]#%1$s#.

                [cols="1,3"]
                |===
                |Item |%1$s
                |Next |%1$s
                |===
                """.formatted(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Clause 5.2 requires a policy; see A.8.2 (user information).",
        "Credit scoring für Kunden", "src/main/aims/risks.yaml:2:1", "high (likelihood 4, severity 4)",
        "Owner: ML lead, e.g. reviews every 3 months (see 9.1); 2020-2025 data, 50% of cases?",
        "mitigate — re-weighting of the training data.", "R-01", "A.10.4", "Evil & Co"})
    void ordinaryTextIsWrittenAsItIs(String text) {
        assertThat(UserText.asciiDoc(text)).isEqualTo(text);
    }

    @Test
    void ordinaryTextReadsTheSameInTheAsciiDocAndInTheHtml() {
        Rendered page = RENDERED.get(ORDINARY);

        assertThat(page.adoc()).contains("\n" + ORDINARY + "\n");
        assertThat(page.body()).contains("<p>" + ORDINARY + "</p>").contains("A.8.2");
        assertThat(page.title()).isEqualTo(ORDINARY);
    }

    @Test
    void onlyTheWordsAsciidoctorWouldReadAreWrapped() {
        assertThat(UserText.asciiDoc("see *bold* and {user-home} here")).isEqualTo(
                "see pass:c[*bold*] and pass:c[{user-home}] here");
        assertThat(UserText.asciiDoc("a | b|c")).isEqualTo("a {vbar} pass:c[b]{vbar}pass:c[c]");
        assertThat(UserText.asciiDoc("link:javascript:alert(1)[x]")).isEqualTo(
                "pass:c[link:javascript:alert(1)[x\\]]");
        assertThat(UserText.asciiDoc("C:\\temp\\")).isEqualTo("pass:c[C:]&#92;pass:c[temp]&#92;");
        assertThat(UserText.asciiDoc("(C) a--b wait...")).isEqualTo("pass:c[(C)] pass:c[a--b] pass:c[wait...]");
        assertThat(UserText.asciiDoc("&lt; & Co")).isEqualTo("pass:c[&lt;] & Co");
    }

    @Test
    void theFirstWordCannotOpenABlock() {
        assertThat(UserText.asciiDoc("= Heading")).isEqualTo("pass:c[=] Heading");
        assertThat(UserText.asciiDoc(".Title x")).isEqualTo("pass:c[.Title] x");
        assertThat(UserText.asciiDoc("1. item")).isEqualTo("pass:c[1.] item");
        assertThat(UserText.asciiDoc("NOTE: x")).isEqualTo("pass:c[NOTE:] x");
        assertThat(UserText.asciiDoc("// x")).isEqualTo("pass:c[//] x");
        assertThat(UserText.asciiDoc("    indented")).isEqualTo("indented");
        assertThat(UserText.asciiDoc("x .Title 1. NOTE: // -")).isEqualTo("x .Title 1. NOTE: // -");
    }

    @Test
    void lineBreaksCannotStartABlock() {
        assertThat(UserText.asciiDoc("x\n= Heading\r\n----")).doesNotContain("\n", "\r")
                .isEqualTo("x pass:c[=] Heading  pass:c[----]");
    }

    @Test
    void everyHostileStringRendersAsItsOwnTextInEveryPlace() {
        Rendered plain = RENDERED.get(PLAIN);
        List<String> plainTags = tags(plain.body());
        List<String> plainTexts = texts(plain.body());
        List<String> problems = new ArrayList<>();
        for (String hostile : HOSTILE) {
            Rendered page = RENDERED.get(hostile);
            String expected = expectedText(hostile);
            if (!tags(page.body()).equals(plainTags)) {
                problems.add("markup changed by " + show(hostile) + ":\n" + page.adoc() + "\n" + page.body());
                continue;
            }
            List<String> pageTexts = texts(page.body());
            for (int i = 0; i < plainTexts.size(); i++) {
                String want = plainTexts.get(i).replace(PLAIN, UserText.html(expected).replace("&quot;", "\"")
                        .replace("&#39;", "'"));
                if (!unescape(pageTexts.get(i)).equals(unescape(want))) {
                    problems.add("text of " + show(hostile) + " reads '" + unescape(pageTexts.get(i)) + "', not '"
                            + unescape(want) + "'");
                }
            }
            if (!unescape(page.title()).equals(expected)) {
                problems.add("title of " + show(hostile) + " reads '" + unescape(page.title()) + "'");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noHostileStringReachesTheHtmlAsMarkup() {
        for (String hostile : HOSTILE) {
            String html = RENDERED.get(hostile).title() + RENDERED.get(hostile).body();
            assertThat(html).as(show(hostile))
                    .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<b>").doesNotContainIgnoringCase("<u>")
                    .doesNotContainPattern("(?i)<[^>]+\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)href\\s*=\\s*\"(?!x\\.html\")")
                    .doesNotContain("\u202e", "root:x:0:0", System.getProperty("user.home"), "&#169;", "&#8212;",
                            "&#8230;", "&#8594;", "class=\"footnote", "<sup>", "<sub>", "<strong>", "<mark>", "<kbd>");
        }
    }

    @Test
    void htmlEscapingCoversElementsAndAttributes() {
        assertThat(UserText.html("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(UserText.asciiDoc(null)).isEmpty();
    }

    @Test
    void htmlForAPassthroughBlockStaysOnOneLine() {
        // A line of its own "++++" would end the passthrough around the site's SVG charts.
        assertThat(UserText.html("a\n++++\nlink:javascript:x[y]\r\n++++\u2028b")).doesNotContain("\n", "\r", "\u2028")
                .isEqualTo("a ++++ link:javascript:x[y]  ++++ b");
    }

    @Test
    void bidirectionalControlsAreDroppedFromPages() {
        String reversed = "invoice\u202Efdp.exe\u2066x\u2069\u200F";
        assertThat(UserText.asciiDoc(reversed)).isEqualTo("invoicefdp.exex");
        assertThat(UserText.html(reversed)).isEqualTo("invoicefdp.exex");
    }

    /** What a reader must see: the string on one line, trimmed, without control and direction characters. */
    private static String expectedText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!io.github.aimsplugin.schema.LogText.isInvisibleControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The tags of a page, with generated ids left out (a section's id follows its title). */
    private static List<String> tags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            tags.add(tag.group().replaceAll(" id=\"[^\"]*\"", ""));
        }
        return tags;
    }

    /** The text between tags, in order, without the runs that are only white space. */
    private static List<String> texts(String html) {
        List<String> texts = new ArrayList<>();
        for (String run : TAG.split(html)) {
            if (!run.isBlank()) {
                texts.add(run.strip());
            }
        }
        return texts;
    }

    private static String unescape(String html) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String c = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static String show(String text) {
        return "'" + text.replace("\n", "\\n") + "'";
    }
}
