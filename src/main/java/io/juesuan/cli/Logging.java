package io.juesuan.cli;

/**
 * What reaches the user on stderr. juesuan's own lines at info (warn with --quiet); PDFBox and
 * fontbox (commons-logging, routed to SLF4J by jcl-over-slf4j) never print: what they recover from
 * is reported per file instead.
 */
final class Logging {
    private Logging() {}

    static void configure(boolean quiet) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", quiet ? "warn" : "info");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "off");
    }
}
