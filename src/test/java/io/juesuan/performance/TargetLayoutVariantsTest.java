package io.juesuan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.juesuan.Mappings;
import io.juesuan.model.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unruled 绩效目标表 as other reports lay it out: the same rows rendered with other column
 * widths, with the value on a row's first line, centred against a wrapped name, on its last lines
 * or below it, and with or without the space a text rendering puts between name and value. The reader has to recover every
 * name and value from the lines alone, in each variant.
 */
class TargetLayoutVariantsTest {
    private record R(String level, String name, String value) {}

    private static final List<R> ROWS = List.of(
            new R("绩效指标 成本指标 经济成本指标", "项目总成本", "≤121.4万元"),
            new R(null, "聘请专家劳务费成本", "不超过规定标准"),
            new R("绩效指标 产出指标 数量指标", "每个县(区)范围内开通门诊慢特病相关治疗费用跨省联网定点医疗机构数量", "≥1个"),
            new R(null, "短缺药品异常高价和异常配送核查处置情况", "处置率达100%"),
            new R(null, "基本医保参保人数", "≥省级下达参保计划数"),
            new R("绩效指标 产出指标 质量指标", "医保基金综合监管能力",
                    "推进智能监管子系统全面应用工作，完成各级医疗机构事前提醒接口对接全覆盖；稽核管理模块上线使用。"),
            new R(null, "提升公立医疗机构平台采购药品耗材比例", "公立医疗机构药品网采率≥90%"),
            new R(null, "医保信息系统正常运行率", "≥90%"),
            new R("绩效指标 产出指标 时效指标", "医保信息系统重大安全事件响应时间", "≤60分钟"),
            new R(null, "提供相关资料及时性、完整性、准确性", "及时、准确、完整提供绩效评价相关佐证材料。"),
            new R("绩效指标 效益指标 社会效益指标", "对健全医疗保障制度体系的作用", "成效明显"),
            new R(null, "困难群众就医负担", "有效缓解"),
            new R("绩效指标 满意度指标 服务对象满意度指标", "参保人员对医保服务的满意度", "≥85%"));

    @ParameterizedTest(name = "name {0}, value {1}, value {2}, spaced {3}")
    @CsvSource({"15,26,centre,true", "15,26,centre,false", "15,26,top,true", "12,20,centre,true", "12,20,top,false",
            "10,30,centre,false", "18,24,top,true", "8,16,centre,true", "15,26,bottom,true", "15,26,bottom,false",
            "12,20,after,true", "15,26,after,false", "10,18,bottom,true"})
    void everyRowComesBack(int nameWidth, int valueWidth, String layout, boolean spaced) {
        List<TargetIndicatorReader.Source> lines = new ArrayList<>();
        lines.add(new TargetIndicatorReader.Source("一级指标 二级指标 三级指标 指标值", null));
        for (R r : ROWS) {
            if (r.level() != null) {
                lines.add(new TargetIndicatorReader.Source(r.level(), null));
            }
            List<String> name = wrap(r.name(), nameWidth);
            List<String> value = wrap(r.value(), valueWidth);
            // where the value sits against the name: on the row's first line, centred, on its last
            // lines, or below the name
            int height = layout.equals("after") ? name.size() + value.size() : Math.max(name.size(), value.size());
            int nameAt = switch (layout) {
                case "centre" -> (height - name.size()) / 2;
                case "bottom" -> height - name.size();
                default -> 0;
            };
            int valueAt = switch (layout) {
                case "centre" -> (height - value.size()) / 2;
                case "bottom" -> height - value.size();
                case "after" -> name.size();
                default -> 0;
            };
            for (int i = 0; i < height; i++) {
                String n = i >= nameAt && i - nameAt < name.size() ? name.get(i - nameAt) : "";
                String v = i >= valueAt && i - valueAt < value.size() ? value.get(i - valueAt) : "";
                boolean cjkSeam = !v.isEmpty() && Character.UnicodeScript.of(v.codePointAt(0)) == Character.UnicodeScript.HAN;
                String sep = n.isEmpty() || v.isEmpty() ? "" : spaced || cjkSeam ? " " : "";
                lines.add(new TargetIndicatorReader.Source(n + sep + v, null));
            }
        }
        Vocabulary vocab = Vocabulary.of(Mappings.load());
        TargetIndicatorReader reader = new TargetIndicatorReader(vocab.cfg.targetForms(), vocab, List.of("项目支出绩效目标表"));
        List<Indicator> read = reader.read(List.of(lines)).get(0);
        assertEquals(ROWS.stream().map(r -> r.name() + " | " + r.value()).toList(),
                read.stream().map(i -> i.name() + " | " + i.target()).toList(), String.join("\n", lines.stream().map(TargetIndicatorReader.Source::printed).toList()));
    }

    /** Cuts text into lines of at most {@code width} character cells, as a cell wraps it. */
    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            // closing punctuation never starts a line (it hangs past the edge instead)
            if (TargetIndicatorReader.width(line + c) > width && "。，、；：）”".indexOf(c.charAt(0)) < 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        out.add(line.toString());
        return out;
    }
}
