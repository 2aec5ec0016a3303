package io.github.aimsplugin.export;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.catalog.Catalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The machine-readable exports, written by aims:export and, on request, into the site by aims:site. */
public final class Exports {

    /** An export format and the file it is written to. */
    public enum Format {
        OSCAL("aims-oscal-component-definition.json", "OSCAL 1.1.2 component definition"),
        CYCLONEDX("aims-mlbom.cdx.json", "CycloneDX 1.6 ML-BOM");

        private final String fileName;
        private final String title;

        Format(String fileName, String title) {
            this.fileName = fileName;
            this.title = title;
        }

        public String fileName() {
            return fileName;
        }

        public String title() {
            return title;
        }
    }

    /**
     * Who the exports describe.
     *
     * @param project groupId:artifactId
     * @param version the project's version
     * @param lastModified an RFC 3339 date-time with a zone (the build's output timestamp, for reproducible bytes)
     */
    public record Identity(String project, String version, String lastModified) {}

    /** A written export. */
    public record Written(Format format, Path file) {}

    private Exports() {}

    /**
     * Formats from a comma-separated list such as {@code oscal,cyclonedx}.
     *
     * @throws IllegalArgumentException for an unknown name, with the known ones
     */
    public static Set<Format> parse(String formats) {
        Set<Format> parsed = new LinkedHashSet<>();
        for (String name : (formats == null ? "" : formats).split(",")) {
            String key = name.strip().toUpperCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            try {
                parsed.add(Format.valueOf(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + name.strip() + "'; known formats: "
                        + String.join(", ", Arrays.stream(Format.values())
                                .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("no export format given; use oscal, cyclonedx or both");
        }
        return parsed;
    }

    public static List<Written> write(AimsModel model, Catalogs catalogs, Identity identity, Path directory,
            Set<Format> formats) throws IOException {
        return write(model, catalogs, identity, directory, formats, null);
    }

    /** The exports, the ML-BOM listing the models found in the code when it was scanned. */
    public static List<Written> write(AimsModel model, Catalogs catalogs, Identity identity, Path directory,
            Set<Format> formats, io.github.aimsplugin.build.CodeEvidence code) throws IOException {
        Files.createDirectories(directory);
        List<Written> written = new ArrayList<>();
        for (Format format : formats) {
            byte[] bytes = switch (format) {
                case OSCAL -> OscalComponentDefinition.write(model, catalogs.annexA(), identity.project(),
                        identity.version(), identity.lastModified(), code);
                case CYCLONEDX -> MlBom.write(model, identity.project(), identity.version(), code);
            };
            Path file = directory.resolve(format.fileName());
            Files.write(file, bytes);
            written.add(new Written(format, file));
        }
        return written;
    }
}
