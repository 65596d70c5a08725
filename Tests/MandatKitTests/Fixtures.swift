@testable import MandatKit

/// Builds RawDocument fixtures by hand: a line of text at a place on an A4 page, in a font.
enum Fixture {
  static let a4 = (width: 595.0, height: 842.0)

  /// A line whose width follows its length (half the font size per character).
  static func line(_ text: String, x: Double, y: Double, size: Double = 11, bold: Bool = false) -> Line {
    let box = Box(x0: x, y0: y, x1: x + Double(text.count) * size * 0.5, y1: y + size * 1.2)
    let font = Font(name: bold ? "Carlito-Bold" : "Carlito", size: size, isBold: bold, isItalic: false)
    return Line(spans: [Span(text: text, font: font, box: box)], box: box)
  }

  static func page(_ number: Int, _ lines: [Line]) -> Page {
    Page(number: number, size: a4, lines: lines)
  }

  static func pdf(_ pages: [Page]) -> RawDocument {
    RawDocument(format: .pdf, pages: pages)
  }

  /// A text file's lines, pages split at form feeds, as TextReader gives them.
  static func text(_ content: String) -> RawDocument {
    var pages: [[Line]] = [[]]
    for (index, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var line = String(raw)
      if line.hasPrefix("\u{0C}") {
        pages.append([])
        line.removeFirst()
      }
      pages[pages.count - 1].append(Line(text: line, sourceLine: index + 1))
    }
    return RawDocument(format: .text, pages: pages.enumerated().map { Page(number: $0.offset + 1, lines: $0.element) })
  }

  static func blocks(_ document: RawDocument) -> [Block] {
    Layout().analyze(document).blocks
  }
}
