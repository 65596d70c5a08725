/// Every section the framework requires of the mandate's kind is there.
struct RequiredSectionRule: CheckRule {
  let id = "required-section"
  let severity = Finding.Severity.error
  let summary = "The sections the framework requires of the mandate's kind (RSG, RPO, RAG) are all there."
  let needsFramework = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let kind = mandate.group?.kind, let required = context.framework?.requiredSections[kind] else { return [] }
    // A `tasks` list stands for the specific tasks where there are no general ones.
    let (_, specific) = TaskLists.keys(in: mandate.sections)
    var present = Set(mandate.sections.map(\.key))
    if !present.isDisjoint(with: specific) { present.insert("specificTasks") }
    return required.filter { !present.contains($0) }.map { key in
      let heading = context.vocabulary.sections.first { $0.key == key }?.headings.first ?? key
      return mandate.finding(self, "no section \"\(heading)\" (\(key)), which every \(kind) mandate must have")
    }
  }
}
