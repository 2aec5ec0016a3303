package io.github.aimsplugin.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogsTest {

    /** The 38 Annex A control ids of ISO/IEC 42001:2023, and no other. */
    static final List<String> ANNEX_A = List.of(
            "A.2.2", "A.2.3", "A.2.4",
            "A.3.2", "A.3.3",
            "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6",
            "A.5.2", "A.5.3", "A.5.4", "A.5.5",
            "A.6.1.2", "A.6.1.3",
            "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8",
            "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6",
            "A.8.2", "A.8.3", "A.8.4", "A.8.5",
            "A.9.2", "A.9.3", "A.9.4",
            "A.10.2", "A.10.3", "A.10.4");

    private final Catalogs catalogs = Catalogs.builtIn();

    @Test
    void annexAHoldsExactlyThe38ControlsInOrder() {
        assertThat(ANNEX_A).hasSize(38);
        assertThat(catalogs.annexA().controlIds()).containsExactlyElementsOf(ANNEX_A);
        assertThat(catalogs.annexA().controls()).allSatisfy(control -> assertThat(control.title()).isNotBlank());
    }

    @Test
    void annexAIsGroupedByTheTenObjectiveHeadings() {
        assertThat(catalogs.annexA().objectives()).extracting(AnnexA.Objective::id).containsExactly(
                "A.2", "A.3", "A.4", "A.5", "A.6.1", "A.6.2", "A.7", "A.8", "A.9", "A.10");
        for (AnnexA.Objective objective : catalogs.annexA().objectives()) {
            assertThat(objective.controls()).allSatisfy(
                    control -> assertThat(control.id()).startsWith(objective.id() + "."));
        }
        assertThat(catalogs.annexA().objectiveOf("A.6.2.8")).hasValueSatisfying(
                objective -> assertThat(objective.parent()).isEqualTo("A.6"));
    }

    @Test
    void annexCHasElevenObjectivesAndSevenRiskSources() {
        assertThat(catalogs.annexC().objectiveIds()).containsExactly("C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.2.5",
                "C.2.6", "C.2.7", "C.2.8", "C.2.9", "C.2.10", "C.2.11");
        assertThat(catalogs.annexC().riskSourceIds()).containsExactly("C.3.1", "C.3.2", "C.3.3", "C.3.4", "C.3.5",
                "C.3.6", "C.3.7");
    }

    @Test
    void clausesRunFrom41To102AndNameTheirDocumentedOutputs() {
        List<String> ids = catalogs.clauses().ids();
        assertThat(ids).startsWith("4.1").endsWith("10.2").hasSize(32).doesNotHaveDuplicates()
                .contains("6.1.1", "6.1.2", "6.1.3", "6.1.4", "7.5.3", "9.2.2", "9.3.3");
        assertThat(catalogs.clauses().clauses()).filteredOn(Clauses.Clause::documented)
                .allSatisfy(clause -> assertThat(clause.output()).isNotBlank())
                .extracting(Clauses.Clause::id)
                .contains("4.3", "4.4", "5.2", "6.1.2", "6.1.3", "6.1.4", "8.2", "8.4", "9.2.2", "9.3.3", "10.2");
    }

    @Test
    void nistAiRmfHas72SubcategoriesIn19Categories() {
        NistAiRmf rmf = catalogs.nistAiRmf();
        assertThat(rmf.functions()).extracting(NistAiRmf.Function::id)
                .containsExactly("GOVERN", "MAP", "MEASURE", "MANAGE");
        assertThat(rmf.functions().stream().mapToInt(f -> f.categories().size()).sum()).isEqualTo(19);
        assertThat(rmf.subcategories()).hasSize(72);
        assertThat(rmf.functions()).extracting(f -> f.categories().stream()
                .mapToInt(c -> c.subcategories().size()).sum()).containsExactly(19, 18, 22, 13);
    }

    @Test
    void crosswalkCoversEverySubcategoryAndNamesOnlyRealIsoItems() {
        Set<String> known = knownIsoIds();
        List<String> subcategories = catalogs.nistAiRmf().subcategories().stream().map(NistAiRmf.Subcategory::id).toList();

        assertThat(catalogs.nistCrosswalk().rows()).extracting(NistCrosswalk.Row::subcategory)
                .containsExactlyElementsOf(subcategories);
        assertThat(catalogs.nistCrosswalk().rows()).allSatisfy(row -> {
            assertThat(known).containsAll(row.iso());
            assertThat(known).containsAll(row.doubtful());
        });
        Set<String> cited = new HashSet<>();
        catalogs.nistCrosswalk().rows().forEach(row -> cited.addAll(row.iso()));
        assertThat(cited).as("every Annex A control is cited by the crosswalk").containsAll(ANNEX_A);
    }

    @Test
    void euAiActRowsNameOnlyRealIsoItems() {
        Set<String> known = knownIsoIds();
        assertThat(catalogs.euAiAct().articles()).isNotEmpty().allSatisfy(article -> {
            assertThat(article.primary()).isNotEmpty();
            assertThat(known).containsAll(article.primary());
            assertThat(known).containsAll(article.supporting());
        });
    }

    /** No file shipped in the jar or kept in this repository may name an Annex A or Annex C id that does not exist. */
    @Test
    void noInventedIdsAnywhereInTheRepository() throws IOException {
        Set<String> known = knownIsoIds();
        known.addAll(catalogs.annexC().objectiveIds());
        known.addAll(catalogs.annexC().riskSourceIds());
        catalogs.annexA().objectives().forEach(objective -> known.add(objective.id()));
        Pattern annexId = Pattern.compile("(?<![\\w.])([AC]\\.\\d+(?:\\.\\d+){1,2})(?![\\w]|\\.\\d)");
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Set<String> invented = new HashSet<>();
        try (Stream<Path> files = Files.walk(repository)) {
            for (Path file : (Iterable<Path>) files.filter(CatalogsTest::isScanned)::iterator) {
                Matcher matcher = annexId.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        invented.add(repository.relativize(file) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(invented).as("ids that are not in the catalogs").isEmpty();
    }

    private static boolean isScanned(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && !path.contains("/target/") && !path.contains("/.git/") && !path.contains("/src/it/")
                && !path.contains("/src/test/") && !path.endsWith("README.md")
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".java")
                        || name.endsWith(".adoc") || name.endsWith(".md")
                        // the site's templates (site-template) and HTML fragments: their text reaches every user
                        || name.endsWith(".mustache") || name.endsWith(".html"));
    }

    private Set<String> knownIsoIds() {
        Set<String> known = new HashSet<>(catalogs.annexA().controlIds());
        known.addAll(catalogs.clauses().ids());
        return known;
    }
}
