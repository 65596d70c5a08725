import Foundation

/// The Check stage: every enabled rule over every mandate of a batch.
public struct Checker: Sendable {
  /// Every rule Mandat has, in the order the README lists them.
  public static let rules: [any CheckRule] = [
    RequiredSectionRule(), EmptyListRule(), DuplicateItemRule(), UnplacedTextRule(), UnknownHeadingRule(),
    LayoutDebrisRule(), UnknownGroupRule(), UnknownReferencedGroupRule(), PatientPromiseWordingRule(),
    ForeignRegionRule(), RotationRule(), FinancingRule(), GeneralTasksTemplateRule(), RPOTaskListRule(),
    OutsideFrameworkRule(),
  ]

  public let framework: Framework?
  public let disabled: Set<String>
  public let vocabulary: Vocabulary
  /// Eight hex digits that say which findings this checker makes: its framework and the rules
  /// switched off (the vocabulary and Mandat's version are a cache's own keys). Worked out
  /// once, as every file's result carries it.
  public let fingerprint: String
  /// What the rules that look at one mandate are given: the same for every mandate.
  private let ownContext: CheckContext

  public init(framework: Framework?, disabled: Set<String> = [], vocabulary: Vocabulary = .standard) {
    self.framework = framework
    self.disabled = disabled
    self.vocabulary = vocabulary
    let identity = framework.flatMap { try? JSONExport.data($0) } ?? Data("none".utf8)
    fingerprint = Extractor.sha256(identity + Data(disabled.sorted().joined(separator: ",").utf8)).prefix(8)
      .lowercased()
    ownContext = CheckContext(framework: framework, vocabulary: vocabulary, batch: [])
  }

  public func check(_ mandates: [Mandate]) -> CheckReport {
    check(mandates, findingsSoFar: mandates.flatMap(findingsOfItsOwn))
  }

  /// The findings of the rules that look at one mandate only: a batch works them out for each
  /// mandate as it is read, and ``check(_:findingsSoFar:)`` adds the rest at the end.
  public func findingsOfItsOwn(_ mandate: Mandate) -> [Finding] {
    findings(of: running.filter { !$0.comparesTheBatch }, in: mandate, context: ownContext)
  }

  /// The report of the batch, given every mandate's ``findingsOfItsOwn(_:)``: the rules that
  /// compare mandates with each other run now.
  public func check(_ mandates: [Mandate], findingsSoFar: [Finding]) -> CheckReport {
    let batch = mandates.uniqued { $0.group.map { "\($0.kind)/\($0.name.lowercased())" } ?? $0.source.file }
    let context = CheckContext(framework: framework, vocabulary: vocabulary, batch: batch)
    let comparing = running.filter(\.comparesTheBatch)
    let all = findingsSoFar + mandates.concurrentMap { findings(of: comparing, in: $0, context: context) }.joined()
    return CheckReport(
      framework: framework?.sources, mandates: mandates.map { .init(file: $0.source.file, mandate: $0.label) },
      rules: ruleRuns, findings: all.sorted())
  }

  /// What the rules that compare the batch read of a mandate: who it is, where it comes from
  /// and its general tasks. A batch keeps only this of each mandate until its end, and a
  /// worker hands only this to the main process.
  public static func batchView(of mandate: Mandate) -> Mandate {
    // Findings name an item's page; its box stays in the mandate's own file.
    let tasks = mandate.generalTasks.map { item in
      var task = item
      task.source.box = nil
      return task
    }
    // The section says where the tasks stand; its items are the general tasks already.
    let section = mandate.sections.first { $0.key == "generalTasks" }.map { section in
      var place = section
      (place.text, place.items, place.source.box) = ("", [], nil)
      return place
    }
    return batchView(
      source: mandate.source, title: mandate.title, group: mandate.group, generalTasks: tasks, section: section)
  }

  /// A batch view of these fields: a mandate holding nothing else.
  static func batchView(
    source: SourceFile, title: String, group: Group?, generalTasks: [Item], section: Section?
  ) -> Mandate {
    Mandate(
      source: source, document: DocumentInfo(), title: title, group: group, regions: [], patientPromises: [],
      generalTasks: generalTasks, specificTasks: [], chair: Chair(duties: []), participants: Participants(duties: []),
      sections: section.map { [$0] } ?? [], warnings: [])
  }

  /// Every rule, and whether it runs: not switched off, and given a framework if it needs one.
  private var ruleRuns: [CheckReport.RuleRun] {
    Self.rules.map { rule in
      CheckReport.RuleRun(
        id: rule.id, severity: rule.severity, summary: rule.summary,
        ran: !disabled.contains(rule.id) && (framework != nil || !rule.needsFramework))
    }
  }

  private var running: [any CheckRule] {
    let runs = ruleRuns
    return Self.rules.filter { rule in runs.contains { $0.id == rule.id && $0.ran } }
  }

  /// The rules' findings; a framework's rules skip a mandate of another organisation.
  private func findings(of rules: [any CheckRule], in mandate: Mandate, context: CheckContext) -> [Finding] {
    rules.filter { rule in
      rule.needsFramework && !rule.looksBeyondTheFramework ? framework?.covers(mandate) ?? false : true
    }
    .flatMap { $0.findings(in: mandate, context: context) }
  }
}

/// What a check of a batch found, ready for the Markdown, HTML and JSON reports.
public struct CheckReport: Codable, Hashable, Sendable {
  public struct RuleRun: Codable, Hashable, Sendable {
    public var id: String
    public var severity: Finding.Severity
    public var summary: String
    /// False when switched off, or when it needs a framework and none was given.
    public var ran: Bool
  }

  public struct Checked: Codable, Hashable, Sendable {
    public var file: String
    public var mandate: String
  }

  public var schemaVersion = "1"
  /// The files the framework was read from; absent when none was given.
  public var framework: [String]?
  public var mandates: [Checked]
  public var rules: [RuleRun]
  public var findings: [Finding]

  public func count(_ severity: Finding.Severity) -> Int {
    findings.filter { $0.severity == severity }.count
  }
}
