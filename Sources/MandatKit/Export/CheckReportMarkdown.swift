/// The consistency report as Markdown: a summary, then each mandate's findings as a table.
public enum CheckReportMarkdown {
  public static func render(_ report: CheckReport) -> String {
    var lines = ["# Consistency report", ""]
    lines.append(CheckReportText.scope(report))
    lines.append("")
    lines.append("**\(report.counts).**")
    for group in CheckReportText.byMandate(report) {
      lines += ["", "## \(group.mandate) — `\(group.file)`", ""]
      guard !group.findings.isEmpty else {
        lines.append("No findings.")
        continue
      }
      lines += ["| severity | rule | where | finding |", "|---|---|---|---|"]
      lines += group.findings.map { finding in
        "| \(finding.severity.rawValue) | `\(finding.rule)` | \(cell(CheckReportText.place(finding))) | \(cell(finding.message)) |"
      }
    }
    lines += ["", "## Rules", "", "| rule | severity | ran | checks |", "|---|---|---|---|"]
    lines += report.rules.map { rule in
      "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.ran ? "yes" : "no") | \(cell(rule.summary)) |"
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text safe inside a table cell.
  private static func cell(_ text: String) -> String {
    // Most cells have no bar, and Foundation's search is slow on Linux.
    guard text.utf8.contains(UInt8(ascii: "|")) else { return text }
    return text.replacingOccurrences(of: "|", with: "\\|")
  }
}

/// The wording the report formats share.
enum CheckReportText {
  static func scope(_ report: CheckReport) -> String {
    let mandates = "\(report.mandates.count) mandate\(report.mandates.count == 1 ? "" : "s")"
    guard let framework = report.framework else {
      return "Checked \(mandates) without a framework: the rules that need one did not run."
    }
    return "Checked \(mandates) against the framework read from \(framework.joined(separator: " and "))."
  }

  /// `p. 2 · patientPromises · patientPromises-3f9a12c0`
  static func place(_ finding: Finding) -> String {
    [finding.page.map { "p. \($0)" }, finding.section, finding.item].compactMap { $0 }.joined(separator: " · ")
  }

  static func byMandate(_ report: CheckReport) -> [(file: String, mandate: String, findings: [Finding])] {
    let grouped = Dictionary(grouping: report.findings) { [$0.file, $0.mandate] }
    return report.mandates.map { checked in
      (checked.file, checked.mandate, grouped[[checked.file, checked.mandate]] ?? [])
    }
  }
}

extension CheckReport {
  /// `1 error, 4 warnings, 0 notes`
  public var counts: String {
    Finding.Severity.allCases.map { severity in
      let count = count(severity)
      return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
    }.joined(separator: ", ")
  }
}
