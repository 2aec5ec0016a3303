package io.github.aimsplugin.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.RecordFiles;
import io.github.aimsplugin.schema.load.RecordFiles.RecordFile;
import io.github.aimsplugin.schema.load.SourceDocument;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlFileReader;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.model.Evidence;
import io.github.aimsplugin.schema.model.RiskCriteria;
import io.github.aimsplugin.schema.validate.ValidationContext;
import io.github.aimsplugin.schema.validate.ModelValidations;
import io.github.aimsplugin.schema.validate.SchemaValidator;
import io.github.aimsplugin.schema.validate.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the AIMS records of a project and validates them: YAML safety limits, JSON Schema per kind, then the
 * semantic checks (ids, references, catalogs, evidence files, dates, risk criteria). Stateless and thread-safe.
 */
public final class AimsValidator {

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Catalogs catalogs;
    private final SchemaValidator schemas;

    public AimsValidator() {
        this(Catalogs.builtIn(), SchemaValidator.shared());
    }

    public AimsValidator(Catalogs catalogs, SchemaValidator schemas) {
        this.catalogs = catalogs;
        this.schemas = schemas;
    }

    /**
     * @throws IllegalArgumentException when a source directory lies outside the base directory (a configuration
     *     fault, not a record problem)
     */
    public ValidationResult validate(ValidationRequest request) {
        return validate(request, null);
    }

    /**
     * @param cache what earlier builds read from record files, by their bytes (null: every file is read): a file whose
     *     bytes did not change is not parsed or schema-checked again; the cross-record checks always run in full
     * @throws IllegalArgumentException when a source directory lies outside the base directory
     */
    public ValidationResult validate(ValidationRequest request, RecordFileCache cache) {
        List<ModuleFile> files = new ArrayList<>();
        for (RecordSource source : request.sources()) {
            RecordFiles.find(request.baseDirectory(), source.baseDirectory(), source.sourceDirectories())
                    .forEach(file -> files.add(new ModuleFile(source.origin(), file)));
        }
        YamlFileReader reader = new YamlFileReader(request.limits());
        // Files are independent until the cross-record checks, so they are read and schema-checked in parallel;
        // the ordered collect keeps records in file order, so results do not depend on thread timing.
        List<FileOutcome> outcomes = files.stream().distinct().toList().parallelStream()
                .map(file -> loadFile(reader, file, cache))
                .toList();
        if (cache != null) {
            cache.keepOnly(files.stream().map(file -> file.file().displayPath()).toList());
        }
        List<Problem> problems = new ArrayList<>();
        List<LoadedRecord> records = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            records.addAll(outcome.records());
        }
        for (BundledRecord bundled : request.bundled()) {
            BundledRecords.load(bundled, schemas, BINDER, problems::add).ifPresent(records::add);
        }
        AimsModel model = buildModel(records);
        ValidationContext context = new ValidationContext(model, catalogs, request.baseDirectory(), request.today());
        ModelValidations.all().forEach(validation -> validation.validate(context, problems::add));
        return new ValidationResult(model, problems, outcomes.size());
    }

    /**
     * Checks the records of a released bundle against their schemas alone, as the diff reads a previous release: every
     * problem located in the bundle file. The bundle's own cross-record consistency was its release's concern.
     */
    public List<Problem> validateReleased(List<BundledRecord> bundled) {
        List<Problem> problems = new ArrayList<>();
        bundled.forEach(record -> BundledRecords.load(record, schemas, BINDER, problems::add));
        return problems.stream().sorted().toList();
    }

    private record ModuleFile(RecordOrigin origin, RecordFile file) {}

    private record FileOutcome(List<LoadedRecord> records, List<Problem> problems) {}

    private FileOutcome loadFile(YamlFileReader reader, ModuleFile moduleFile, RecordFileCache cache) {
        List<Problem> problems = new ArrayList<>();
        List<LoadedRecord> records = new ArrayList<>();
        RecordFile file = moduleFile.file();
        if (!RecordFiles.staysInside(moduleFile.origin().baseDirectory(), file.path())) {
            problems.add(Problem.inFile(SourceLocation.startOf(file.displayPath()),
                    "record file is a link to a place outside the project directory; keep records inside the project",
                    "record-file"));
            return new FileOutcome(records, problems);
        }
        String notRegular = io.github.aimsplugin.schema.load.ContainedFiles.notRegular(
                io.github.aimsplugin.schema.load.ContainedFiles.real(file.path()));
        if ("a directory".equals(notRegular)) {
            problems.add(Problem.inFile(SourceLocation.startOf(file.displayPath()), "a link to a folder inside a"
                    + " record folder is not followed; move the records into the folder itself", "record-file"));
            return new FileOutcome(records, problems);
        }
        if (notRegular != null) {
            problems.add(Problem.inFile(SourceLocation.startOf(file.displayPath()), "record file is " + notRegular
                    + ", not a regular file; keep records in plain files", "record-file"));
            return new FileOutcome(records, problems);
        }
        RecordFileCache.Read read = cache == null ? read(reader, file.path(), file.displayPath(), null)
                : cache.read(file.path(), file.displayPath(), reader.limits(),
                        content -> read(reader, file.path(), file.displayPath(), content));
        problems.addAll(read.problems());
        for (RecordFileCache.Document document : read.documents()) {
            problems.addAll(document.problems());
            if (document.id() != null) {
                RecordKind<?> kind = RecordKinds.byName(document.kind()).orElseThrow();
                AimsRecord value = document.schemaValid() ? bind(kind, document.id(), document.source(), problems)
                        : null;
                records.add(new LoadedRecord(kind, document.id(), document.source(), value, moduleFile.origin()));
            }
        }
        return new FileOutcome(records, problems);
    }

    /** What a file gives that depends only on its bytes, its path and the limits: what a cache may keep. */
    private RecordFileCache.Read read(YamlFileReader reader, java.nio.file.Path path, String displayPath,
            byte[] content) {
        YamlFileReader.Result read = reader.read(path, displayPath, content);
        return new RecordFileCache.Read(read.problems(), read.documents().stream().map(this::check).toList());
    }

    /** A document's shape and schema checked; the record it holds, if it names a known kind and an id. */
    private RecordFileCache.Document check(SourceDocument document) {
        List<Problem> problems = new ArrayList<>();
        JsonNode kindNode = document.root().get("kind");
        JsonNode idNode = document.root().get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        if (kindNode == null || !kindNode.isTextual()) {
            problems.add(Problem.inFile(document.locate(kindNode == null ? "" : "/kind"), (kindNode == null
                    ? "record has no 'kind'; add 'kind:' with one of "
                    : "'kind' must be a single name, one of ") + String.join(", ", RecordKinds.names()),
                    "record-shape"));
            return new RecordFileCache.Document(document, problems, null, null, false);
        }
        Optional<RecordKind<?>> kind = RecordKinds.byName(kindNode.asText());
        if (kind.isEmpty()) {
            String suggestion = Suggestions.didYouMean(kindNode.asText(), RecordKinds.names());
            problems.add(Problem.inFile(document.locate("/kind"), "unknown kind '" + kindNode.asText() + "'"
                    + suggestion + (suggestion.isEmpty() ? "; known kinds: " : " Known kinds: ")
                    + String.join(", ", RecordKinds.names()), "unknown-kind"));
            return new RecordFileCache.Document(document, problems, null, null, false);
        }
        List<Problem> schemaProblems = schemas.validate(kind.get(), id, document);
        problems.addAll(schemaProblems);
        // No id: reported by the schema ('id' is required), and no record.
        return new RecordFileCache.Document(document, problems, kind.get().name(), id, schemaProblems.isEmpty());
    }

    private static AimsRecord bind(RecordKind<?> kind, String id, SourceDocument document, List<Problem> problems) {
        try {
            return BINDER.treeToValue(document.root(), kind.type());
        } catch (Exception e) {
            // The schema should make this unreachable; report it as a located problem rather than a stack trace.
            problems.add(Problem.inRecord(document.locations().documentStart(), kind.name(), id,
                    "record matches the schema but cannot be read: " + e.getMessage().lines().findFirst().orElse(""),
                    "record-binding"));
            return null;
        }
    }

    private static AimsModel buildModel(List<LoadedRecord> records) {
        Optional<RiskCriteria> declared = records.stream()
                .filter(record -> record.kind().equals(RecordKinds.RISK_CRITERIA) && record.isValid())
                .map(record -> (RiskCriteria) record.value())
                .findFirst();
        Map<String, EvidenceFiles.Resolution> evidence = new HashMap<>();
        for (LoadedRecord record : records) {
            if (record.value() instanceof Evidence item && item.file() != null) {
                if (!record.origin().isReleased()) {
                    evidence.put(record.location().toString(),
                            EvidenceFiles.resolve(record.origin().baseDirectory(), item.file()));
                } else if (EvidenceFiles.problemOfText(item.file()) != null) {
                    // A released file is not read here, but its path must still be a path of its module.
                    evidence.put(record.location().toString(),
                            new EvidenceFiles.Resolution(null, EvidenceFiles.problemOfText(item.file())));
                }
            }
        }
        return new AimsModel(records, declared.orElseGet(AimsValidator::defaultCriteria), declared.isEmpty(), evidence);
    }

    private static final class DefaultCriteria {
        static final RiskCriteria VALUE = Catalogs.read("default-risk-criteria.yaml", RiskCriteria.class);
    }

    /** The built-in 5x5 criteria used when a project declares none. */
    public static RiskCriteria defaultCriteria() {
        return DefaultCriteria.VALUE;
    }
}
