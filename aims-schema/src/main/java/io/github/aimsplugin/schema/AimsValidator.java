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
        List<ModuleFile> files = new ArrayList<>();
        for (RecordSource source : request.sources()) {
            RecordFiles.find(request.baseDirectory(), source.baseDirectory(), source.sourceDirectories())
                    .forEach(file -> files.add(new ModuleFile(source.origin(), file)));
        }
        YamlFileReader reader = new YamlFileReader(request.limits());
        // Files are independent until the cross-record checks, so they are read and schema-checked in parallel;
        // the ordered collect keeps records in file order, so results do not depend on thread timing.
        List<FileOutcome> outcomes = files.stream().distinct().toList().parallelStream()
                .map(file -> loadFile(reader, file))
                .toList();
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

    private FileOutcome loadFile(YamlFileReader reader, ModuleFile moduleFile) {
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
        YamlFileReader.Result read = reader.read(file.path(), file.displayPath());
        problems.addAll(read.problems());
        for (SourceDocument document : read.documents()) {
            load(moduleFile.origin(), document, records, problems);
        }
        return new FileOutcome(records, problems);
    }

    private void load(RecordOrigin origin, SourceDocument document, List<LoadedRecord> records, List<Problem> problems) {
        JsonNode kindNode = document.root().get("kind");
        JsonNode idNode = document.root().get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        if (kindNode == null || !kindNode.isTextual()) {
            problems.add(Problem.inFile(document.locate(kindNode == null ? "" : "/kind"), (kindNode == null
                    ? "record has no 'kind'; add 'kind:' with one of "
                    : "'kind' must be a single name, one of ") + String.join(", ", RecordKinds.names()),
                    "record-shape"));
            return;
        }
        Optional<RecordKind<?>> kind = RecordKinds.byName(kindNode.asText());
        if (kind.isEmpty()) {
            String suggestion = Suggestions.didYouMean(kindNode.asText(), RecordKinds.names());
            problems.add(Problem.inFile(document.locate("/kind"), "unknown kind '" + kindNode.asText() + "'"
                    + suggestion + (suggestion.isEmpty() ? "; known kinds: " : " Known kinds: ")
                    + String.join(", ", RecordKinds.names()), "unknown-kind"));
            return;
        }
        List<Problem> schemaProblems = schemas.validate(kind.get(), id, document);
        problems.addAll(schemaProblems);
        if (id == null) {
            return; // reported by the schema: 'id' is required
        }
        AimsRecord value = schemaProblems.isEmpty() ? bind(kind.get(), id, document, problems) : null;
        records.add(new LoadedRecord(kind.get(), id, document, value, origin));
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
