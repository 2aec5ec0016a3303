package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** How aims:check and aims:aggregate show a check in the log: one line per violation, and the counts. */
final class CheckOutput {

    private CheckOutput() {}

    static void log(Log log, List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.level() == Level.ERROR) {
                log.error(violation.format());
            } else {
                log.warn(violation.format());
            }
        }
    }

    /** "1 error, 2 warnings". */
    static String counts(long errors, long warnings) {
        return errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }
}
