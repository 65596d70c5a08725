/// A mandate of another organisation (it names regions, none of them the framework's) is
/// said to be so once, instead of failing every rule of a framework that is not its own.
struct OutsideFrameworkRule: CheckRule {
  let id = "outside-framework"
  let severity = Finding.Severity.note
  let summary =
    "A mandate naming none of the framework's member regions belongs to another organisation; the framework's rules are not applied to it."
  let needsFramework = true
  let looksBeyondTheFramework = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let framework = context.framework, !framework.covers(mandate) else { return [] }
    return [
      mandate.finding(
        self,
        "names \(mandate.regions.joined(separator: ", ")) and none of the framework's member regions "
          + "(\(framework.regions.joined(separator: ", "))): the framework's rules were not applied")
    ]
  }
}

extension Framework {
  /// Whether the mandate is one of this framework's organisation: it names one of its member
  /// regions, or none at all.
  func covers(_ mandate: Mandate) -> Bool {
    regions.isEmpty || mandate.regions.isEmpty || mandate.regions.contains(where: regions.contains)
  }
}
