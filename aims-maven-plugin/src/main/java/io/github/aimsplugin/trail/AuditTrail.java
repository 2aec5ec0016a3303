package io.github.aimsplugin.trail;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history of the records: every commit that changed each record, newest first, and which records differ in the
 * working tree from the last commit.
 *
 * @param status "complete", or why the history is partial or absent (shallow clone, not a git working tree)
 * @param complete whether every commit since the first was seen
 * @param changes all changes, newest first
 * @param uncommitted keys (Kind/id) of records whose working-tree content differs from HEAD or is not committed
 */
public record AuditTrail(String status, boolean complete, List<RecordChange> changes, Set<String> uncommitted) {

    public static final Comparator<RecordChange> NEWEST_FIRST = Comparator.comparing(RecordChange::when).reversed()
            .thenComparing(RecordChange::commit).thenComparing(RecordChange::kind).thenComparing(RecordChange::id);

    public AuditTrail {
        changes = changes.stream().sorted(NEWEST_FIRST).toList();
        uncommitted = Set.copyOf(uncommitted);
    }

    public static AuditTrail unavailable(String why) {
        return new AuditTrail(why, false, List.of(), Set.of());
    }

    /** The changes of one record, newest first. */
    public List<RecordChange> of(String kind, String id) {
        return changes.stream().filter(change -> change.kind().equals(kind) && change.id().equals(id)).toList();
    }

    /** When the record was last changed in a commit. */
    public Optional<Instant> lastChanged(String kind, String id) {
        return changes.stream().filter(change -> change.kind().equals(kind) && change.id().equals(id))
                .map(RecordChange::when).max(Comparator.naturalOrder());
    }

    public Map<String, Long> countsByKind() {
        return changes.stream().collect(Collectors.groupingBy(RecordChange::kind, java.util.TreeMap::new,
                Collectors.counting()));
    }
}
