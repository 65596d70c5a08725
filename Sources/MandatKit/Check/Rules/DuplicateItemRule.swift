/// No task, promise or duty is listed twice.
struct DuplicateItemRule: CheckRule {
  let id = "duplicate-item"
  let severity = Finding.Severity.warning
  let summary = "No item is listed twice in the mandate, in the same section or another."

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    var first: [String: Section] = [:]
    var findings: [Finding] = []
    for section in mandate.sections {
      for item in section.items {
        let form = ItemIdentity.comparableForm(item.text)
        if let earlier = first[form] {
          findings.append(
            mandate.finding(
              self, "\"\(item.text)\" is listed again (first under \"\(earlier.heading)\")", section: section,
              item: item))
        } else {
          first[form] = section
        }
      }
    }
    return findings
  }
}
