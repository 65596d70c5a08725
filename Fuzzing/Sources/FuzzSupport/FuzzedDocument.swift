import MandatKit

/// A ``RawDocument`` decoded from arbitrary bytes, for fuzzing layout and parsing without a
/// reader in front.
///
/// Printable bytes are text and control bytes are commands, so that a mandate saved as plain
/// text is already a good seed (each of its lines a line of a page, set in 11 pt) and the
/// fuzzer's mutations reach the geometry: new lines and pages, jumps across the page (columns,
/// overlaps, lines out of order), font sizes and weights, page sizes, spans without boxes. The
/// numbers come from a table that holds the extremes a damaged PDF can give (zero, negative,
/// huge); never infinity or NaN, which no reader passes on.
public struct FuzzedDocument {
  /// The numbers a command byte picks from.
  static let numbers: [Double] = [
    0, 1, 5, 9, 11, 12, 14, 18, 24, 36, 72, 100, 300, 595, 612, 792, 842, -1, -12, -612, 0.001, 1e-9, 1e4, 1e6,
    1e9, 1e15, 1e300, -1e300, 3.4e38, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
  ]

  var pages: [Page] = []
  var lines: [Line] = []
  var spans: [Span] = []
  var text: [UInt8] = []
  var size = 11.0
  var isBold = false
  var hasGeometry = true
  var pageSize: (width: Double, height: Double) = (595, 842)
  var x = 72.0
  var y = 72.0
  var widthScale = 0.5

  /// Decodes `bytes`: `\n` ends a line, `\f` a page, `\t` a span (with a gap after it); 0x01
  /// sets the font size, 0x02 switches bold, 0x03 ends a span, 0x04 moves across and 0x05 down
  /// the page, 0x06 sets the page size, 0x07 switches boxes off and on, 0x08 sets how wide a
  /// character is; each number is taken from the next byte.
  public static func decode(_ bytes: UnsafeRawBufferPointer) -> RawDocument {
    var document = FuzzedDocument()
    var index = bytes.startIndex
    func number() -> Double {
      guard index < bytes.endIndex else { return 0 }
      defer { index += 1 }
      return numbers[Int(bytes[index]) % numbers.count]
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x0A: document.endLine()
      case 0x0C: document.endPage()
      case 0x09:
        document.endSpan()
        document.x += 200
      case 0x01:
        document.endSpan()
        document.size = number()
      case 0x02:
        document.endSpan()
        document.isBold.toggle()
      case 0x03: document.endSpan()
      case 0x04:
        document.endSpan()
        document.x += number()
      case 0x05:
        document.endLine()
        document.y += number()
      case 0x06: document.pageSize = (number(), number())
      case 0x07:
        document.endSpan()
        document.hasGeometry.toggle()
      case 0x08:
        document.endSpan()
        document.widthScale = number()
      default: document.text.append(byte)
      }
    }
    document.endPage()
    return RawDocument(format: .pdf, pages: document.pages, metadata: ["title": "fuzz"])
  }

  mutating func endSpan() {
    guard !text.isEmpty else { return }
    let string = String(decoding: text, as: UTF8.self)
    let width = Double(string.count) * size * widthScale
    let box = Box(x0: x, y0: y, x1: x + width, y1: y + size)
    spans.append(
      Span(
        text: string, font: Font(name: isBold ? "Fuzz-Bold" : "Fuzz", size: size, isBold: isBold, isItalic: false),
        box: hasGeometry ? box : nil))
    x += width
    text = []
  }

  mutating func endLine() {
    endSpan()
    if !spans.isEmpty {
      let box = hasGeometry ? Box.union(spans.compactMap(\.box)) : nil
      lines.append(Line(spans: spans, box: box, sourceLine: hasGeometry ? nil : lines.count + 1))
    }
    spans = []
    x = 72
    y += size * 1.2
  }

  mutating func endPage() {
    endLine()
    pages.append(Page(number: pages.count + 1, size: hasGeometry ? pageSize : nil, lines: lines))
    lines = []
    y = 72
  }
}
