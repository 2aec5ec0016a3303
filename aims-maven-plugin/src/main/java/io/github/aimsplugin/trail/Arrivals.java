package io.github.aimsplugin.trail;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * When each commit reached the branch HEAD is on. A commit made there reached it on its commit date; a commit of a
 * branch merged without a rebase reached it when the merge was committed, however long before it was made. Without
 * this, a change written in May on a long-lived branch and merged in July would count as a change of May.
 */
final class Arrivals {

    private final Map<ObjectId, Instant> merged = new HashMap<>();

    private Arrivals() {}

    /** Follows HEAD's first parents (at most {@code maxCommits}), and for each merge the commits it brought. */
    static Arrivals of(Repository repository, ObjectId head, int maxCommits) throws IOException {
        Arrivals arrivals = new Arrivals();
        try (RevWalk line = new RevWalk(repository)) {
            RevCommit commit = line.parseCommit(head);
            for (int i = 0; i < maxCommits && commit != null; i++) {
                if (commit.getParentCount() > 1) {
                    arrivals.bringIn(repository, commit, maxCommits);
                }
                commit = commit.getParentCount() == 0 ? null : line.parseCommit(commit.getParent(0));
            }
        }
        return arrivals;
    }

    private void bringIn(Repository repository, RevCommit merge, int maxCommits) throws IOException {
        Instant when = merge.getCommitterIdent().getWhenAsInstant();
        try (RevWalk side = new RevWalk(repository)) {
            side.markUninteresting(side.parseCommit(merge.getParent(0)));
            for (int p = 1; p < merge.getParentCount(); p++) {
                side.markStart(side.parseCommit(merge.getParent(p)));
            }
            int count = 0;
            for (RevCommit brought : side) {
                if (++count > maxCommits) {
                    break;
                }
                merged.putIfAbsent(brought.toObjectId(), when);
            }
        }
    }

    /** The later of the commit date and the date of the merge that brought the commit to this branch. */
    Instant of(RevCommit commit) {
        Instant committed = commit.getCommitterIdent().getWhenAsInstant();
        Instant arrived = merged.get(commit.toObjectId());
        return arrived != null && arrived.isAfter(committed) ? arrived : committed;
    }
}
