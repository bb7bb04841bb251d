package io.juesuan.cli;

import io.juesuan.ReadLog;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * juesuan's SLF4J back-end: one plain line per message on stderr, never a stack trace. juesuan's
 * own loggers print at info (warn with {@code --quiet}), every other library at warn. PDFBox and
 * fontbox (commons-logging routed here by jcl-over-slf4j) never print: while a document is being
 * read their warnings and errors go to {@link ReadLog}, which makes them warnings of that report;
 * outside a document (the font cache being built) they are dropped. {@code -Djuesuan.log=debug}
 * shows everything, still one line each.
 */
public final class LogProvider implements SLF4JServiceProvider {
    static volatile Level ownLevel = Level.INFO;
    static volatile Level otherLevel = Level.WARN;
    static volatile PrintStream err = System.err;

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, Line::new);

    static {
        String v = System.getProperty("juesuan.log");
        if (v != null) {
            try {
                ownLevel = Level.valueOf(v.toUpperCase(java.util.Locale.ROOT));
                otherLevel = ownLevel;
            } catch (IllegalArgumentException e) {
                // keep the defaults
            }
        }
    }

    static void quiet(boolean q) {
        if (System.getProperty("juesuan.log") == null) {
            ownLevel = q ? Level.WARN : Level.INFO;
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {}

    static boolean isPdfLibrary(String name) {
        return name.startsWith("org.apache.pdfbox") || name.startsWith("org.apache.fontbox");
    }

    private static final class Line extends LegacyAbstractLogger {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
        private final boolean own;
        private final boolean pdf;
        private final String shortName;

        Line(String name) {
            this.name = name;
            this.own = name.equals("juesuan") || name.startsWith("io.juesuan");
            this.pdf = isPdfLibrary(name);
            this.shortName = name.substring(name.lastIndexOf('.') + 1);
        }

        private boolean on(Level level) {
            if (pdf) {
                return level.toInt() >= Level.WARN.toInt() && ReadLog.active() || level.toInt() >= otherLevel.toInt()
                        && otherLevel.toInt() < Level.WARN.toInt();
            }
            return level.toInt() >= (own ? ownLevel : otherLevel).toInt();
        }

        @Override public boolean isTraceEnabled() { return on(Level.TRACE); }
        @Override public boolean isTraceEnabled(Marker m) { return on(Level.TRACE); }
        @Override public boolean isDebugEnabled() { return on(Level.DEBUG); }
        @Override public boolean isDebugEnabled(Marker m) { return on(Level.DEBUG); }
        @Override public boolean isInfoEnabled() { return on(Level.INFO); }
        @Override public boolean isInfoEnabled(Marker m) { return on(Level.INFO); }
        @Override public boolean isWarnEnabled() { return on(Level.WARN); }
        @Override public boolean isWarnEnabled(Marker m) { return on(Level.WARN); }
        @Override public boolean isErrorEnabled() { return on(Level.ERROR); }
        @Override public boolean isErrorEnabled(Marker m) { return on(Level.ERROR); }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
            if (!on(level)) {
                return;
            }
            String msg = MessageFormatter.basicArrayFormat(pattern, args);
            if (t != null) {
                msg = msg + " (" + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ")";
            }
            if (pdf && level.toInt() >= Level.WARN.toInt() && ReadLog.record(level.name(), name, msg)) {
                return;
            }
            if (pdf && otherLevel.toInt() >= Level.WARN.toInt()) {
                return;
            }
            PrintStream out = err;
            String line = LocalTime.now().format(TIME) + " " + level + " " + (own ? "" : shortName + ": ") + msg;
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }
}
