/// Headings the vocabulary does not know are worth a look: a region's own name for a known
/// section belongs in the vocabulary.
struct UnknownHeadingRule: CheckRule {
  let id = "unknown-heading"
  let severity = Finding.Severity.note
  let summary = "Every heading is one the vocabulary knows; an unknown one keeps its text under `other`."

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    mandate.sections.filter { $0.key == "other" && !$0.heading.isEmpty }.map { section in
      mandate.finding(
        self, "heading \"\(section.heading)\" is not in the vocabulary; its text is kept as `other`",
        section: section)
    }
  }
}
