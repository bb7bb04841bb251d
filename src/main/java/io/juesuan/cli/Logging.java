package io.juesuan.cli;

/**
 * What reaches the user on stderr ({@link LogProvider}, juesuan's SLF4J back-end): juesuan's own
 * lines at info (warn with --quiet), other libraries at warn, one line each, never a stack trace;
 * PDFBox and fontbox (commons-logging, routed to SLF4J by jcl-over-slf4j) never print — what they
 * recover from while reading a document becomes a warning of that report.
 */
final class Logging {
    private Logging() {}

    static void configure(boolean quiet) {
        // other SLF4J back-ends on the class path (Spark's log4j binding in tests) must not win
        System.setProperty("slf4j.provider", LogProvider.class.getName());
        System.setProperty("slf4j.internal.verbosity", "WARN");
        LogProvider.quiet(quiet);
    }
}
