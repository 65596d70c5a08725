/// The general tasks read as in the other mandates of the same kind and organisation: the
/// batch's majority wording is the template, and each mandate's missing, extra and reworded
/// tasks are listed.
struct GeneralTasksTemplateRule: CheckRule {
  let id = "general-tasks-template"
  let severity = Finding.Severity.warning
  let summary =
    "The general tasks match what most mandates of the same kind and organisation in the batch say (from three mandates on)."
  /// With fewer mandates of a kind there is no majority to speak of.
  static let minimumMandates = 3
  let comparesTheBatch = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let group = mandate.group, let peers = context.generalTaskTemplates[Self.peerKey(group)] else { return [] }
    let others = "\(peers.count - 1) other \(group.kind) mandates"
    return TaskListComparison(expected: peers.template, mandate: mandate).findings(
      self, expectedBy: "what most \(others) say", missingFrom: "most \(others)' general tasks")
  }

  /// Mandates compared with each other: the same kind of group in the same organisation.
  static func peerKey(_ group: Group) -> String {
    group.kind + "|" + (group.organization ?? "")
  }

  /// The template of each kind and organisation with enough mandates in the batch, and how
  /// many mandates it was drawn from; worked out once per batch.
  static func templates(of batch: [Mandate]) -> [String: (count: Int, template: TaskList)] {
    let peers = Dictionary(grouping: batch.filter { $0.group != nil }) { peerKey($0.group!) }
    return peers.filter { $0.value.count >= minimumMandates }.mapValues { ($0.count, TaskList(template(of: $0))) }
  }

  /// The tasks more than half of the mandates list, in the order they first appear.
  static func template(of mandates: [Mandate]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [(form: String, text: String)] = []
    var seen: Set<String> = []
    for mandate in mandates {
      let tasks = mandate.generalTasks.map { (form: ItemIdentity.comparableForm($0.text), text: $0.text) }
      for form in Set(tasks.map(\.form)) { counts[form, default: 0] += 1 }
      for task in tasks where seen.insert(task.form).inserted { order.append(task) }
    }
    return order.filter { 2 * counts[$0.form]! > mandates.count }.map(\.text)
  }

}

/// A programme area's general tasks are the framework's RPO task list.
struct RPOTaskListRule: CheckRule {
  let id = "rpo-task-list"
  let severity = Finding.Severity.warning
  let summary = "An RPO mandate's general tasks are the task list the framework gives every programme area."
  let needsFramework = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard mandate.group?.kind == "RPO", let tasks = context.rpoTaskList else { return [] }
    return TaskListComparison(expected: tasks, mandate: mandate).findings(
      self, expectedBy: "the framework's RPO task list", missingFrom: "the framework's RPO task list")
  }
}

/// Tasks a mandate's general tasks are held against, each with its comparable form, worked
/// out once for every mandate compared with them.
struct TaskList {
  var tasks: [String]
  var forms: [String]
  /// The forms again, to look a mandate's tasks up in.
  var formSet: Set<String>

  init(_ tasks: [String]) {
    self.tasks = tasks
    forms = tasks.map(ItemIdentity.comparableForm)
    formSet = Set(forms)
  }
}

/// A mandate's general tasks against the list they should be: each task not on it (reworded
/// from one that is missing, or extra) and each task of the list the mandate lacks.
struct TaskListComparison {
  /// From this similarity an extra task is a rewording of a missing one.
  static let rewording = 0.6

  var expected: TaskList
  var mandate: Mandate

  func findings(_ rule: some CheckRule, expectedBy source: String, missingFrom list: String) -> [Finding] {
    let ownForms = mandate.generalTasks.map { ItemIdentity.comparableForm($0.text) }
    let own = Set(ownForms)
    var missing = zip(expected.tasks, expected.forms).filter { !own.contains($0.1) }.map(\.0)
    let section = mandate.sections.first { $0.key == "generalTasks" }
    var findings: [Finding] = []
    for (item, form) in zip(mandate.generalTasks, ownForms) where !expected.formSet.contains(form) {
      if let (task, _) = closestWording(to: item.text, among: missing, atLeast: Self.rewording) {
        missing.removeAll { $0 == task }
        findings.append(
          mandate.finding(
            rule, "reworded from \(source): \(WordDiff(task, item.text).marked)", section: section, item: item))
      } else {
        findings.append(
          mandate.finding(rule, "\"\(item.text)\" is not among \(list)", section: section, item: item))
      }
    }
    for task in missing {
      findings.append(mandate.finding(rule, "missing a general task of \(list): \"\(task)\"", section: section))
    }
    return findings
  }
}
