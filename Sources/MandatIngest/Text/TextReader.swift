import Foundation
import MandatKit

/// Reads plain text: UTF-8, or Windows-1252/Latin-1 when the bytes are not valid UTF-8.
///
/// Pages are split at form feeds. Text exported from PDFs by some tools marks each new
/// page instead with a single leading space on its first line; when the file's first line
/// starts that way, every line that does starts a page, so page numbers in the output
/// still point at the right page of the original.
public struct TextReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    guard let text = Self.decode(data) else { throw .unknownFormat(path: path) }
    let rawLines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false)
    guard rawLines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { throw .empty(path: path) }

    let marksPagesWithSpace = !text.contains("\u{0C}") && Self.isPageMarked(rawLines.first ?? "")
    var pages: [[Line]] = [[]]
    for (index, raw) in rawLines.enumerated() {
      var content = Substring(raw)
      if content.hasPrefix("\u{0C}") {
        pages.append([])
        content = content.drop { $0 == "\u{0C}" }
      } else if marksPagesWithSpace && Self.isPageMarked(content) {
        if index > 0 { pages.append([]) }
        content = content.dropFirst()
      }
      let trimmed = String(content.reversed().drop(while: \.isWhitespace).reversed())
      pages[pages.count - 1].append(Line(text: trimmed, sourceLine: index + 1))
    }
    return RawDocument(
      format: .text,
      pages: pages.enumerated().map { Page(number: $0.offset + 1, lines: $0.element) })
  }

  /// A line starting with exactly one space before text.
  private static func isPageMarked(_ line: Substring) -> Bool {
    line.hasPrefix(" ") && line.dropFirst().first.map { !$0.isWhitespace } == true
  }

  private static func decode(_ data: Data) -> String? {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let utf8 = String(data: bytes, encoding: .utf8) { return utf8 }
    guard InputFormat.looksLikeText(bytes.prefix(1024)) else { return nil }
    return String(data: bytes, encoding: .windowsCP1252) ?? String(data: bytes, encoding: .isoLatin1)
  }
}
