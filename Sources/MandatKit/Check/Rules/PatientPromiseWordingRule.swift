/// The patient promises read as the framework words them, all of them and no others.
struct PatientPromiseWordingRule: CheckRule {
  let id = "patient-promise-wording"
  let severity = Finding.Severity.warning
  let summary = "The patient promises are worded as in the framework (the words that differ are shown), none missing."
  let needsFramework = true
  /// Below this similarity a promise is taken as another promise, not a rewording.
  static let sameDraft = 0.6

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let canonical = context.framework?.patientPromises, !canonical.isEmpty,
      let section = mandate.sections.first(where: { $0.key == "patientPromises" })
    else { return [] }
    var findings: [Finding] = []
    var matched: Set<String> = []
    for item in mandate.patientPromises {
      let form = ItemIdentity.comparableForm(item.text)
      if let exact = canonical.first(where: { ItemIdentity.comparableForm($0) == form }) {
        matched.insert(exact)
        continue
      }
      if let (promise, _) = closestWording(to: item.text, among: canonical, atLeast: Self.sameDraft) {
        matched.insert(promise)
        findings.append(
          mandate.finding(
            self, "worded differently from the framework's promise: \(WordDiff(promise, item.text).marked)",
            section: section, item: item))
      } else {
        findings.append(
          mandate.finding(self, "\"\(item.text)\" is not one of the framework's promises", section: section, item: item)
        )
      }
    }
    for promise in canonical where !matched.contains(promise) {
      findings.append(mandate.finding(self, "the framework's promise \"\(promise)\" is missing", section: section))
    }
    return findings
  }
}
