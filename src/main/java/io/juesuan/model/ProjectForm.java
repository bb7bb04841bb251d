package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** One 项目支出绩效自评表 (or a target-only 绩效目标表, or the 部门整体 form). */
@JsonPropertyOrder({"title", "year", "name", "department", "implementer", "pages", "funds", "goals",
        "tasks", "indicators", "totalScore"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectForm(String title, Integer year, String name, String department, String implementer,
        List<Integer> pages, Funds funds, List<Goal> goals, List<Task> tasks, List<Indicator> indicators,
        BigDecimal totalScore) {}
