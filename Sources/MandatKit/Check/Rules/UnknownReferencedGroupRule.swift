import Foundation

/// A group the mandate refers to (`samverka med RSG läkemedel`) is one the framework names.
struct UnknownReferencedGroupRule: CheckRule {
  let id = "unknown-referenced-group"
  let severity = Finding.Severity.warning
  let summary = "Every group the mandate refers to by kind and name (RSG läkemedel) exists in the framework."
  let needsFramework = true
  /// A kind followed by a lowercase word: `RSG läkemedel`.
  static let reference = try! NSRegularExpression(pattern: #"\b(RSG|RPO|RAG)\s+(\p{Ll}[\p{L}-]*)"#)

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let framework = context.framework else { return [] }
    var findings: [Finding] = []
    for section in mandate.sections {
      let places = [(section.text, nil as Item?)] + section.items.map { ($0.text, $0) }
      for (text, item) in places {
        for match in Self.reference.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
          let kind = String(text[Range(match.range(at: 1), in: text)!])
          let rest = text[Range(match.range(at: 2), in: text)!.lowerBound...]
          guard !known(kind: kind, rest: rest, framework: framework, mandate: mandate) else { continue }
          let word = text[Range(match.range(at: 2), in: text)!]
          findings.append(
            mandate.finding(
              self, "\(kind) \(word) is not a group the framework knows (in \"\(text.prefix(90))\")",
              section: section, item: item))
        }
      }
    }
    return findings
  }

  /// Whether the words after the kind start with a known group's name (`läkemedel och andra …`).
  private func known(kind: String, rest: Substring, framework: Framework, mandate: Mandate) -> Bool {
    let names =
      framework.groups.filter { $0.kind == kind }.map(\.name)
      + (mandate.group?.kind == kind ? [mandate.group!.name] : [])
    let lowered = rest.lowercased()
    return names.contains { name in
      let name = name.lowercased()
      return lowered.hasPrefix(name) && lowered.dropFirst(name.count).first.map { !$0.isLetter } ?? true
    }
  }
}
