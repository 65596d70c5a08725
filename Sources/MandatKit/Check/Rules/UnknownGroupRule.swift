/// The mandate's own group is one the framework names.
struct UnknownGroupRule: CheckRule {
  let id = "unknown-group"
  let severity = Finding.Severity.warning
  let summary = "The mandate's group is one of the framework's collaboration groups of its kind."
  let needsFramework = true

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let framework = context.framework, let group = mandate.group,
      !framework.knows(kind: group.kind, name: group.name)
    else { return [] }
    return [
      mandate.finding(
        self,
        "\(group.kind) \(group.name) is not among the framework's \(group.kind) groups "
          + "(\(framework.sources.joined(separator: ", "))); if it was founded later, add it to the overrides file")
    ]
  }
}
