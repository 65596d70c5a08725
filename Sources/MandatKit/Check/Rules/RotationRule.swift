/// The chair rotates between the regions as the framework's rule says.
struct RotationRule: CheckRule {
  let id = "rotation"
  let severity = Finding.Severity.warning
  let summary = "The chair's rotation period is stated and matches the framework's rule."
  let needsFramework = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let rule = context.framework?.rotationYears else { return [] }
    let section = mandate.sections.first { $0.key == "chair" }
    guard let years = mandate.chair.rotationYears else {
      return [
        mandate.finding(
          self, "no rotation period for the chair; the framework's rule is \(rule) years", section: section)
      ]
    }
    guard years != rule else { return [] }
    return [
      mandate.finding(
        self, "the chair rotates every \(years) years; the framework's rule is \(rule) years", section: section)
    ]
  }
}
