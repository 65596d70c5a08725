import Foundation

/// The kinds of file Mandat reads, recognised by their first bytes rather than their names.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
  case pdf
  case text

  /// The format of a file's content, or `nil` when no reader knows it.
  ///
  /// A PDF is recognised by `%PDF-` within its first kilobyte (as PDF viewers accept);
  /// text by decoding as UTF-8 or, failing that, by having no control bytes.
  public static func detect(_ head: Data) -> InputFormat? {
    let prefix = head.prefix(1024)
    if prefix.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
    if looksLikeText(prefix) { return .text }
    return nil
  }

  /// File extensions conventionally used for the format, to pick files from a folder.
  public var extensions: Set<String> {
    switch self {
    case .pdf: ["pdf"]
    case .text: ["txt", "text"]
    }
  }

  private static func looksLikeText(_ bytes: Data) -> Bool {
    let allowedControls: Set<UInt8> = [0x09, 0x0A, 0x0C, 0x0D]
    return !bytes.contains { $0 < 0x20 && !allowedControls.contains($0) || $0 == 0x7F }
  }
}
