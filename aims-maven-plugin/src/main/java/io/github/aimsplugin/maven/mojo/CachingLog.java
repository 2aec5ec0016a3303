package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.check.cache.CheckCache;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A mojo's log that also keeps the lines a check logs, for the check cache to replay. A line with a stack trace is
 * not kept: such a check is never replayed.
 */
final class CachingLog implements Log {

    private final Log log;
    private final List<CheckCache.Line> lines = new ArrayList<>();
    private boolean replayable = true;

    CachingLog(Log log) {
        this.log = log;
    }

    List<CheckCache.Line> lines() {
        return lines;
    }

    boolean replayable() {
        return replayable;
    }

    /** Says the lines of an entry again, as the check that made it said them. */
    static void replay(Log log, List<CheckCache.Line> lines) {
        for (CheckCache.Line line : lines) {
            switch (line.level()) {
                case 'E' -> log.error(line.text());
                case 'W' -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(content);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(content, error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        lines.add(new CheckCache.Line('I', String.valueOf(content)));
        log.info(content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        replayable = false;
        log.info(content, error);
    }

    @Override
    public void info(Throwable error) {
        replayable = false;
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        lines.add(new CheckCache.Line('W', String.valueOf(content)));
        log.warn(content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        replayable = false;
        log.warn(content, error);
    }

    @Override
    public void warn(Throwable error) {
        replayable = false;
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        lines.add(new CheckCache.Line('E', String.valueOf(content)));
        log.error(content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        replayable = false;
        log.error(content, error);
    }

    @Override
    public void error(Throwable error) {
        replayable = false;
        log.error(error);
    }
}
