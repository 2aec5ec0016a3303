package io.github.aimsplugin.trail;

import java.time.Instant;

/**
 * One commit that changed the governed code of an AI system.
 *
 * @param commit the full commit id
 * @param when the author date
 * @param author the author's name (untrusted text)
 * @param subject the first line of the message (untrusted text)
 * @param minor whether the message marks the change as needing no re-assessment ([minor-change])
 * @param paths the governed paths it changed, relative to the project directory
 */
public record CodeCommit(String commit, Instant when, String author, String subject, boolean minor,
        java.util.List<String> paths) {

    /** Put in a commit message to say that a change needs no re-assessment, as for AI system records. */
    public static final String MINOR_CHANGE = "[minor-change]";

    public CodeCommit {
        paths = java.util.List.copyOf(paths);
    }

    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
