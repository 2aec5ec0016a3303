package io.github.aimsplugin.trail;

import java.time.Instant;

/**
 * One commit that changed one record.
 *
 * @param kind the record's kind
 * @param id the record's id
 * @param file the record file, relative to the project directory
 * @param commit the full commit id
 * @param when the author date
 * @param author the author's name
 * @param subject the first line of the commit message
 * @param type created, changed, or first-seen (the oldest commit of a shallow clone)
 */
public record RecordChange(String kind, String id, String file, String commit, Instant when, String author,
        String subject, String type) {

    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }

    public String key() {
        return kind + "/" + id;
    }
}
