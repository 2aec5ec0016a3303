package io.github.aimsplugin.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads, with JGit, which commits changed each record. Several records often share a file, so a commit that touched
 * a file is attributed only to the records whose own content (the YAML document with their kind and id) differs
 * from the first parent's. Old revisions are parsed leniently; one that cannot be parsed is skipped, never fatal.
 */
public final class RecordHistory {

    /** The records to follow: kind, id and file relative to the project directory. */
    public record Tracked(String kind, String id, String file) {
        String key() {
            return kind + "/" + id;
        }

        /** The records of this build that live in files (those of released bundles have no history here). */
        public static List<Tracked> of(Collection<io.github.aimsplugin.schema.LoadedRecord> records) {
            return records.stream().filter(record -> !record.origin().isReleased())
                    .map(record -> new Tracked(record.kind().name(), record.id(), record.location().file()))
                    .toList();
        }
    }

    private static final YAMLMapper YAML = new YAMLMapper();

    private final long maxBlobBytes;
    private final int maxCommits;
    private final Map<ObjectId, Map<String, JsonNode>> parsed = new HashMap<>();

    public RecordHistory(long maxBlobBytes, int maxCommits) {
        this.maxBlobBytes = maxBlobBytes;
        this.maxCommits = maxCommits;
    }

    public AuditTrail read(Path projectDirectory, Collection<Tracked> records) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            return AuditTrail.unavailable("not a git working tree: no history of the records");
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare() || repository.getWorkTree() == null) {
                return AuditTrail.unavailable("bare repository: no history of the records");
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            if (!project.startsWith(workTree)) {
                return AuditTrail.unavailable("the project lies outside its git working tree");
            }
            String prefix = workTree.relativize(project).toString().replace('\\', '/');
            return walk(repository, prefix.isEmpty() ? "" : prefix + "/", project, records);
        } catch (IOException | RuntimeException e) {
            return AuditTrail.unavailable("git history could not be read (" + e.getMessage() + ")");
        }
    }

    private AuditTrail walk(Repository repository, String prefix, Path project, Collection<Tracked> records)
            throws IOException {
        Map<String, List<Tracked>> byFile = new HashMap<>();
        records.forEach(record -> byFile.computeIfAbsent(record.file(), file -> new ArrayList<>()).add(record));
        ObjectId head = repository.resolve("HEAD");
        if (head == null || byFile.isEmpty()) {
            return new AuditTrail(head == null ? "no commit yet" : "complete", head != null, List.of(),
                    allKeys(records, head == null));
        }
        boolean shallow = GitDirs.shallow(repository);
        List<RecordChange> changes = new ArrayList<>();
        int commits = 0;
        boolean truncated = false;
        Arrivals arrivals = Arrivals.of(repository, head, maxCommits);
        try (RevWalk walk = new RevWalk(repository)) {
            List<String> paths = byFile.keySet().stream().map(file -> prefix + file).sorted().toList();
            walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (++commits > maxCommits) {
                    truncated = true;
                    break;
                }
                List<RevCommit> parents = new ArrayList<>();
                for (RevCommit parent : commit.getParents()) {
                    parents.add(walk.parseCommit(parent));
                }
                for (Map.Entry<String, List<Tracked>> file : byFile.entrySet()) {
                    compare(repository, commit, parents, prefix + file.getKey(), file.getValue(), shallow,
                            arrivals, changes);
                }
            }
        }
        String status = truncated ? "only the newest " + maxCommits + " commits that changed records were read"
                : shallow ? "shallow clone: changes before the oldest fetched commit are not shown" : "complete";
        return new AuditTrail(status, !truncated && !shallow, changes,
                uncommitted(repository, head, prefix, project, byFile));
    }

    /**
     * The records of one file that this commit changed. A merge changes a record only where its content differs from
     * every parent's (a conflict resolved by hand): a change brought in from a merged branch belongs to the commit on
     * that branch, which the walk visits too, with its own message (and its own {@code [minor-change]}).
     */
    private void compare(Repository repository, RevCommit commit, List<RevCommit> parents, String path,
            List<Tracked> records, boolean shallow, Arrivals arrivals, List<RecordChange> changes) throws IOException {
        RevCommit parent = parents.isEmpty() ? null : parents.get(0);
        ObjectId now = blob(repository, commit.getTree(), path);
        List<ObjectId> befores = new ArrayList<>();
        for (RevCommit each : parents) {
            befores.add(blob(repository, each.getTree(), path));
        }
        ObjectId before = befores.isEmpty() ? null : befores.get(0);
        if (now == null || befores.contains(now)) {
            return;
        }
        Map<String, JsonNode> after = documents(repository, now);
        Map<String, JsonNode> earlier = before == null ? Map.of() : documents(repository, before);
        List<Map<String, JsonNode>> otherParents = new ArrayList<>();
        for (ObjectId other : befores.subList(Math.min(1, befores.size()), befores.size())) {
            otherParents.add(other == null ? Map.of() : documents(repository, other));
        }
        for (Tracked record : records) {
            JsonNode content = after.get(record.key());
            if (content == null || content.equals(earlier.get(record.key()))
                    || otherParents.stream().anyMatch(other -> content.equals(other.get(record.key())))) {
                continue;
            }
            String type = earlier.containsKey(record.key()) ? "changed"
                    : parent == null && shallow ? "first-seen" : "created";
            // Dated when the change reached the branch, not by its author date (which anyone can set to before the
            // assessment), and minor only by the subject line, as for governed code.
            changes.add(new RecordChange(record.kind(), record.id(), record.file(), commit.name(),
                    arrivals.of(commit), commit.getAuthorIdent().getName(), commit.getShortMessage(),
                    CodeCommit.markedMinor(commit.getFullMessage()), type));
        }
    }

    private Set<String> uncommitted(Repository repository, ObjectId head, String prefix, Path project,
            Map<String, List<Tracked>> byFile) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevTree tree = walk.parseCommit(head).getTree();
            for (Map.Entry<String, List<Tracked>> file : byFile.entrySet()) {
                ObjectId committed = blob(repository, tree, prefix + file.getKey());
                Map<String, JsonNode> before = committed == null ? Map.of() : documents(repository, committed);
                Path current = project.resolve(file.getKey());
                Map<String, JsonNode> now = Files.isRegularFile(current) ? parse(Files.readAllBytes(current)) : Map.of();
                for (Tracked record : file.getValue()) {
                    JsonNode content = now.get(record.key());
                    if (content != null && !content.equals(before.get(record.key()))) {
                        keys.add(record.key());
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> allKeys(Collection<Tracked> records, boolean all) {
        Set<String> keys = new HashSet<>();
        if (all) {
            records.forEach(record -> keys.add(record.key()));
        }
        return keys;
    }

    private static ObjectId blob(Repository repository, RevTree tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            return walk == null ? null : walk.getObjectId(0);
        }
    }

    private Map<String, JsonNode> documents(Repository repository, ObjectId blob) throws IOException {
        Map<String, JsonNode> cached = parsed.get(blob);
        if (cached != null) {
            return cached;
        }
        ObjectLoader loader = repository.open(blob);
        Map<String, JsonNode> documents = loader.getSize() > maxBlobBytes ? Map.of() : parse(loader.getBytes());
        parsed.put(blob.copy(), documents);
        return documents;
    }

    /** The documents of a record file by Kind/id; a revision that does not parse contributes nothing. */
    private static Map<String, JsonNode> parse(byte[] yaml) {
        Map<String, JsonNode> documents = new HashMap<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (iterator.hasNextValue()) {
                JsonNode document = iterator.nextValue();
                if (document != null && document.isObject() && document.path("kind").isTextual()
                        && document.path("id").isTextual()) {
                    documents.putIfAbsent(document.get("kind").asText() + "/" + document.get("id").asText(),
                            document);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return documents;
    }
}
