package io.github.aimsplugin.trail;

import java.time.Instant;

/**
 * One commit that changed one record.
 *
 * @param kind the record's kind
 * @param id the record's id
 * @param file the record file, relative to the project directory
 * @param commit the full commit id
 * @param when when the change reached the branch: its commit date (an author date can be older), or the date
 *     of the merge that brought it, when later (as for governed code)
 * @param author the author's name
 * @param subject the first paragraph of the commit message
 * @param minor whether the subject line (first line only) carries {@link CodeCommit#MINOR_CHANGE}
 * @param type created, changed, or first-seen (the oldest commit of a shallow clone)
 */
public record RecordChange(String kind, String id, String file, String commit, Instant when, String author,
        String subject, boolean minor, String type) {

    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }

    public String key() {
        return kind + "/" + id;
    }
}
