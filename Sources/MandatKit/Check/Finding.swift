/// One thing a check found: which rule, how serious, what to do about it, and where.
public struct Finding: Codable, Hashable, Sendable, Comparable {
  public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case error, warning, note

    /// Errors first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  public var rule: String
  public var severity: Severity
  public var message: String
  /// The mandate's source file.
  public var file: String
  /// The mandate as a person names it: `RSG vaccinationer`, or its title.
  public var mandate: String
  /// The section key the finding points at, if any.
  public var section: String?
  /// The item id the finding points at, if any.
  public var item: String?
  public var page: Int?

  /// By file, then page, then severity, then rule: the order a reader goes through a mandate.
  public static func < (lhs: Finding, rhs: Finding) -> Bool {
    (lhs.file, lhs.page ?? 0, lhs.severity, lhs.rule, lhs.message)
      < (rhs.file, rhs.page ?? 0, rhs.severity, rhs.rule, rhs.message)
  }
}

extension Mandate {
  /// How a person names the mandate in a report.
  public var label: String {
    group.map { "\($0.kind) \($0.name)" } ?? title
  }

  /// A finding about this mandate, at an item, a section, or (neither given) its title on page 1.
  func finding(
    _ rule: some CheckRule, _ message: String, section: Section? = nil, item: Item? = nil
  ) -> Finding {
    Finding(
      rule: rule.id, severity: rule.severity, message: message, file: source.file, mandate: label,
      section: section?.key, item: item?.id, page: item?.source.page ?? section?.source.page ?? 1)
  }
}
