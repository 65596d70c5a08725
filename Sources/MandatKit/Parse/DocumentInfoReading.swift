import Foundation

extension DocumentInfo {
  /// Reads the diarienummer, adoption date and version from the running headers and footers,
  /// and the author, producer and dates from the file's own metadata.
  init(runningMatter: [String], metadata: [String: String]) {
    let running = runningMatter.joined(separator: "\n")
    diarienummer = Self.firstMatch(
      #"(?i:dnr|diarienr|diarienummer)\.?:?\s*([A-ZÅÄÖ0-9][A-ZÅÄÖ0-9./-]*(?: [A-ZÅÄÖ0-9./-]*\d[A-ZÅÄÖ0-9./-]*)*)"#,
      in: running)
    adopted = Self.firstMatch(#"(?i:fastställd|beslutad|antagen|godkänd)\D{0,80}?(\d{4}-\d{2}-\d{2})"#, in: running)
    version = Self.firstMatch(#"(?i:\bversion)\s*:?\s*(\d+(?:\.\d+)*)"#, in: running)
    author = metadata["author"]
    producer = metadata["producer"]
    creator = metadata["creator"]
    created = metadata["created"]
    modified = metadata["modified"]
    runningText = runningMatter.isEmpty ? nil : runningMatter
  }

  private static func firstMatch(_ pattern: String, in text: String) -> String? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range(at: 1), in: text)
    else { return nil }
    return String(text[range])
  }
}
