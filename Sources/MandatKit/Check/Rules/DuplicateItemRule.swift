/// No task, promise or duty is listed twice.
struct DuplicateItemRule: CheckRule {
  let id = "duplicate-item"
  let severity = Finding.Severity.warning
  let summary = "No item is listed twice in the mandate, in the same section or another."

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    // An item's id holds a digest of its comparable form (`generalTasks-3f9a12c0`): only items
    // whose digests agree can be the same, and only their forms are worked out and compared.
    var earlier: [Substring: [(item: Item, section: Section)]] = [:]
    var findings: [Finding] = []
    for section in mandate.sections {
      for item in section.items {
        let digest = item.id.dropFirst(section.key.count + 1).prefix(8)
        if let candidates = earlier[digest] {
          let form = ItemIdentity.comparableForm(item.text)
          if let first = candidates.first(where: { ItemIdentity.comparableForm($0.item.text) == form }) {
            findings.append(
              mandate.finding(
                self, "\"\(item.text)\" is listed again (first under \"\(first.section.heading)\")", section: section,
                item: item))
            continue
          }
        }
        earlier[digest, default: []].append((item, section))
      }
    }
    return findings
  }
}
