/// A diff report as text: Markdown for a file or a review, or plain lines for a terminal,
/// where removed words are red and added words green when colour is asked for.
public enum DiffReportText {
  public enum Style: Sendable {
    case markdown
    case terminal(colour: Bool)
  }

  public static func render(_ report: DiffReport, style: Style) -> String {
    var lines: [String] = []
    let markdown: Bool
    if case .markdown = style { markdown = true } else { markdown = false }
    func words(_ marked: String) -> String {
      guard case .terminal(colour: true) = style else { return marked }
      return marked.replacingOccurrences(of: "[-", with: "\u{1B}[31m[-").replacingOccurrences(
        of: "-]", with: "-]\u{1B}[0m"
      )
      .replacingOccurrences(of: "{+", with: "\u{1B}[32m{+").replacingOccurrences(of: "+}", with: "+}\u{1B}[0m")
    }
    if markdown { lines += ["# Changes between two versions", ""] }
    for pair in report.pairs {
      let counted = "\(pair.changeCount) change\(pair.changeCount == 1 ? "" : "s")"
      if markdown {
        lines += ["## \(pair.new.mandate)", "", "`\(pair.old.file)` → `\(pair.new.file)`: \(counted)", ""]
      } else {
        lines.append("\(pair.new.mandate): \(pair.old.file) → \(pair.new.file): \(counted)")
      }
      for change in entries(pair) {
        let line = "\(change.label): \(words(change.text))"
        lines.append(markdown ? "- \(line)" : "  \(change.symbol) \(line)")
      }
      if markdown { lines.append("") }
    }
    for (title, versions) in [("Appeared", report.appeared), ("Disappeared", report.disappeared)]
    where !versions.isEmpty {
      if markdown { lines += ["## \(title)", ""] }
      for version in versions {
        lines.append(
          markdown
            ? "- \(version.mandate) — `\(version.file)`" : "\(title.lowercased()): \(version.mandate): \(version.file)")
      }
      if markdown { lines.append("") }
    }
    if !report.hasChanges { lines.append(markdown ? "No changes." : "no changes") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One change as a line: a symbol for terminals, a label, and the text with words marked.
  struct Entry {
    var symbol: Character
    var label: String
    var text: String
  }

  /// Every change of a pair in the order a reader checks them: fields, sections, prose, items.
  static func entries(_ pair: MandateDiff) -> [Entry] {
    var entries: [Entry] = pair.fields.map { field in
      Entry(symbol: "~", label: field.field, text: field.words ?? "\(field.old ?? "—") → \(field.new ?? "—")")
    }
    entries += pair.sections.map { section in
      switch section.change {
      case .added: Entry(symbol: "+", label: "section added", text: "\(section.newHeading ?? "") (\(section.key))")
      case .removed: Entry(symbol: "-", label: "section removed", text: "\(section.oldHeading ?? "") (\(section.key))")
      case .renamed:
        Entry(
          symbol: "~", label: "section renamed",
          text: "\(section.oldHeading ?? "") → \(section.newHeading ?? "") (\(section.key))")
      }
    }
    entries += pair.texts.map { Entry(symbol: "~", label: "text of \($0.heading)", text: $0.words) }
    entries += pair.items.map { item in
      switch item.change {
      case .added: Entry(symbol: "+", label: "added to \(item.to ?? "")", text: item.new ?? "")
      case .removed: Entry(symbol: "-", label: "removed from \(item.from ?? "")", text: item.old ?? "")
      case .reworded: Entry(symbol: "~", label: "reworded in \(item.to ?? "")", text: item.words ?? "")
      case .moved:
        Entry(
          symbol: ">", label: "moved from \(item.from ?? "") to \(item.to ?? "")", text: item.words ?? item.new ?? "")
      }
    }
    return entries
  }
}

/// A diff report as one self-contained HTML page, each change a row with the old version on
/// the left and the new on the right, removed words struck out and added words highlighted.
public enum DiffReportHTML {
  public static func render(_ report: DiffReport) -> String {
    var body = ["<h1>Changes between two versions</h1>"]
    for pair in report.pairs {
      body.append("<section>")
      body.append(
        "<h2>\(HTMLPage.escape(pair.new.mandate)) <small>\(HTMLPage.escape(pair.old.file)) → "
          + "\(HTMLPage.escape(pair.new.file))</small></h2>")
      if pair.changeCount == 0 {
        body.append("<p>No changes.</p>")
      } else {
        body.append("<table><thead><tr><th></th><th>Before</th><th>After</th></tr></thead><tbody>")
        body += rows(pair).map { "<tr><th>\($0.label)</th><td>\($0.old)</td><td>\($0.new)</td></tr>" }
        body.append("</tbody></table>")
      }
      body.append("</section>")
    }
    for (title, versions) in [("Appeared", report.appeared), ("Disappeared", report.disappeared)]
    where !versions.isEmpty {
      body.append("<section><h2>\(title)</h2><ul>")
      body += versions.map { "<li>\(HTMLPage.escape($0.mandate)) <small>\(HTMLPage.escape($0.file))</small></li>" }
      body.append("</ul></section>")
    }
    if !report.hasChanges { body.append("<p>No changes.</p>") }
    return HTMLPage.render(title: "Changes between two versions", style: style, body: body)
  }

  /// A change as a table row: label, old side, new side, already escaped.
  private static func rows(_ pair: MandateDiff) -> [(label: String, old: String, new: String)] {
    let e = HTMLPage.escape
    var rows = pair.fields.map { field in
      let (old, new) = sides(field.old ?? "—", field.new ?? "—")
      return (e(field.field), old, new)
    }
    rows += pair.sections.map { section in
      (
        e("section \(section.change.rawValue) (\(section.key))"), e(section.oldHeading ?? ""),
        e(section.newHeading ?? "")
      )
    }
    rows += pair.texts.map { text in
      let (old, new) = sides(text.old, text.new)
      return (e("text of \(text.heading)"), old, new)
    }
    rows += pair.items.map { item in
      let (old, new) = sides(item.old ?? "", item.new ?? "")
      let place = [item.from, item.to].compactMap { $0 }.uniqued(by: { $0 }).joined(separator: " → ")
      return (e("\(item.change.rawValue) (\(place))"), old, new)
    }
    return rows
  }

  /// Both wordings, removed words struck out on the left and added ones marked on the right.
  private static func sides(_ old: String, _ new: String) -> (String, String) {
    guard !old.isEmpty, !new.isEmpty else { return (HTMLPage.escape(old), HTMLPage.escape(new)) }
    var left: [String] = []
    var right: [String] = []
    for part in WordDiff(old, new).parts {
      switch part {
      case .same(let word):
        left.append(HTMLPage.escape(word))
        right.append(HTMLPage.escape(word))
      case .removed(let word): left.append("<del>\(HTMLPage.escape(word))</del>")
      case .added(let word): right.append("<ins>\(HTMLPage.escape(word))</ins>")
      }
    }
    return (left.joined(separator: " "), right.joined(separator: " "))
  }

  private static let style = """
    body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b}\
    h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}small{font-weight:normal;color:#555;font-size:.8rem;word-break:break-all}\
    table{border-collapse:collapse;width:100%}th,td{border-top:1px solid #ddd;padding:.4rem .6rem;vertical-align:top;text-align:left}\
    tbody th{font-weight:normal;color:#555;font-size:.85rem;width:12rem}td{width:42%}\
    del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}\
    @media (max-width:40rem){tbody th,td{display:block;width:auto}}
    """
}
