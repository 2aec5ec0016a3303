package io.github.aimsplugin.init;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.catalog.AiSdks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The inventory aims:init proposes from the AI use scan: one AI system per cluster of use sites, by package (a
 * subpackage joins its parent's cluster), with the models found and the SDK dependencies it uses. A package whose
 * only AI is a model run in-process (an ONNX or DJL embedding model packaged as a jar) is that model, folded into
 * the system that uses it — the cluster of the same API family, else the one with the longest common package — not
 * a system of its own. SDKs among the dependencies that no code uses keep a system each, as without a scan.
 */
final class InventoryProposal {

    /**
     * One proposed AI system.
     *
     * @param packages the packages it governs; the unnamed package never appears here (see {@code code})
     * @param code its {@code components.code}: the packages, and for classes of the unnamed package the source file
     *     each was compiled from (the top-level class name when the source was not found)
     * @param models the model names found, in its code or configured for an SDK it uses, as found (not yet masked)
     */
    record System(String id, String name, List<String> packages, List<String> code, List<String> families,
            List<String> sdks, List<Model> models, List<String> localModels, List<String> dependencies,
            String provenance) {}

    /** A model name found, and where: the first place that names it. */
    record Model(String name, String where) {}

    private InventoryProposal() {}

    static List<System> propose(List<UseSite> uses, List<ModelNameUse> models, List<DependencyPath> dependencies,
            AiSdks sdks) {
        Map<String, List<UseSite>> byPackage = new TreeMap<>();
        uses.forEach(use -> byPackage.computeIfAbsent(use.packageName(), p -> new ArrayList<>()).add(use));
        Map<String, List<UseSite>> clusters = new TreeMap<>();
        for (Map.Entry<String, List<UseSite>> entry : byPackage.entrySet()) {
            String parent = clusters.keySet().stream().filter(root -> entry.getKey().startsWith(root + "."))
                    .findFirst().orElse(entry.getKey());
            clusters.computeIfAbsent(parent, p -> new ArrayList<>()).addAll(entry.getValue());
        }
        foldLocalOnly(clusters);
        Map<String, TreeSet<String>> coordinatesBySdk = coordinates(dependencies, sdks);
        List<System> systems = new ArrayList<>();
        TreeSet<String> usedSdks = new TreeSet<>();
        for (Map.Entry<String, List<UseSite>> cluster : clusters.entrySet()) {
            List<UseSite> sites = cluster.getValue();
            TreeSet<String> packages = new TreeSet<>();
            sites.forEach(use -> packages.add(use.packageName()));
            List<String> roots = roots(packages);
            List<String> code = code(roots, sites);
            TreeSet<String> families = new TreeSet<>();
            TreeSet<String> sdkNames = new TreeSet<>();
            TreeSet<String> local = new TreeSet<>();
            sites.forEach(use -> {
                families.add(use.family());
                sdkNames.add(use.sdk());
                if (use.local()) {
                    local.add(use.sdk() + " " + use.api().replaceAll("\\..*", ""));
                }
            });
            if (families.size() > 1) {
                families.remove("client"); // result and client types say nothing next to a real API family
            }
            usedSdks.addAll(sdkNames);
            List<Model> names = models(models, roots, sdkNames);
            TreeSet<String> coordinates = new TreeSet<>();
            sdkNames.forEach(sdk -> coordinates.addAll(coordinatesBySdk.getOrDefault(sdk, new TreeSet<>())));
            boolean remote = sites.stream().anyMatch(use -> !use.local());
            String last = label(cluster.getKey(), sites);
            systems.add(new System(id(last, systems), capitalised(last) + " (" + String.join(", ", families) + ")",
                    roots.stream().filter(root -> !root.isEmpty()).toList(), code, List.copyOf(families),
                    List.copyOf(sdkNames), names, List.copyOf(local), List.copyOf(coordinates),
                    remote ? "third-party-api" : "third-party-model"));
        }
        coordinatesBySdk.forEach((sdk, coordinates) -> {
            if (!usedSdks.contains(sdk)) {
                systems.add(new System(id(sdk, systems), sdk + " based system", List.of(), List.of(), List.of(),
                        List.of(sdk), List.of(), List.of(), List.copyOf(coordinates), "third-party-api"));
            }
        });
        return systems;
    }

    /** Moves each cluster whose uses all run a model in-process into the cluster that most likely uses it. */
    private static void foldLocalOnly(Map<String, List<UseSite>> clusters) {
        List<String> localOnly = clusters.entrySet().stream()
                .filter(entry -> entry.getValue().stream().allMatch(UseSite::local)).map(Map.Entry::getKey).toList();
        List<String> remote = clusters.keySet().stream().filter(key -> !localOnly.contains(key)).toList();
        if (remote.isEmpty()) {
            return;
        }
        for (String key : localOnly) {
            TreeSet<String> families = new TreeSet<>();
            clusters.get(key).forEach(use -> families.add(use.family()));
            List<String> sameFamily = remote.stream().filter(other -> clusters.get(other).stream()
                    .anyMatch(use -> families.contains(use.family()))).toList();
            List<String> candidates = sameFamily.isEmpty() ? remote : sameFamily;
            String target = candidates.stream().max(Comparator.comparingInt((String other) -> common(key, other))
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            clusters.get(target).addAll(clusters.remove(key));
        }
    }

    private static int common(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        int same = 0;
        while (same < Math.min(left.length, right.length) && left[same].equals(right[same])) {
            same++;
        }
        return same;
    }

    /** The packages no other package of the set contains; the unnamed package contains none. */
    private static List<String> roots(TreeSet<String> packages) {
        return packages.stream().filter(p -> packages.stream().noneMatch(other -> !other.isEmpty()
                && p.startsWith(other + "."))).toList();
    }

    /**
     * The {@code components.code} entries: each package, and for the unnamed package (which no package prefix can
     * name: {@code ""} would be blank) the source file of each of its classes, or the top-level class name when the
     * source was not found (a class name covers the class and its nested classes).
     */
    private static List<String> code(List<String> roots, List<UseSite> sites) {
        TreeSet<String> code = new TreeSet<>();
        for (String root : roots) {
            if (!root.isEmpty()) {
                code.add(root);
                continue;
            }
            sites.stream().filter(use -> use.packageName().isEmpty()).forEach(use -> code.add(
                    use.file().contains("/") ? use.file() : topLevel(use.className())));
        }
        return List.copyOf(code);
    }

    /**
     * The model names of a cluster, once each ignoring case: those passed in its classes, and those configured for
     * an SDK it uses (as the check attributes them, so the first check after init finds each one declared).
     */
    private static List<Model> models(List<ModelNameUse> models, List<String> roots, TreeSet<String> sdkNames) {
        Map<String, Model> found = new TreeMap<>();
        for (ModelNameUse model : models) {
            boolean own = model.fromConfiguration() ? sdkNames.contains(model.sdk())
                    : roots.stream().anyMatch(root -> inPackage(model.className(), root));
            if (model.resolved() && own) {
                found.putIfAbsent(model.name().toLowerCase(Locale.ROOT), new Model(model.name(), model.where()));
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean inPackage(String className, String root) {
        if (root.isEmpty()) {
            return className.indexOf('.') < 0;
        }
        return className.startsWith(root + ".");
    }

    /** What a cluster is called: its package's last part, or for the unnamed package its first class. */
    private static String label(String cluster, List<UseSite> sites) {
        String label = !cluster.isEmpty() ? cluster.substring(cluster.lastIndexOf('.') + 1)
                : sites.stream().filter(use -> use.packageName().isEmpty()).map(use -> topLevel(use.className()))
                        .sorted().findFirst().orElse("");
        return label.isBlank() ? "application" : label.strip();
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested > 0 ? className.substring(0, nested) : className;
    }

    private static Map<String, TreeSet<String>> coordinates(List<DependencyPath> dependencies, AiSdks sdks) {
        Map<String, TreeSet<String>> bySdk = new LinkedHashMap<>();
        for (DependencyPath path : dependencies) {
            // Direct dependencies: what the team declared; an SDK they pull in is covered through them.
            if (path.path().size() != 2) {
                continue;
            }
            DependencyPath.Coordinate dependency = path.dependency();
            sdks.match(dependency.groupId(), dependency.artifactId()).ifPresent(sdk -> bySdk
                    .computeIfAbsent(sdk.name(), name -> new TreeSet<>())
                    .add(dependency.groupId() + ":" + dependency.artifactId()));
        }
        return bySdk;
    }

    private static String id(String name, List<System> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String id = base.isEmpty() ? "ai-system" : base;
        int n = 2;
        while (true) {
            String candidate = id;
            if (taken.stream().noneMatch(system -> system.id().equals(candidate))) {
                return id;
            }
            id = base + "-" + n++;
        }
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
