import Foundation

/// The consistency report as one self-contained HTML page: no scripts, no external assets,
/// readable on a phone. It is also well-formed XML, so any parser can read it.
public enum CheckReportHTML {
  public static func render(_ report: CheckReport) -> String {
    var body = [
      "<h1>Consistency report</h1>",
      "<p>\(HTMLPage.escape(CheckReportText.scope(report)))</p>",
      "<p class=\"counts\">\(HTMLPage.escape(report.counts))</p>",
    ]
    for group in CheckReportText.byMandate(report) {
      body.append("<section>")
      body.append("<h2>\(HTMLPage.escape(group.mandate)) <small>\(HTMLPage.escape(group.file))</small></h2>")
      if group.findings.isEmpty { body.append("<p>No findings.</p>") }
      for finding in group.findings {
        body.append(
          "<article class=\"\(finding.severity.rawValue)\"><header><span class=\"severity\">"
            + "\(finding.severity.rawValue)</span> <code>\(HTMLPage.escape(finding.rule))</code> "
            + "<span class=\"place\">\(HTMLPage.escape(CheckReportText.place(finding)))</span></header>"
            + "<p>\(marked(HTMLPage.escape(finding.message)))</p></article>")
      }
      body.append("</section>")
    }
    body.append("<section><h2>Rules</h2><dl>")
    for rule in report.rules {
      body.append(
        "<dt><code>\(HTMLPage.escape(rule.id))</code> \(rule.severity.rawValue)\(rule.ran ? "" : " (did not run)")</dt>"
          + "<dd>\(HTMLPage.escape(rule.summary))</dd>")
    }
    body.append("</dl></section>")
    return HTMLPage.render(title: "Consistency report", style: style, body: body)
  }

  private static let style = """
    body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b}\
    h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}h2 small{font-weight:normal;color:#555;font-size:.8rem;word-break:break-all}\
    article{border-left:.35rem solid #999;background:#f6f6f6;margin:.6rem 0;padding:.4rem .8rem}\
    article.error{border-color:#b00020}article.warning{border-color:#c77700}article.note{border-color:#2b6cb0}\
    .severity{font-weight:bold;text-transform:uppercase;font-size:.8rem}.place{color:#555;font-size:.85rem}\
    del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}\
    .counts{font-weight:bold}code{font-size:.9em}dd{margin:0 0 .6rem 1rem}
    """

  /// Word changes as `<del>`/`<ins>`: `[-old-]` and `{+new+}` in the (already escaped) text.
  static func marked(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") }) else { return text }
    return text.replacingOccurrences(of: "[-", with: "<del>").replacingOccurrences(of: "-]", with: "</del>")
      .replacingOccurrences(of: "{+", with: "<ins>").replacingOccurrences(of: "+}", with: "</ins>")
  }
}

extension CheckReport {
  /// The report's files: `report.md`, `report.html` and `report.json`, each written whole,
  /// the three made at once.
  public func write(to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files: [(name: String, render: @Sendable (CheckReport) throws -> Data)] = [
      ("report.md", { Data(CheckReportMarkdown.render($0).utf8) }),
      ("report.html", { Data(CheckReportHTML.render($0).utf8) }),
      ("report.json", { try JSONExport.data($0) }),
    ]
    let rendered = files.concurrentMap { file in Result { try file.render(self) } }
    for (file, data) in zip(files, rendered) { try data.get().writeWhole(to: folder.appendingPathComponent(file.name)) }
  }
}
