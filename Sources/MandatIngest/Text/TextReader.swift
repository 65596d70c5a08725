import Foundation
import MandatKit

/// Reads plain text: UTF-8, or Windows-1252/Latin-1 when the bytes are not valid UTF-8.
///
/// Pages are split at form feeds. Text exported from PDFs by some tools marks each new
/// page instead with a single leading space on its first line; when the file has that shape
/// (see ``marksPagesWithSpace(_:)``), every line that starts so starts a page, so page numbers
/// in the output still point at the right page of the original.
public struct TextReader: DocumentReader {
  public let limits: ReadLimits

  public init(limits: ReadLimits = ReadLimits()) {
    self.limits = limits
  }

  /// A page of the export holds at least this many lines, typically; paragraphs rarely do.
  static let linesPerPage = 10

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    guard let text = Self.decode(data) else { throw .unknownFormat(path: path) }
    try FlowText.check(characters: text.unicodeScalars.count, path: path, limits: limits)
    let rawLines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
      .unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
    guard rawLines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { throw .empty(path: path) }

    let marksPagesWithSpace = !text.unicodeScalars.contains("\u{0C}") && Self.marksPagesWithSpace(rawLines)
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
      let scalars = content.unicodeScalars
      let trimmed = String(
        scalars[..<(scalars.lastIndex { !$0.isSpace }.map(scalars.index(after:)) ?? scalars.startIndex)])
      pages[pages.count - 1].append(Line(text: trimmed, sourceLine: index + 1))
    }
    return RawDocument(
      format: .text,
      pages: pages.enumerated().map { Page(number: $0.offset + 1, lines: $0.element) })
  }

  /// Whether the lines have the export's shape: the first line starts with one space, and so do
  /// others, a median of ``linesPerPage`` or more lines apart. Text whose paragraphs are merely
  /// indented by one space has its indented lines a paragraph apart, and is left in one page.
  private static func marksPagesWithSpace(_ lines: [Substring]) -> Bool {
    guard let first = lines.first, isPageMarked(first) else { return false }
    let starts = lines.indices.filter { isPageMarked(lines[$0]) }
    let gaps = zip(starts, starts.dropFirst()).map { $1 - $0 }.sorted()
    return !gaps.isEmpty && gaps[gaps.count / 2] >= linesPerPage
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
