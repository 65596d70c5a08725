import Foundation

extension DocumentInfo {
  /// Reads the diarienummer, adoption date and version from the running headers and footers,
  /// and the author, producer and dates from the file's own metadata.
  init(runningMatter: [String], metadata: [String: String]) {
    let running = runningMatter.joined(separator: "\n")
    diarienummer = Self.firstMatch(Self.diarienummer, in: running)
    adopted = Self.firstMatch(Self.adoption, in: running)
    version = Self.firstMatch(Self.version, in: running)
    author = metadata["author"]
    producer = metadata["producer"]
    creator = metadata["creator"]
    created = metadata["created"]
    modified = metadata["modified"]
    runningText = runningMatter.isEmpty ? nil : runningMatter
  }

  private static let diarienummer = try! NSRegularExpression(
    pattern:
      #"(?i:dnr|diarienr|diarienummer)\.?:?\s*([A-ZÅÄÖ0-9][A-ZÅÄÖ0-9./-]*(?: [A-ZÅÄÖ0-9./-]*\d[A-ZÅÄÖ0-9./-]*)*)"#)
  private static let adoption = try! NSRegularExpression(
    pattern: #"(?i:fastställd|beslutad|antagen|godkänd)\D{0,80}?(\d{4}-\d{2}-\d{2})"#)
  private static let version = try! NSRegularExpression(pattern: #"(?i:\bversion)\s*:?\s*(\d+(?:\.\d+)*)"#)

  private static func firstMatch(_ regex: NSRegularExpression, in text: String) -> String? {
    guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range(at: 1), in: text)
    else { return nil }
    return String(text[range])
  }
}

extension DocumentInfo {
  /// This information with the fields of a cover's metadata table (``FrontMatter``) where the
  /// running headers and footers said nothing.
  /// The document with more lines of what stands around its text.
  func addingRunningText(_ lines: [String]) -> DocumentInfo {
    guard !lines.isEmpty else { return self }
    var info = self
    info.runningText = (runningText ?? []) + lines
    return info
  }

  func adding(_ fields: [String: String]) -> DocumentInfo {
    var info = self
    info.diarienummer = diarienummer ?? fields["diarienummer"]
    info.adopted = adopted ?? fields["adopted"]
    info.version = version ?? fields["version"]
    info.documentType = fields["documentType"]
    info.adoptedBy = fields["adoptedBy"]
    info.validUntil = fields["validUntil"]
    info.responsible = fields["responsible"]
    return info
  }
}
