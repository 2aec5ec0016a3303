package io.github.aimsplugin.trail;

import java.time.Instant;

/**
 * One commit that changed the governed code of an AI system.
 *
 * @param commit the full commit id
 * @param when when the change reached the branch: its commit date (the author date can be older), or the date of
 *     the merge that brought it, when later
 * @param author the author's name (untrusted text)
 * @param subject the first line of the message (untrusted text)
 * @param minor whether the subject line marks the change as needing no re-assessment ([minor-change])
 * @param paths the governed paths it changed, relative to the project directory
 */
public record CodeCommit(String commit, Instant when, String author, String subject, boolean minor,
        java.util.List<String> paths) {

    /** Put in a commit message to say that a change needs no re-assessment, as for AI system records. */
    public static final String MINOR_CHANGE = "[minor-change]";

    /**
     * Whether a commit message marks its change as minor: {@link #MINOR_CHANGE} in the subject (the first line)
     * only. In the body it may be one bullet of a squash of many changes, and opts none of the others out.
     */
    public static boolean markedMinor(String message) {
        // a bare CR ends the line too: a terminal shows what follows it as a line of its own
        int end = message.length();
        for (int i = 0; i < message.length() && end == message.length(); i++) {
            end = message.charAt(i) == '\n' || message.charAt(i) == '\r' ? i : end;
        }
        return message.substring(0, end).contains(MINOR_CHANGE);
    }

    public CodeCommit {
        paths = java.util.List.copyOf(paths);
    }

    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
