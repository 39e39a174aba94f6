// The review report for people: grouped by severity, one block per finding, a summary line.
#include <string>

#include "jixiao/review.hpp"

namespace jixiao {

namespace {

struct Style {
  bool colour;
  std::string paint(std::string_view text, std::string_view code) const {
    if (!colour) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
};

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "1;31";
    case Severity::warning:
      return "33";
    case Severity::info:
      return "36";
  }
  return "0";
}

std::string_view heading(Severity severity, ReportLanguage language) {
  const bool zh = language == ReportLanguage::zh;
  switch (severity) {
    case Severity::error:
      return zh ? "错误" : "Errors";
    case Severity::warning:
      return zh ? "警告" : "Warnings";
    case Severity::info:
      return zh ? "提示" : "Info";
  }
  return "";
}

std::string_view verdict_meaning(EvaluationGrade grade, ReportLanguage language) {
  const bool zh = language == ReportLanguage::zh;
  switch (grade) {
    case EvaluationGrade::excellent:
      return zh ? "可进入预算编制" : "proceeds to budgeting";
    case EvaluationGrade::good:
      return zh ? "修改完善后进入预算编制" : "proceeds after amendment";
    case EvaluationGrade::fair:
      return zh ? "须修改后重新报送" : "must be revised and resubmitted";
    case EvaluationGrade::poor:
      return zh ? "不予进入预算编制" : "does not proceed";
  }
  return "";
}

std::string_view grade_en(EvaluationGrade grade) {
  switch (grade) {
    case EvaluationGrade::excellent:
      return "excellent";
    case EvaluationGrade::good:
      return "good";
    case EvaluationGrade::fair:
      return "fair";
    case EvaluationGrade::poor:
      return "poor";
  }
  return "";
}

void render_finding(std::string& out, const Finding& finding, const ReviewTextOptions& options,
                    const Style& style) {
  const bool zh = options.language == ReportLanguage::zh;
  out += "  ";
  out += style.paint(finding.code, severity_colour(finding.severity));
  out += "  ";
  out += finding.path;
  if (finding.indicator) {
    out += "  ";
    out += style.paint(*finding.indicator, "1");
  }
  out += "\n    ";
  out += zh ? finding.message : finding.message_en;
  out += '\n';
  if (finding.suggestion) {
    out += zh ? "    建议：" : "    suggestion: ";
    out += *finding.suggestion;
    out += '\n';
  }
  if (finding.related_path) {
    out += zh ? "    另见：" : "    see also: ";
    out += *finding.related_path;
    out += '\n';
  }
}

}  // namespace

std::string render_review_text(const ReviewReport& report, const ReviewTextOptions& options) {
  const Style style{options.colour};
  const bool zh = options.language == ReportLanguage::zh;
  const ReviewSummary& summary = report.summary;
  std::string out;
  if (!options.title.empty()) out += style.paint(options.title, "1") + "\n";
  out += zh ? "审核规则 " + summary.policy + "（指标体系 " + summary.taxonomy + "），绩效指标 " +
                  std::to_string(summary.indicators) + " 个\n"
            : "policy " + summary.policy + " (taxonomy " + summary.taxonomy + "), " +
                  std::to_string(summary.indicators) + " indicators\n";
  const std::size_t counts[] = {summary.counts.errors, summary.counts.warnings,
                                summary.counts.infos};
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    const std::size_t count = counts[static_cast<std::size_t>(severity)];
    if (count == 0) continue;
    out += '\n';
    out += style.paint(
        std::string(heading(severity, options.language)) + " (" + std::to_string(count) + ")",
        severity_colour(severity));
    out += '\n';
    for (const Finding& finding : report.findings) {
      if (finding.severity == severity) render_finding(out, finding, options, style);
    }
  }
  out += '\n';
  const std::string verdict = style.paint(zh ? std::string(form_label(summary.verdict))
                                             : std::string(grade_en(summary.verdict)) + " (" +
                                                   std::string(form_label(summary.verdict)) + ")",
                                          "1");
  if (zh) {
    out += "共 " + std::to_string(summary.counts.total()) + " 条：错误 " +
           std::to_string(summary.counts.errors) + "，警告 " +
           std::to_string(summary.counts.warnings) + "，提示 " +
           std::to_string(summary.counts.infos) + "；审核结论：" + verdict + "（" +
           std::string(verdict_meaning(summary.verdict, options.language)) + "）\n";
  } else {
    const auto plural = [](std::size_t n, std::string_view word) {
      return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
    };
    out += plural(summary.counts.total(), "finding") + ": " +
           plural(summary.counts.errors, "error") + ", " +
           plural(summary.counts.warnings, "warning") + ", " +
           std::to_string(summary.counts.infos) + " info; verdict: " + verdict + ", " +
           std::string(verdict_meaning(summary.verdict, options.language)) + "\n";
  }
  return out;
}

}  // namespace jixiao
