import Foundation

/// The mandate says how the group is financed, and who pays.
struct FinancingRule: CheckRule {
  let id = "financing"
  let severity = Finding.Severity.warning
  let summary = "A financing section says who pays (a region, the employer, the principal)."
  static let payer = try! NSRegularExpression(
    pattern: #"(?i)\b(region|regionerna|arbetsgivare|arbetsgivaren|huvudman|huvudmannen|sjukvårdsregionen)\b"#)

  func findings(in mandate: Mandate, context: CheckContext) -> [Finding] {
    guard let financing = mandate.financing else {
      return [mandate.finding(self, "no section on financing (Finansiering, Kostnader)")]
    }
    let text = financing.text
    guard Self.payer.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil else { return [] }
    let section = mandate.sections.first { $0.key == "financing" }
    return [
      mandate.finding(self, "the financing section does not say who pays: \"\(financing.text)\"", section: section)
    ]
  }
}
