package io.juesuan.output;

import io.juesuan.output.CsvTable.Field;
import io.juesuan.output.CsvTable.ForeignKey;
import java.util.List;

/**
 * The CSV exports. Fields follow the Fiscal Data Package conventions where they fit: the fiscal
 * year, functional (功能分类) and economic (经济分类) classification codes, and the amount.
 */
final class ExportSchema {
    private ExportSchema() {}

    private static final ForeignKey TO_REPORT = new ForeignKey(List.of("report_id"), "reports", List.of("report_id"));

    static final CsvTable REPORTS = new CsvTable("reports", List.of(
            new Field("report_id", "string", "output path without .json: <year>/<unit>"),
            new Field("source_file", "string", "input file as given"),
            new Field("sha256", "string", "SHA-256 of the input file"),
            new Field("format", "string", "pdf or text"),
            new Field("page_count", "integer", "pages of the source"),
            new Field("kind", "string", "final_account (决算) or budget (预算)"),
            new Field("year", "integer", "fiscal year", "date:fiscal-year"),
            new Field("unit", "string", "reporting unit as printed", "administrative-classification:generic:label"),
            new Field("scope", "string", "department (部门) or unit (单位)"),
            new Field("consolidated", "boolean", "true for （汇总） reports"),
            new Field("warnings", "integer", "number of warnings")),
            List.of("report_id"), List.of());

    static final CsvTable CELLS = new CsvTable("cells", List.of(
            new Field("report_id", "string", "the report"),
            new Field("source_file", "string", "input file as given"),
            new Field("year", "integer", "fiscal year", "date:fiscal-year"),
            new Field("unit", "string", "reporting unit as printed", "administrative-classification:generic:label"),
            new Field("table_key", "string", "contract table key, e.g. expenditure"),
            new Field("row_key", "string", "contract row key: a code, total, or <side>:<item>"),
            new Field("functional_code", "string", "功能分类 code (3/5/7 digits) of coded rows", "functional-classification:generic:code"),
            new Field("economic_code", "string", "经济分类 code (3/5 digits) of 06 rows", "economic-classification:generic:code"),
            new Field("gov_economic_code", "string", "政府预算经济分类 code (3/5 digits) printed beside it in budget tables"),
            new Field("project_category", "string", "项目类别 of a budget project row"),
            new Field("level", "string", "class / section / item"),
            new Field("name", "string", "row name as printed"),
            new Field("side", "string", "income / expenditure for the summary tables"),
            new Field("column_key", "string", "contract column key"),
            new Field("value", "number", "amount in 万元 (10,000 CNY); empty when the cell is blank", "value"),
            new Field("page", "integer", "page the value was read from"),
            new Field("table_empty", "boolean", "true when the report marks the whole table as having no data (本表无数据):"
                    + " its empty values are not blank cells"),
            new Field("placement", "string", "how the value came to its column: position (read under its printed header),"
                    + " sums / other_table / narrative (decided by an identity: checks of it are no evidence), assumed, ocr"),
            new Field("ocr_confidence", "number", "for a value read by OCR from a scanned page: the engine's confidence in it,"
                    + " 0–100 (below 80 it is also in an ocr_doubt warning); empty otherwise")),
            List.of("report_id", "table_key", "row_key", "column_key"), List.of(TO_REPORT));

    static final CsvTable PROJECTS = new CsvTable("projects", List.of(
            new Field("report_id", "string", "the report"),
            new Field("project_seq", "integer", "1-based order of the form in the report; 0 for the department-wide form"),
            new Field("title", "string", "form title as printed"),
            new Field("name", "string", "project name"),
            new Field("department", "string", "主管部门"),
            new Field("implementer", "string", "实施单位"),
            new Field("initial_budget", "number", "年初预算数, 万元"),
            new Field("annual_budget", "number", "全年预算数, 万元"),
            new Field("executed", "number", "全年执行数, 万元"),
            new Field("execution_rate", "number", "执行率, percent"),
            new Field("total_score", "number", "自评总分"),
            new Field("indicator_count", "integer", "number of indicators"),
            new Field("pages", "string", "pages of the form, space separated")),
            List.of("report_id", "project_seq"), List.of(TO_REPORT));

    static final CsvTable INDICATORS = new CsvTable("indicators", List.of(
            new Field("report_id", "string", "the report"),
            new Field("project_seq", "integer", "the form"),
            new Field("indicator_seq", "integer", "1-based order within the form"),
            new Field("level1", "string", "一级指标"),
            new Field("level2", "string", "二级指标"),
            new Field("name", "string", "三级指标"),
            new Field("target", "string", "target as printed"),
            new Field("target_op", "string", "comparison of the target (≥, ≤, =, …)"),
            new Field("target_value", "number", "number of the target"),
            new Field("target_unit", "string", "unit of the target"),
            new Field("actual", "string", "achieved value as printed"),
            new Field("weight", "number", "分值"),
            new Field("score", "number", "得分"),
            new Field("deviation", "string", "偏差原因")),
            List.of("report_id", "project_seq", "indicator_seq"),
            List.of(TO_REPORT, new ForeignKey(List.of("report_id", "project_seq"), "projects", List.of("report_id", "project_seq"))));

    static final CsvTable CHECKS = new CsvTable("checks", List.of(
            new Field("report_id", "string", "the report"),
            new Field("check_id", "string", "identity checked"),
            new Field("status", "string", "pass / fail / skip"),
            new Field("basis", "string", "independent (a pass is evidence) / placement (the identity placed the values) / empty"),
            new Field("expected", "number", "value the identity expects"),
            new Field("actual", "number", "value printed"),
            new Field("difference", "number", "actual − expected"),
            new Field("tolerance", "number", "allowed difference"),
            new Field("message", "string", "explanation")),
            List.of("report_id", "check_id"), List.of(TO_REPORT));

    static final CsvTable TABLES = new CsvTable("tables", List.of(
            new Field("report_id", "string", "the report"),
            new Field("table_key", "string", "contract table key"),
            new Field("title", "string", "title as printed"),
            new Field("pages", "string", "pages the table is printed on, space separated"),
            new Field("unit", "string", "currency unit as printed (values are converted to 万元)"),
            new Field("empty", "boolean", "true when the report marks the table as having no data (本表无数据)"),
            new Field("rows", "integer", "number of rows read")),
            List.of("report_id", "table_key"), List.of(TO_REPORT));

    static final CsvTable WARNINGS = new CsvTable("warnings", List.of(
            new Field("report_id", "string", "the report"),
            new Field("warning_seq", "integer", "1-based order of the warning in the report"),
            new Field("table_key", "string", "table the warning is about, when it names one"),
            new Field("row_key", "string", "row the warning is about, when it names one"),
            new Field("severity", "string", "loss (a value, row or page may be missing or wrong) / doubt / info"),
            new Field("code", "string", "warning code"),
            new Field("message", "string", "explanation"),
            new Field("page", "integer", "page concerned")),
            List.of("report_id", "warning_seq"), List.of(TO_REPORT));

    static final List<CsvTable> ALL = List.of(REPORTS, CELLS, PROJECTS, INDICATORS, CHECKS, TABLES, WARNINGS);
}
