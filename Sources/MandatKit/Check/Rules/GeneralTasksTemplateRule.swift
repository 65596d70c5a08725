/// The general tasks read as in the other mandates of the same kind: the batch's majority
/// wording is the template, and each mandate's missing, extra and reworded tasks are listed.
struct GeneralTasksTemplateRule: CheckRule {
  let id = "general-tasks-template"
  let severity = Finding.Severity.warning
  let summary =
    "The general tasks match what most mandates of the same kind in the batch say (from three mandates of a kind on)."
  /// With fewer mandates of a kind there is no majority to speak of.
  static let minimumMandates = 3
  /// From this similarity an extra task is a rewording of a missing one.
  static let rewording = 0.6

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let kind = mandate.group?.kind else { return [] }
    let peers = context.batch.filter { $0.group?.kind == kind }
    guard peers.count >= Self.minimumMandates else { return [] }
    let template = Self.template(of: peers)
    let own = Dictionary(
      mandate.generalTasks.map { (ItemIdentity.comparableForm($0.text), $0) }, uniquingKeysWith: { first, _ in first })
    var missing = template.filter { own[ItemIdentity.comparableForm($0)] == nil }
    let section = mandate.sections.first { $0.key == "generalTasks" }
    var findings: [Finding] = []
    let others = "\(peers.count - 1) other \(kind) mandates"
    let templateForms = Set(template.map(ItemIdentity.comparableForm))
    for item in mandate.generalTasks where !templateForms.contains(ItemIdentity.comparableForm(item.text)) {
      let closest = missing.map { ($0, similarity($0, item.text)) }.max { $0.1 < $1.1 }
      if let (task, likeness) = closest, likeness >= Self.rewording {
        missing.removeAll { $0 == task }
        findings.append(
          mandate.finding(
            self, "reworded from what most \(others) say: \(WordDiff(task, item.text).marked)", section: section,
            item: item))
      } else {
        findings.append(
          mandate.finding(
            self, "\"\(item.text)\" is not among most \(others)' general tasks", section: section, item: item))
      }
    }
    for task in missing {
      findings.append(
        mandate.finding(self, "missing the general task most \(others) have: \"\(task)\"", section: section))
    }
    return findings
  }

  /// The tasks more than half of the mandates list, in the order they first appear.
  static func template(of mandates: [Mandate]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [(form: String, text: String)] = []
    for mandate in mandates {
      for form in Set(mandate.generalTasks.map { ItemIdentity.comparableForm($0.text) }) {
        counts[form, default: 0] += 1
      }
      for item in mandate.generalTasks
      where !order.contains(where: { $0.form == ItemIdentity.comparableForm(item.text) }) {
        order.append((ItemIdentity.comparableForm(item.text), item.text))
      }
    }
    return order.filter { 2 * counts[$0.form]! > mandates.count }.map(\.text)
  }
}
