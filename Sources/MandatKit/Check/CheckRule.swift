/// A rule a mandate is checked against: an id to switch it off by, a severity, and the
/// findings it makes.
public protocol CheckRule: Sendable {
  /// Stable, kebab-case: `patient-promise-wording`.
  var id: String { get }
  var severity: Finding.Severity { get }
  /// What the rule checks, in a sentence, for the report and the README.
  var summary: String { get }
  /// Whether the rule needs the region's framework (it is skipped without one).
  var needsFramework: Bool { get }
  /// Whether the rule compares a mandate with the rest of the batch (it runs once all are read).
  var comparesTheBatch: Bool { get }
  /// Whether a framework rule also looks at mandates of other organisations, which the
  /// framework's other rules skip.
  var looksBeyondTheFramework: Bool { get }

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding]
}

extension CheckRule {
  public var needsFramework: Bool { false }
  public var comparesTheBatch: Bool { false }
  public var looksBeyondTheFramework: Bool { false }
}

/// What a rule can look at besides the mandate: the framework and the rest of the batch.
public struct CheckContext: Sendable {
  public var framework: Framework?
  public var vocabulary: Vocabulary
  /// Every mandate of the batch, one per group (the same mandate from two files counts once).
  public var batch: [Mandate]
  /// The batch's general tasks template per kind and organisation (see ``GeneralTasksTemplateRule``).
  var generalTaskTemplates: [String: (count: Int, template: TaskList)]
  /// The framework's RPO task list (see ``RPOTaskListRule``), when it gives one.
  var rpoTaskList: TaskList?

  public init(framework: Framework?, vocabulary: Vocabulary, batch: [Mandate]) {
    self.framework = framework
    self.vocabulary = vocabulary
    self.batch = batch
    generalTaskTemplates = GeneralTasksTemplateRule.templates(of: batch)
    rpoTaskList = framework.map(\.rpoTasks).flatMap { $0.isEmpty ? nil : TaskList($0) }
  }
}
