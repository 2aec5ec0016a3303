package io.github.aimsplugin.trail;

import io.github.aimsplugin.schema.catalog.AiSdks.CoordinatePattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
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
 * Reads, with JGit, the commits that changed each AI system's governed code: the files under its packages'
 * folders and listed paths, and the POM when an entry of one of its AI SDK dependencies (or its version) changed.
 * Outside git, in a bare repository or a shallow clone it says so instead of failing.
 */
public final class GovernedCodeHistory {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("<groupId>\\s*([^<\\s]+)\\s*</groupId>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    private final long maxBlobBytes;
    private final int maxCommits;

    public GovernedCodeHistory(long maxBlobBytes, int maxCommits) {
        this.maxBlobBytes = maxBlobBytes;
        this.maxCommits = maxCommits;
    }

    public GovernedCode.History read(Path projectDirectory, Collection<GovernedCode> systems) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            return GovernedCode.History.unavailable("not a git working tree: changes to governed code not checked");
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare() || repository.getWorkTree() == null) {
                return GovernedCode.History.unavailable("bare repository: changes to governed code not checked");
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            if (!project.startsWith(workTree)) {
                return GovernedCode.History.unavailable("the project lies outside its git working tree");
            }
            if (GitDirs.shallow(repository)) {
                return GovernedCode.History.unavailable("shallow clone: changes to governed code not checked (fetch"
                        + " the full history, e.g. fetch-depth: 0)");
            }
            String prefix = workTree.relativize(project).toString().replace('\\', '/');
            return walk(repository, prefix.isEmpty() ? "" : prefix + "/", systems);
        } catch (IOException | GitAPIException | RuntimeException e) {
            return GovernedCode.History.unavailable("git history could not be read (" + e.getMessage()
                    + "): changes to governed code not checked");
        }
    }

    private GovernedCode.History walk(Repository repository, String prefix, Collection<GovernedCode> systems)
            throws IOException, GitAPIException {
        ObjectId head = repository.resolve("HEAD");
        Set<String> paths = new TreeSet<>();
        systems.forEach(system -> system.paths().stream().map(GovernedCodeHistory::trim)
                .filter(path -> !path.isEmpty() && !path.startsWith("..")).forEach(path -> paths.add(prefix + path)));
        boolean code = !paths.isEmpty();
        String pom = prefix + "pom.xml";
        paths.add(pom);
        if (head == null) {
            return GovernedCode.History.unavailable("no commit yet: changes to governed code not checked");
        }
        Map<String, List<CodeCommit>> commits = new LinkedHashMap<>();
        Arrivals arrivals = Arrivals.of(repository, head, maxCommits);
        boolean truncated = false;
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(head));
            int count = 0;
            for (RevCommit commit : walk) {
                if (++count > maxCommits) {
                    truncated = true;
                    break;
                }
                List<RevCommit> parents = new ArrayList<>();
                for (RevCommit parent : commit.getParents()) {
                    parents.add(walk.parseCommit(parent));
                }
                List<String> changed = changedPaths(repository, commit, parents, paths, prefix);
                for (GovernedCode system : systems) {
                    List<String> governed = changed.stream().filter(path -> governs(system, path)).toList();
                    if (changed.contains("pom.xml") && pomChanged(repository, commit, parents, pom, system)) {
                        governed = new ArrayList<>(governed);
                        governed.add("pom.xml");
                    }
                    if (!governed.isEmpty() && hasCode(system) && !existedBefore(repository, parents, prefix, system)) {
                        governed = List.of(); // the commit that brings the code in creates it, as for records
                    }
                    if (!governed.isEmpty()) {
                        // When the change reached the branch: the commit date (an author date can be older: a
                        // rebase, or one set by hand), or the date of the merge that brought it.
                        commits.computeIfAbsent(system.system(), id -> new ArrayList<>()).add(new CodeCommit(
                                commit.name(), arrivals.of(commit),
                                commit.getAuthorIdent().getName(), commit.getShortMessage(),
                                CodeCommit.markedMinor(commit.getFullMessage()), governed));
                    }
                }
            }
        }
        // newest arrival first, as the rule lists them
        commits.values().forEach(list -> list.sort(java.util.Comparator.comparing(CodeCommit::when).reversed()));
        return new GovernedCode.History(truncated ? "only the newest " + maxCommits + " commits were read"
                : "complete", true, commits, code ? uncommitted(repository, prefix, paths, systems) : Map.of());
    }

    /**
     * The watched paths this commit changed. A merge changes a path only where its content differs from every
     * parent's (a conflict resolved by hand, an "evil merge"): a change brought in from a merged branch belongs to
     * the commit on that branch, which the walk visits too, with its own message.
     */
    private static List<String> changedPaths(Repository repository, RevCommit commit, List<RevCommit> parents,
            Set<String> paths, String prefix) throws IOException {
        List<String> changed = changedPaths(repository, commit, parents.isEmpty() ? null : parents.get(0), paths,
                prefix);
        for (RevCommit other : parents.subList(Math.min(1, parents.size()), parents.size())) {
            changed.retainAll(changedPaths(repository, commit, other, paths, prefix));
        }
        return changed;
    }

    private static List<String> changedPaths(Repository repository, RevCommit commit, RevCommit parent,
            Set<String> paths, String prefix) throws IOException {
        List<String> changed = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.setRecursive(true);
            tree.addTree(commit.getTree());
            if (parent == null) {
                tree.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            } else {
                tree.addTree(parent.getTree());
            }
            tree.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            while (tree.next()) {
                changed.add(tree.getPathString().substring(prefix.length()));
            }
        }
        return changed;
    }

    private static boolean hasCode(GovernedCode system) {
        return system.paths().stream().map(GovernedCodeHistory::trim)
                .anyMatch(path -> !path.isEmpty() && !path.startsWith(".."));
    }

    /** Whether any governed file of the system was in a parent commit. */
    private static boolean existedBefore(Repository repository, List<RevCommit> parents, String prefix,
            GovernedCode system) throws IOException {
        List<String> prefixes = system.paths().stream().map(GovernedCodeHistory::trim)
                .filter(path -> !path.isEmpty() && !path.startsWith("..")).map(path -> prefix + path).toList();
        if (prefixes.isEmpty()) {
            return false;
        }
        for (RevCommit parent : parents) {
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.setRecursive(true);
                tree.addTree(parent.getTree());
                tree.setFilter(PathFilterGroup.createFromStrings(prefixes));
                if (tree.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean governs(GovernedCode system, String path) {
        return system.paths().stream().map(GovernedCodeHistory::trim)
                .anyMatch(governed -> path.equals(governed) || path.startsWith(governed + "/"));
    }

    /** Whether the system's SDK entries differ from every parent's (a merge: as for paths). */
    private boolean pomChanged(Repository repository, RevCommit commit, List<RevCommit> parents, String pom,
            GovernedCode system) throws IOException {
        if (system.dependencies().isEmpty() || parents.isEmpty()) {
            return false; // a POM that did not exist before creates the module, as the first commit of code does
        }
        Set<String> after = sdkEntries(pomText(repository, commit.getTree(), pom), system);
        for (RevCommit parent : parents) {
            String earlier = pomText(repository, parent.getTree(), pom);
            if (earlier.isEmpty() || after.equals(sdkEntries(earlier, system))) {
                return false;
            }
        }
        return true;
    }

    /** The whole dependency entries (version, scope, exclusions too) that match the system's patterns. */
    private static Set<String> sdkEntries(String pom, GovernedCode system) {
        Set<String> entries = new LinkedHashSet<>();
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String entry = dependency.group(1);
            Matcher group = GROUP.matcher(entry);
            Matcher artifact = ARTIFACT.matcher(entry);
            if (group.find() && artifact.find() && system.dependencies().stream().anyMatch(pattern ->
                    CoordinatePattern.matches(pattern, group.group(1), artifact.group(1), null))) {
                entries.add(entry.replaceAll("\\s+", " ").strip());
            }
        }
        return entries;
    }

    private String pomText(Repository repository, RevTree tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            if (walk == null) {
                return "";
            }
            ObjectLoader loader = repository.open(walk.getObjectId(0));
            return loader.getSize() > maxBlobBytes ? "" : new String(loader.getBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<String>> uncommitted(Repository repository, String prefix, Set<String> paths,
            Collection<GovernedCode> systems) throws GitAPIException {
        Set<String> dirty = new TreeSet<>();
        try (Git git = new Git(repository)) {
            var status = git.status();
            paths.stream().filter(path -> !path.endsWith("pom.xml")).forEach(status::addPath);
            Status result = status.call();
            dirty.addAll(result.getModified());
            dirty.addAll(result.getChanged());
            dirty.addAll(result.getAdded());
            dirty.addAll(result.getUntracked());
            dirty.addAll(result.getRemoved());
            dirty.addAll(result.getMissing());
        }
        Map<String, List<String>> bySystem = new LinkedHashMap<>();
        for (GovernedCode system : systems) {
            List<String> files = dirty.stream().filter(path -> path.startsWith(prefix))
                    .map(path -> path.substring(prefix.length())).filter(path -> governs(system, path)).toList();
            if (!files.isEmpty()) {
                bySystem.put(system.system(), files);
            }
        }
        return bySystem;
    }

    private static String trim(String path) {
        String trimmed = path.replace('\\', '/');
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.startsWith("./") ? trimmed.substring(2) : trimmed;
    }
}
