/// The regions the mandate names are the framework's member regions.
struct ForeignRegionRule: CheckRule {
  let id = "foreign-region"
  let severity = Finding.Severity.error
  let summary = "Every region the mandate names is one of the framework's member regions."
  let needsFramework = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let members = context.framework?.regions, !members.isEmpty else { return [] }
    return mandate.regions.filter { !members.contains($0) }.map { region in
      mandate.finding(self, "\(region) is not a member region (\(members.joined(separator: ", ")))")
    }
  }
}
