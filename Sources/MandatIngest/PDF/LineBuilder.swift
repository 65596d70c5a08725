import MandatKit

/// Collects a page's characters into lines of runs of one font; pure Swift, no poppler.
struct LineBuilder {
  private var lines: [Line] = []
  private var spans: [Span] = []
  /// The UTF-8 of the run: appending bytes is much cheaper than appending scalars to a string.
  private var runText: [UInt8] = []
  private var runFont = -1
  private var runExtent = Extent()
  private let fonts: [Font]

  private init(fonts: [Font]) {
    self.fonts = fonts
  }

  /// Lines at each newline of poppler's text and where the glyphs jump, in the order of
  /// `glyphs` (indices into `scalars` and `boxes`).
  ///
  /// Where two characters stand a word space apart with no space between them in the text
  /// (a producer that places every word on its own, a bullet set at a tab), a space is read:
  /// the page shows one, whatever the text layer holds.
  static func lines(
    _ glyphs: [Int], scalars: [Unicode.Scalar], boxes: [Box], fonts: [Font], fontOfScalar: [Int]
  ) -> [Line] {
    var builder = LineBuilder(fonts: fonts)
    var previousGlyph: Box?
    var spaceSincePrevious = false
    for (position, index) in glyphs.enumerated() {
      let scalar = scalars[index]
      if scalar == "\n" {
        builder.closeLine()
        previousGlyph = nil
        continue
      }
      let isInk = !scalar.isSpace
      let box = boxes[index].isUsable ? boxes[index] : nil
      if !isInk {
        if let previousGlyph, let next = nextInk(after: position, in: glyphs, scalars: scalars),
          let nextBox = boxes[next].isUsable ? boxes[next] : nil, isKerning(from: previousGlyph, to: nextBox)
        {
          continue
        }
        spaceSincePrevious = true
        builder.append(scalar, font: fontOfScalar[index], box: nil)
        continue
      }
      if scalar == "\u{00AD}" {
        // A soft hyphen inside a line shows nothing: where its box stands tells nothing of the
        // space between the letters around it.
        builder.append(scalar, font: fontOfScalar[index], box: nil)
        continue
      }
      if let last = previousGlyph, let box, !spaceSincePrevious, isFootnoteReference(scalar, box, after: last) {
        // The word goes on past the reference as though it were not there.
        previousGlyph = Box(x0: last.x0, y0: last.y0, x1: box.x1, y1: last.y1)
        continue
      }
      if let previousGlyph, let box {
        if isJump(from: previousGlyph, to: box) {
          builder.closeLine()
        } else if !spaceSincePrevious, isWordSpace(from: previousGlyph, to: box) {
          builder.append(" ", font: fontOfScalar[index], box: nil)
        }
        if isWide(from: previousGlyph, to: box) { builder.closeRun() }
      }
      builder.append(scalar, font: fontOfScalar[index], box: box)
      spaceSincePrevious = false
      if let box { previousGlyph = box }
    }
    builder.closeLine()
    return builder.lines
  }

  /// The next visible character on the same line of poppler's text.
  private static func nextInk(after position: Int, in glyphs: [Int], scalars: [Unicode.Scalar]) -> Int? {
    var next = position + 1
    while next < glyphs.count {
      let scalar = scalars[glyphs[next]]
      if scalar == "\n" { return nil }
      if !scalar.isSpace { return glyphs[next] }
      next += 1
    }
    return nil
  }

  /// A space poppler inferred from a gap narrower than any word space (a tenth of the line's
  /// height): the spacing of a justified line around an invisible soft hyphen, not a break
  /// between words.
  private static func isKerning(from previous: Box, to next: Box) -> Bool {
    let gap = next.x0 - previous.x1
    return abs(next.midY - previous.midY) < previous.height / 2 && gap >= -0.5 && gap < 0.1 * previous.height
  }

  /// A gap a reader sees as a space between words: a fifth of the line's height, about
  /// the narrowest word space of a justified line.
  private static func isWordSpace(from previous: Box, to next: Box) -> Bool {
    next.x0 - previous.x1 >= 0.2 * max(previous.height, next.height)
  }

  /// A gap wider than most word spaces, though short of a jump: perhaps the padding between a
  /// table's cells. A run ends there, so that the reading order can part the line where
  /// the page's columns do (*Kompetens och* | *främja samverkan …*).
  private static func isWide(from previous: Box, to next: Box) -> Bool {
    next.x0 - previous.x1 >= 0.3 * max(previous.height, next.height)
  }

  /// A digit set smaller than the glyph before it and raised off its baseline, straight after
  /// it: a footnote's reference (*Norr¹*), which no reader reads as part of the word. The
  /// footnote itself, set small at the page's foot, is running matter.
  private static func isFootnoteReference(_ scalar: Unicode.Scalar, _ box: Box, after previous: Box) -> Bool {
    ("0"..."9").contains(scalar) && box.height <= 0.8 * previous.height
      && box.y1 <= previous.y1 - 0.2 * previous.height && box.x0 - previous.x1 < 0.2 * previous.height
  }

  /// Glyphs that are not next to each other on one baseline belong to different lines: poppler
  /// joins the cells of a table row, and a cell's second line with the next cell, into one line.
  private static func isJump(from previous: Box, to next: Box) -> Bool {
    let height = max(previous.height, next.height)
    return abs(next.midY - previous.midY) > height / 2 || next.x0 < previous.x0
      || next.x0 - previous.x1 > 1.5 * height
  }

  private mutating func append(_ scalar: Unicode.Scalar, font: Int, box: Box?) {
    if font != runFont {
      closeRun()
      runFont = font
    }
    if scalar.isASCII {
      runText.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      runText.append(contentsOf: scalar.utf8)
    }
    if let box { runExtent.include(box) }
  }

  /// Ends the line, trimming whitespace at its end; a line of whitespace only is dropped.
  private mutating func closeLine() {
    closeRun()
    while let last = spans.last, last.text.unicodeScalars.allSatisfy(\.isSpace) { spans.removeLast() }
    if var last = spans.popLast() {
      if last.text.unicodeScalars.last?.isSpace == true {
        var scalars = last.text.unicodeScalars
        while let end = scalars.last, end.isSpace { scalars.removeLast() }
        last.text = String(scalars)
      }
      spans.append(last)
      var extent = Extent()
      for case let box? in spans.lazy.map(\.box) { extent.include(box) }
      lines.append(Line(spans: spans, box: extent.box))
    }
    spans = []
  }

  private mutating func closeRun() {
    if !runText.isEmpty {
      spans.append(
        Span(
          text: String(decoding: runText, as: UTF8.self), font: runFont >= 0 ? fonts[runFont] : nil,
          box: runExtent.box))
    }
    runText.removeAll(keepingCapacity: true)
    runExtent = Extent()
  }
}

/// The union of boxes that are rounded already, kept as their extremes and made a `Box` once:
/// rounding a rounded coordinate again changes nothing, so this is what a chain of `union`s
/// gives, without rounding four coordinates per glyph.
private struct Extent {
  private var bounds: (x0: Double, y0: Double, x1: Double, y1: Double)?

  mutating func include(_ box: Box) {
    bounds =
      bounds.map { (min($0.x0, box.x0), min($0.y0, box.y0), max($0.x1, box.x1), max($0.y1, box.y1)) }
      ?? (box.x0, box.y0, box.x1, box.y1)
  }

  var box: Box? { bounds.map { Box(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) } }
}
