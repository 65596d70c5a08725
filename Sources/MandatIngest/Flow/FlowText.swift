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

  /// Appends text to the current line, opening a paragraph when none is open. Soft hyphens
  /// are dropped: a flowing document never breaks a word at one.
  mutating func append(_ text: String, font: Font) {
    let visible = text.replacingOccurrences(of: "\u{00AD}", with: "")
    guard !visible.isEmpty else { return }
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
  }

  /// Forgets a label no text followed (an empty list item).
  mutating func endListItem() {
    endParagraph()
    pendingLabel = nil
  }

  /// The paragraphs as one page without geometry.
  func document(format: InputFormat, metadata: [String: String], warnings: [String]) -> RawDocument {
    var lines: [Line] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append(Line(spans: [])) }
      lines += paragraph.map { Line(spans: $0, sourceLine: index + 1) }
    }
    return RawDocument(
      format: format, pages: [Page(number: 1, lines: lines)], metadata: metadata, warnings: warnings)
  }

  var isEmpty: Bool { paragraphs.isEmpty }

  /// The line without whitespace at either end, or `nil` when nothing visible is left.
  private static func trimmed(_ line: [Span]) -> [Span]? {
    var spans = line.filter { !$0.text.isEmpty }
    while let first = spans.first, first.text.allSatisfy(\.isWhitespace) { spans.removeFirst() }
    while let last = spans.last, last.text.allSatisfy(\.isWhitespace) { spans.removeLast() }
    guard !spans.isEmpty else { return nil }
    spans[0].text = String(spans[0].text.drop(while: \.isWhitespace))
    spans[spans.count - 1].text = String(spans[spans.count - 1].text.reversed().drop(while: \.isWhitespace).reversed())
    return spans
  }
}

/// The label of the n-th item of a numbered list, in the formats HTML and Word share.
enum ListLabel {
  enum Style {
    case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman
  }

  /// `3` in `.lowerLetter` → `c`; letters go on as `aa`, `bb` after `z`, as Word and browsers count.
  static func number(_ value: Int, _ style: Style) -> String {
    switch style {
    case .decimal: return String(value)
    case .lowerLetter, .upperLetter:
      guard value > 0 else { return String(value) }
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
