/// A section meant to list tasks or promises lists some.
struct EmptyListRule: CheckRule {
  let id = "empty-list"
  let severity = Finding.Severity.warning
  let summary = "A section of tasks or patient promises lists at least one item."
  static let listSections: Set<String> = ["patientPromises", "generalTasks", "specificTasks", "tasks"]

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    // An *Uppdrag* over general and specific tasks is their heading, and lists nothing itself.
    let subdivided = !(mandate.generalTasks.isEmpty && mandate.specificTasks.isEmpty)
    return mandate.sections.filter {
      Self.listSections.contains($0.key) && $0.items.isEmpty && !(subdivided && $0.key == "tasks")
    }.map { section in
      mandate.finding(self, "\"\(section.heading)\" lists no items", section: section)
    }
  }
}
