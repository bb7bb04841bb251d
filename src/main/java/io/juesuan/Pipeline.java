package io.juesuan;

import io.juesuan.budget.BudgetTables;
import io.juesuan.ingest.DocumentReader;
import io.juesuan.ingest.IngestException;
import io.juesuan.ingest.PdfDocumentReader;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.Check;
import io.juesuan.model.Document;
import io.juesuan.model.Performance;
import io.juesuan.model.Report;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Section;
import io.juesuan.model.SourceInfo;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import io.juesuan.performance.PerformanceExtractor;
import io.juesuan.sections.ReportIdentifier;
import io.juesuan.sections.SectionParser;
import io.juesuan.tables.TableExtractor;
import io.juesuan.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One document through every stage: ingest → sections → tables → performance → validate. The
 * same code path serves the CLI batch and any other driver; it holds no state between documents.
 */
public final class Pipeline {
    private final Mappings mappings;

    public Pipeline(Mappings mappings) {
        this.mappings = mappings;
    }

    public Pipeline() {
        this(Mappings.load());
    }

    public Mappings mappings() {
        return mappings;
    }

    /** Reads and extracts one input. {@code displayPath} is what the output names as source.file. */
    public Report extract(Path file, String displayPath) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
        return extract(file, bytes, displayPath);
    }

    /** Extracts bytes already read (by the batch runner or a Spark executor); {@code file} names the format. */
    public Report extract(Path file, byte[] bytes, String displayPath) throws IngestException {
        Document doc = readerFor(file).read(file, bytes);
        return extract(doc, new SourceInfo(displayPath, sha256(bytes), doc.format(), doc.pageCount()));
    }

    public Report extract(Document doc, SourceInfo source) throws IngestException {
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        if (!doc.undecodablePages().isEmpty()) {
            // pages given without text because their fonts map glyphs to wrong characters, and no OCR read them
            warnings.add(0, Warning.loss("text_undecodable", PdfDocumentReader.undecodableReason(doc.undecodablePages()), null));
        }
        ReportMeta meta = new ReportIdentifier(mappings).identify(doc, warnings);
        List<Section> sections = new SectionParser(mappings).parse(doc, meta);
        Map<String, Table> tables = new TableExtractor(mappings, new BudgetTables(mappings)).extract(doc, meta, warnings);
        // values read from OCR'd pages: placement ocr and the engine's confidence per cell
        tables = io.juesuan.ingest.ocr.OcrProvenance.apply(doc, tables);
        if (tables.isEmpty()) {
            throw new IngestException("not a budget report: no standard table found" + (doc.undecodablePages().isEmpty()
                    ? "" : "; " + PdfDocumentReader.undecodableReason(doc.undecodablePages())));
        }
        Performance performance = new PerformanceExtractor(mappings).extract(doc, meta, warnings);
        Report report = new Report(Report.SCHEMA_VERSION, source, meta, sections, tables, performance,
                List.of(), warnings);
        List<Check> checks = new Validator(mappings).check(report, doc, warnings);
        return report.withChecks(checks);
    }

    public DocumentReader readerFor(Path file) throws IngestException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return new TextDocumentReader();
        }
        if (name.endsWith(".pdf")) {
            return PdfReaderFactory.create();
        }
        throw new IngestException("unsupported file type (expected .pdf, .txt or .md)");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
