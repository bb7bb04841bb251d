package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** 绩效自评 material: the summary table, each project form, the department-wide form. */
@JsonPropertyOrder({"summary", "projects", "department"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Performance(List<SummaryRow> summary, List<ProjectForm> projects, ProjectForm department) {
    public static Performance empty() {
        return new Performance(List.of(), List.of(), null);
    }
}
