import Testing

@testable import MandatIngest
@testable import MandatKit

/// How a page's characters are read from their boxes alone, without a PDF.
@Suite struct PageTextTests {
  /// The characters of `text` set one after another from a point, each `step` apart.
  static func glyphs(_ text: String, from start: (x: Double, y: Double), step: (dx: Double, dy: Double)) -> [Box] {
    text.unicodeScalars.indices.map { _ in Box(x0: 0, y0: 0, x1: 0, y1: 0) }.enumerated().map { index, _ in
      let x = start.x + Double(index) * step.dx
      let y = start.y + Double(index) * step.dy
      return Box(x0: x, y0: y, x1: x + 6, y1: y + 10)
    }
  }

  static func page(_ lines: [(String, [Box])], size: (Double, Double) = (595, 842)) -> PageText {
    var scalars: [Unicode.Scalar] = []
    var boxes: [Box] = []
    for (text, lineBoxes) in lines {
      scalars += text.unicodeScalars
      boxes += lineBoxes
      scalars.append("\n")
      boxes.append(Box(x0: 0, y0: 0, x1: 0, y1: 0))
    }
    return PageText(
      scalars: scalars, boxes: boxes, fonts: [], fontOfScalar: Array(repeating: -1, count: scalars.count),
      size: (width: size.0, height: size.1))
  }

  /// A footnote's reference, a digit set small and raised straight after a word, is no part of
  /// the word; a digit on the line's baseline is.
  @Test func footnoteReferenceIsNoPartOfTheWord() {
    var boxes = Self.glyphs("Norr1.", from: (100, 100), step: (6, 0))
    boxes[4] = Box(x0: 124, y0: 99, x1: 130, y1: 106)
    let reading = Self.page([("Norr1.", boxes), ("Norr1.", Self.glyphs("Norr1.", from: (100, 130), step: (6, 0)))])
      .read()
    #expect(reading.lines.map(\.text) == ["Norr.", "Norr1."])
  }

  @Test func upsideDownPageIsTurnedUpright() {
    let reading = Self.page([("Uppdrag", Self.glyphs("Uppdrag", from: (500, 700), step: (-6, 0)))]).read()
    #expect(reading.lines.map(\.text) == ["Uppdrag"])
    #expect(reading.lines.first?.box == Box(x0: 89, y0: 132, x1: 131, y1: 142))
  }

  @Test func sidewaysPageSwapsItsSize() {
    let reading = Self.page([("Syfte", Self.glyphs("Syfte", from: (500, 100), step: (0, 6)))]).read()
    #expect(reading.lines.map(\.text) == ["Syfte"])
    #expect(reading.size.width == 842 && reading.size.height == 595)
  }

  @Test func minorityDirectionIsSetAside() {
    let reading = Self.page([
      ("Gruppen ska samordna", Self.glyphs("Gruppen ska samordna", from: (72, 100), step: (6, 0))),
      ("Dnr 2024/1", Self.glyphs("Dnr 2024/1", from: (560, 700), step: (0, -6))),
    ]).read()
    #expect(reading.lines.map(\.text) == ["Gruppen ska samordna"])
    #expect(reading.asideLines.map(\.text) == ["Dnr 2024/1"])
  }

  @Test func wordDrawnTwiceIsReadOnce() {
    let reading = Self.page([
      (
        "Syfte Syfte",
        Self.glyphs("Syfte", from: (72, 100), step: (6, 0)) + [Box(x0: 102, y0: 100, x1: 104, y1: 110)]
          + Self.glyphs("Syfte", from: (73.5, 101), step: (6, 0))
      )
    ]).read()
    #expect(reading.lines.map(\.text) == ["Syfte"])
  }

  @Test func gapWithoutSpaceIsASpace() {
    let boxes =
      Self.glyphs("Gruppen", from: (72, 100), step: (6, 0)) + Self.glyphs("ska", from: (120, 100), step: (6, 0))
    #expect(Self.page([("Gruppenska", boxes)]).read().lines.map(\.text) == ["Gruppen ska"])
  }

  @Test func nonFiniteBoxesGiveNoTrap() {
    let boxes = [Box(x0: .nan, y0: 0, x1: 1, y1: 1), Box(x0: 0, y0: -.infinity, x1: 1, y1: .infinity)]
    #expect(Self.page([("ab", boxes)]).read().lines.map(\.text) == ["ab"])
  }
}
