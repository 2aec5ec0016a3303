package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.catalog.AiSdks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The AI use scan of a module: reads its compiled main classes with ASM (Java, Kotlin and Scala alike, without
 * loading them) and its application.properties / application.yml, and finds the AI SDK use sites, the model names
 * and the constants shaped like API keys. A class file that cannot be read is a warning naming it; the rest is
 * scanned. Maven-free.
 */
public final class CodeScanner {

    /** Larger class files are not read: no real class comes near it, a planted one should not cost memory. */
    static final long MAX_CLASS_BYTES = 16L * 1024 * 1024;

    private static final Comparator<UseSite> USE_ORDER = Comparator.comparing(UseSite::file)
            .thenComparingInt(UseSite::line).thenComparing(UseSite::className).thenComparing(UseSite::method)
            .thenComparing(UseSite::api);
    private static final Comparator<ModelNameUse> MODEL_ORDER = Comparator.comparing(ModelNameUse::file)
            .thenComparingInt(ModelNameUse::line).thenComparing(ModelNameUse::expression);
    private static final Comparator<KeyConstant> KEY_ORDER = Comparator.comparing(KeyConstant::file)
            .thenComparingInt(KeyConstant::line).thenComparing(KeyConstant::masked);

    private static final ClassScanner.Findings NOTHING = new ClassScanner.Findings(List.of(), List.of(), List.of());

    private final SdkApis apis;
    private final CodeCatalog catalog;
    private final SdkMentions mentions;
    private final ScanCache cache;

    /** A scanner with a cache of its own. */
    public CodeScanner(AiSdks sdks, CodeCatalog catalog) {
        this(sdks, catalog, new ScanCache());
    }

    /** A scanner that shares the build's cache of scans. */
    public CodeScanner(AiSdks sdks, CodeCatalog catalog, ScanCache cache) {
        this.apis = new SdkApis(sdks);
        this.mentions = new SdkMentions(apis.internalPrefixes());
        this.catalog = catalog;
        this.cache = cache;
    }

    /**
     * @param shown how a path is shown: relative to the workspace base
     */
    public CodeScan scan(CodeModule module, Function<Path, String> shown) {
        Listing listing = list(module.classes());
        // check, site, export and manifest each scan in one build: unchanged class output is scanned once per build.
        String key = module + "|" + shown.apply(module.classes()) + "|" + System.identityHashCode(catalog) + "|"
                + apis.internalPrefixes();
        String stamp = listing.stamp() + configStamp(module.resourceRoots());
        ScanCache.Entry cached = cache.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.scan();
        }
        CodeScan scan = scanAll(module, listing.files(), shown);
        cache.put(key, new ScanCache.Entry(stamp, scan));
        return scan;
    }

    /** The class files in a stable order, and their paths, sizes and times: what says the output is unchanged. */
    record Listing(List<Path> files, String stamp) {}

    /** Every application*.properties/yml/yaml the scan reads, profiles included, with its size and time. */
    private static String configStamp(List<Path> resourceRoots) {
        StringBuilder stamp = new StringBuilder();
        List<Path> files;
        try {
            files = ConfigModelNames.files(resourceRoots);
        } catch (IOException e) {
            return "unlisted:" + System.nanoTime(); // never equal: scan again, and the scan warns
        }
        for (Path file : files) {
            try {
                var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                stamp.append(file).append(':').append(attributes.size()).append(':')
                        .append(attributes.lastModifiedTime().toMillis()).append(':')
                        .append(attributes.fileKey()).append('\n');
                if (attributes.isSymbolicLink()) {
                    // The target of a link may change without the link changing.
                    var target = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                    stamp.append(" -> ").append(file.toRealPath()).append(':').append(target.size()).append(':')
                            .append(target.lastModifiedTime().toMillis()).append('\n');
                }
            } catch (IOException e) {
                stamp.append(file).append(":unreadable\n");
            }
        }
        return stamp.toString();
    }

    /** The scan without the cache of this JVM (the benchmark measures it). */
    public CodeScan scanFresh(CodeModule module, Function<Path, String> shown) {
        return scanAll(module, list(module.classes()).files(), shown);
    }

    private CodeScan scanAll(CodeModule module, List<Path> classFiles, Function<Path, String> shown) {
        if (classFiles.isEmpty()) {
            // A module with sources and no classes was not compiled yet; one without sources has no code to scan.
            return hasSources(module) ? CodeScan.notCompiled(shown.apply(module.classes())) : CodeScan.notRequested();
        }
        SourcePaths sources = new SourcePaths(module.sourceRoots(), shown);
        SdkConstants constants = new SdkConstants(module.classpath());
        SdkApis moduleApis = apis.excluding(ownTypes(module.classes(), classFiles));
        List<ClassScanner.Findings> findings = new ArrayList<>(classFiles.size());
        List<String> warnings = new ArrayList<>();
        Map<Path, Object> results = new ConcurrentHashMap<>();
        classFiles.parallelStream().forEach(file -> results.put(file, scanOne(file, moduleApis, sources, constants, shown)));
        for (Path file : classFiles) {
            Object result = results.get(file);
            if (result instanceof ClassScanner.Findings found) {
                findings.add(found);
            } else {
                warnings.add((String) result);
            }
        }
        List<UseSite> uses = findings.stream().flatMap(found -> found.uses().stream()).sorted(USE_ORDER).toList();
        List<ModelNameUse> models = new ArrayList<>();
        findings.forEach(found -> models.addAll(found.models()));
        ConfigModelNames.Result config = new ConfigModelNames(catalog).read(module.resourceRoots(), shown);
        models.addAll(config.models());
        warnings.addAll(config.warnings());
        models.sort(MODEL_ORDER);
        List<KeyConstant> keys = new ArrayList<>(config.keys());
        findings.forEach(found -> keys.addAll(found.keys()));
        keys.sort(KEY_ORDER);
        return new CodeScan(CodeScan.Status.SCANNED, "", uses, models, keys, warnings, classFiles.size());
    }

    private Object scanOne(Path file, SdkApis moduleApis, SourcePaths sources, SdkConstants constants, Function<Path, String> shown) {
        try {
            if (Files.size(file) > MAX_CLASS_BYTES) {
                return "class file " + shown.apply(file) + " is larger than " + MAX_CLASS_BYTES + " bytes: not scanned";
            }
            byte[] bytes = Files.readAllBytes(file);
            // Reading the header and constant pool refuses a corrupt file or an unknown class version, cheaply.
            new org.objectweb.asm.ClassReader(bytes);
            if (!mentions.in(bytes)) {
                return NOTHING; // names no SDK type: no use site, no model name, no key to look for
            }
            return new ClassScanner(moduleApis, catalog, sources::find, constants).scan(bytes);
        } catch (IOException e) {
            return "class file " + shown.apply(file) + " could not be read (" + e.getMessage() + "): not scanned";
        } catch (RuntimeException e) {
            // ASM signals a corrupt file or an unknown class version with runtime exceptions.
            // ASM's message quotes a descriptor or constant of the file, which a crafted class controls: the kind only.
            return "class file " + shown.apply(file) + " could not be parsed (" + e.getClass().getSimpleName()
                    + "): not scanned";
        }
    }

    /** The internal names of the module's own classes ({@code com/acme/Bot$Reply}), from their paths. */
    static java.util.Set<String> ownTypes(Path classes, List<Path> classFiles) {
        java.util.Set<String> own = new java.util.HashSet<>(classFiles.size() * 2);
        for (Path file : classFiles) {
            String relative = classes.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            own.add(relative.substring(0, relative.length() - ".class".length()));
        }
        return own;
    }

    private static boolean hasSources(CodeModule module) {
        for (Path root : module.sourceRoots()) {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    if (walk.anyMatch(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))) {
                        return true;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class files under the output folder, links not followed, in a stable order, read in one walk. */
    static Listing list(Path classes) {
        if (!Files.isDirectory(classes, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(List.of(), "");
        }
        java.util.TreeMap<Path, String> found = new java.util.TreeMap<>();
        try {
            Files.walkFileTree(classes, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (attributes.isRegularFile() && name.endsWith(".class") && !name.equals("module-info.class")) {
                        found.put(file, attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the compiled classes in " + classes + ": " + e.getMessage(),
                    e);
        }
        StringBuilder stamp = new StringBuilder(found.size() * 64);
        found.forEach((file, sizeAndTime) -> stamp.append(file).append(':').append(sizeAndTime).append('\n'));
        return new Listing(List.copyOf(found.keySet()), stamp.toString());
    }
}
