package io.github.aimsplugin.schema;

import io.github.aimsplugin.schema.kind.RecordKind;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AimsRecord;
import io.github.aimsplugin.schema.model.Evidence;
import io.github.aimsplugin.schema.model.Policy;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All records of a project, in file order, with their locations. The one model that checks, the site and the
 * audit pack read. Immutable.
 *
 * @param records every record that had a known kind and an id
 * @param criteria the effective risk criteria: the project's RiskCriteria, or the built-in 5x5 default
 * @param defaultCriteria whether {@code criteria} is the built-in default
 * @param evidence the file of each file Evidence record of this build, resolved once (by the record's location)
 */
public record AimsModel(List<LoadedRecord> records, RiskCriteria criteria, boolean defaultCriteria,
        Map<String, EvidenceFiles.Resolution> evidence) {

    public AimsModel {
        records = List.copyOf(records);
        evidence = Map.copyOf(evidence);
    }

    public AimsModel(List<LoadedRecord> records, RiskCriteria criteria, boolean defaultCriteria) {
        this(records, criteria, defaultCriteria, Map.of());
    }

    /** How a file Evidence record's file was resolved; empty for URLs, released bundles and invalid records. */
    public Optional<EvidenceFiles.Resolution> evidenceResolution(LoadedRecord record) {
        return Optional.ofNullable(evidence.get(record.location().toString()));
    }

    /** The checked file of a file Evidence record, which every reader opens; empty when there is none. */
    public Optional<EvidenceFile> evidenceFile(LoadedRecord record) {
        return evidenceResolution(record).flatMap(EvidenceFiles.Resolution::resolved);
    }

    /** The checked file of an evidence value of this model. */
    public Optional<EvidenceFile> evidenceFile(Evidence value) {
        return find(value).flatMap(this::evidenceFile);
    }

    /** Every checked evidence file of this build, in record order. */
    public List<EvidenceFile> evidenceFiles() {
        return loaded(RecordKinds.EVIDENCE).stream().map(this::evidenceFile).flatMap(Optional::stream).toList();
    }

    /** The typed, schema-valid records of a kind. */
    public <T extends AimsRecord> List<T> all(RecordKind<T> kind) {
        return records.stream()
                .filter(record -> record.kind().equals(kind) && record.isValid())
                .map(record -> kind.type().cast(record.value()))
                .toList();
    }

    /** Every loaded record of a kind, valid or not. */
    public List<LoadedRecord> loaded(RecordKind<?> kind) {
        return records.stream().filter(record -> record.kind().equals(kind)).toList();
    }

    public Optional<LoadedRecord> find(String kindName, String id) {
        return records.stream()
                .filter(record -> record.kind().name().equals(kindName) && record.id().equals(id))
                .findFirst();
    }

    public Optional<LoadedRecord> find(AimsRecord value) {
        return records.stream().filter(record -> record.value() == value).findFirst();
    }

    public List<Policy.Role> roles() {
        return all(RecordKinds.POLICY).stream().flatMap(policy -> policy.roles().stream()).toList();
    }

    /** Number of records per kind, in the documented order of kinds; kinds without records are left out. */
    public Map<String, Integer> countsByKind() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RecordKind<?> kind : RecordKinds.all()) {
            int count = loaded(kind).size();
            if (count > 0) {
                counts.put(kind.name(), count);
            }
        }
        return counts;
    }
}
