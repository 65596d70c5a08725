import Foundation
import MandatKit

/// Collects the paragraphs of a flowing document (a web page, a Word file) and lays them out
/// as the one page of a ``RawDocument``, the way Layout reads a text file.
///
/// Each paragraph (heading, paragraph, list item, table cell paragraph) becomes its lines, a
/// hard line break (`<br>`, `<w:br/>`) starting a new line of the same paragraph, with a blank
/// line between paragraphs. A list item's first line begins with its label (`• `, `1. `, `a) `).
/// Every line of a paragraph carries the paragraph's 1-based ordinal as its `sourceLine`: the
/// `lines` of a mandate's provenance count paragraphs, not lines of the file.
struct FlowText {
  private var paragraphs: [[[Span]]] = []
  private var lines: [[Span]] = []
  private var spans: [Span] = []
  private var pendingLabel: String?
  private var holdsListItem = false
  /// Unicode scalars appended, for ``ReadLimits/textCharacters``.
  private var scalarCount = 0

  /// Appends text to the current line, opening a paragraph when none is open. Soft hyphens
  /// are dropped: a flowing document never breaks a word at one.
  mutating func append(_ text: String, font: Font) {
    let visible =
      text.unicodeScalars.contains("\u{00AD}") ? text.replacingOccurrences(of: "\u{00AD}", with: "") : text
    guard !visible.isEmpty else { return }
    scalarCount += visible.unicodeScalars.count
    if let label = pendingLabel, !visible.allSatisfy(\.isWhitespace) {
      pendingLabel = nil
      spans.append(Span(text: label + " ", font: font))
    }
    if let last = spans.last, last.font == font {
      spans[spans.count - 1].text += visible
    } else {
      spans.append(Span(text: visible, font: font))
    }
  }

  /// Starts a new line of the current paragraph.
  mutating func breakLine() {
    lines.append(spans)
    spans = []
  }

  /// Ends the current paragraph; the next text opens a new one.
  mutating func endParagraph() {
    breakLine()
    let kept = lines.compactMap(Self.trimmed)
    if !kept.isEmpty { paragraphs.append(kept) }
    lines = []
  }

  /// Ends the current paragraph and puts `label` in front of the next paragraph's text.
  mutating func startListItem(label: String) {
    endParagraph()
    pendingLabel = label
    holdsListItem = true
  }

  /// Forgets a label no text followed (an empty list item).
  mutating func endListItem() {
    endParagraph()
    pendingLabel = nil
  }

  /// The rows of a task table, each its label cell and its text cell read, or `nil` when the table
  /// is none: two cells in every row, the first row a header (`headed`, as `<thead>` or Word's
  /// repeated header row say, or set bold throughout), and below it rows whose first cell is a
  /// label (one short line, no list). The header only names the columns and is no item.
  ///
  /// The header and label cells must hold no table, and the text cells are read only once the
  /// table is known to be a task table: a table nested in a cell is so read once, however deep
  /// tables nest, where reading every cell to decide and again to read it doubled the work at
  /// each level.
  static func taskRows<Cell>(
    _ rows: [[Cell]], headed: Bool, holdsTable: (Cell) -> Bool, read: (Cell) -> FlowText
  ) -> [(label: FlowText, text: FlowText)]? {
    guard rows.count >= 2, rows.allSatisfy({ $0.count == 2 }), !rows[0].contains(where: holdsTable),
      !rows.dropFirst().contains(where: { holdsTable($0[0]) })
    else { return nil }
    let labels = rows.dropFirst().map { read($0[0]) }
    guard labels.allSatisfy(\.isLabel), headed || rows[0].allSatisfy({ read($0).isBold }) else { return nil }
    return zip(labels, rows.dropFirst()).map { ($0, read($1[1])) }
  }

  /// Appends a task table's rows, each one list item `Label: text`, the label's own colon not doubled.
  mutating func appendTasks(_ rows: [(label: FlowText, text: FlowText)]) {
    for (labelCell, textCell) in rows {
      let label = labelCell.plainText
      let text = textCell.plainText
      let separator = label.hasSuffix(":") || text.isEmpty ? " " : ": "
      startListItem(label: "•")
      // A label is one line of text, and every span of a FlowText is set in a font.
      append(label + separator + text, font: textCell.firstFont ?? labelCell.firstFont!)
      endListItem()
    }
  }

  /// The text of all paragraphs, single-spaced: what a table cell says, typography aside.
  var plainText: String {
    paragraphs.joined().map { $0.map(\.text).joined() }.joined(separator: " ")
  }

  /// Whether there is text and all of it is bold, as in a table's header row.
  private var isBold: Bool {
    !paragraphs.isEmpty && paragraphs.joined().joined().allSatisfy { $0.font?.isBold == true }
  }

  /// Whether the text is one short line outside any list: a task table's label.
  private var isLabel: Bool {
    !holdsListItem && paragraphs.count == 1 && paragraphs[0].count == 1 && plainText.count <= 100
  }

  private var firstFont: Font? { paragraphs.first?.first?.first?.font }

  /// The paragraphs as one page without geometry.
  ///
  /// - Throws: ``ReadError/overLimit(path:limit:detail:)`` when the text is longer than `limits` allow.
  func document(format: InputFormat, metadata: [String: String], warnings: [String], path: String, limits: ReadLimits)
    throws(ReadError) -> RawDocument
  {
    try Self.check(characters: scalarCount, path: path, limits: limits)
    var lines: [Line] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append(Line(spans: [])) }
      lines += paragraph.map { Line(spans: $0, sourceLine: index + 1) }
    }
    return RawDocument(
      format: format, pages: [Page(number: 1, lines: lines)], metadata: metadata, warnings: warnings)
  }

  var isEmpty: Bool { paragraphs.isEmpty }

  /// Throws when a document's text is longer than `limits` allow; shared with the text reader.
  static func check(characters: Int, path: String, limits: ReadLimits) throws(ReadError) {
    guard characters <= limits.textCharacters else {
      throw .overLimit(
        path: path, limit: .textCharacters,
        detail: "it holds \(characters) characters of text, more than the \(limits.textCharacters) a document may")
    }
  }

  /// The line without whitespace at either end, or `nil` when nothing visible is left.
  private static func trimmed(_ line: [Span]) -> [Span]? {
    let visible = line.filter { !$0.text.isEmpty }
    guard let first = visible.firstIndex(where: { !$0.text.allSatisfy(\.isWhitespace) }),
      let last = visible.lastIndex(where: { !$0.text.allSatisfy(\.isWhitespace) })
    else { return nil }
    var spans = Array(visible[first...last])
    spans[0].text = String(spans[0].text.drop(while: \.isWhitespace))
    let end = spans[spans.count - 1].text
    spans[spans.count - 1].text = String(
      end[..<(end.lastIndex { !$0.isWhitespace }.map(end.index(after:)) ?? end.startIndex)])
    return spans
  }
}

/// The label of the n-th item of a numbered list, in the formats HTML and Word share.
enum ListLabel {
  enum Style {
    case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman
  }

  /// The counters a list may hold, wide enough for any real list and far from `Int`'s ends, so
  /// that counting on from a start attribute never overflows.
  static let counterRange = -1_000_000_000...1_000_000_000

  /// A list counter from an attribute (`start`, `value`, `w:start`), clamped to ``counterRange``;
  /// `nil` when it is no integer `Int` holds.
  static func counter(_ text: String?) -> Int? {
    text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map {
      min(max($0, counterRange.lowerBound), counterRange.upperBound)
    }
  }

  /// Word counts in letters up to 780 (`zz…z`, thirty times); beyond, a label is the number.
  private static let letterRange = 1...780

  /// `3` in `.lowerLetter` → `c`; letters go on as `aa`, `bb` after `z`, as Word and browsers
  /// count, up to 780; beyond that the number itself, so that a huge start costs nothing.
  static func number(_ value: Int, _ style: Style) -> String {
    switch style {
    case .decimal: return String(value)
    case .lowerLetter, .upperLetter:
      guard letterRange.contains(value) else { return String(value) }
      let letter = Character(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
      let text = String(repeating: letter, count: (value - 1) / 26 + 1)
      return style == .upperLetter ? text.uppercased() : text
    case .lowerRoman, .upperRoman:
      let text = roman(value)
      return style == .upperRoman ? text.uppercased() : text
    }
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let numerals: [(Int, String)] = [
      (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
      (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]
    var rest = value
    var text = ""
    for (amount, numeral) in numerals {
      while rest >= amount {
        text += numeral
        rest -= amount
      }
    }
    return text
  }
}

extension Font {
  /// A font named as a PDF names it (`Carlito-Bold`), so that `inspect --lines` shows the weight.
  init(family: String, size: Double, isBold: Bool, isItalic: Bool) {
    let style = (isBold ? "Bold" : "") + (isItalic ? "Italic" : "")
    self.init(name: style.isEmpty ? family : "\(family)-\(style)", size: size, isBold: isBold, isItalic: isItalic)
  }
}
