/// All text sits under a heading: text before the first one belongs to no section.
struct UnplacedTextRule: CheckRule {
  let id = "unplaced-text"
  let severity = Finding.Severity.warning
  let summary = "All text stands under a heading; text before the first heading belongs to no section."

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    mandate.sections.filter { $0.key == "other" && $0.heading.isEmpty }.map { section in
      let text = section.text.isEmpty ? section.items.first?.text ?? "" : section.text
      return mandate.finding(self, "text under no heading: \"\(text.prefix(80))\"", section: section)
    }
  }
}
