import MandatKit
import Testing

@testable import MandatIngest

/// Bullets drawn as shapes, read from values: which strips of the page are looked at, and what
/// ink in them is a bullet.
@Suite struct DrawnMarkersTests {
  /// A line of body text 12 pt high.
  static func line(_ text: String, x0: Double, y: Double) -> Line {
    let box = Box(x0: x0, y0: y, x1: x0 + 200, y1: y + 12)
    return Line(
      spans: [Span(text: text, font: Font(name: "Body", size: 10, isBold: false, isItalic: false), box: box)], box: box)
  }

  /// A white rendering of the area with the given boxes (page points) painted dark, at two
  /// pixels a point.
  static func ink(_ area: Box, dark boxes: [Box]) -> Ink {
    let (width, height) = (Int(area.width * 2), Int(area.height * 2))
    var pixels = [UInt32](repeating: 0xFF_FFFF, count: width * height)
    for box in boxes {
      for row in Int((box.y0 - area.y0) * 2)..<Int((box.y1 - area.y0) * 2) {
        for column in Int((box.x0 - area.x0) * 2)..<Int((box.x1 - area.x0) * 2) {
          pixels[row * width + column] = 0x20_2020
        }
      }
    }
    return Ink(area: area, scale: 2, width: width, height: height, pixels: pixels)
  }

  static let page = Box(x0: 0, y0: 0, x1: 300, y1: 200)
  static let lines = [
    line("Gruppen ska", x0: 50, y: 20),
    line("följa upp resultaten", x0: 80, y: 40),
    line("stödja införandet", x0: 80, y: 60),
    line("– en rad med ett tankstreck", x0: 80, y: 80),
  ]

  /// Only lines set in from the page's left edge, opening with a letter, are looked at: the
  /// strip before each ends a tenth of the line's height short of its text.
  @Test func stripsBeforeLinesSetIn() {
    let strips = DrawnMarkers.strips(for: Self.lines)
    #expect(strips.map(\.line) == [1, 2])
    #expect(strips.first?.strip == Box(x0: 80 - 2.2 * 12, y0: 40 - 3, x1: 80 - 1.2, y1: 52 + 3))
    #expect(Self.lines.contains(where: DrawnMarkers.opensWithMarker))
    // A numbered item's wrapped line, the item itself and a page number alone at the right are
    // not looked at.
    let numbered = [
      Self.line("Gruppen ska", x0: 50, y: 20),
      Self.line("1) kartlägga hur genomgångar görs och", x0: 50, y: 40),
      Self.line("dokumenteras i regionerna", x0: 66, y: 54),
      Self.line("2) föreslå en modell", x0: 66, y: 68),
      Self.line("Sida 2 av 3", x0: 240, y: 180),
    ]
    #expect(DrawnMarkers.strips(for: numbered).isEmpty)
  }

  /// A dot on the line's height is a bullet, put in as `•` before the text; a rule running past
  /// the strip (a table's border) and a shape touching the text are not.
  @Test func aDotIsABulletARuleIsNot() {
    let dot = Box(x0: 66, y0: 44, x1: 70, y1: 48)
    let rule = Box(x0: 66, y0: 30, x1: 67, y1: 80)
    let marked = DrawnMarkers.marked(
      Self.lines, strips: DrawnMarkers.strips(for: Self.lines), ink: Self.ink(Self.page, dark: [dot]))
    #expect(marked[1].text == "• följa upp resultaten")
    #expect(marked[1].box == Box(x0: 66, y0: 40, x1: 280, y1: 52))
    #expect(marked[2].text == "stödja införandet")
    let ruled = DrawnMarkers.marked(
      Self.lines, strips: DrawnMarkers.strips(for: Self.lines), ink: Self.ink(Self.page, dark: [rule]))
    #expect(ruled.map(\.text) == Self.lines.map(\.text))
    let borderedDot = DrawnMarkers.marked(
      Self.lines, strips: DrawnMarkers.strips(for: Self.lines),
      ink: Self.ink(Self.page, dark: [Box(x0: 58, y0: 30, x1: 59, y1: 80), dot]))
    #expect(borderedDot[1].text == "• följa upp resultaten")
    #expect(!DrawnMarkers.isBullet(Box(x0: 70, y0: 44, x1: 79.5, y1: 48), beside: Self.lines[1].box!, in: Self.page))
  }

  /// The shape nearest a box's right side, in page points, apart from ink further left; none
  /// where the box is white.
  @Test func nearestShape() {
    let ink = Self.ink(Self.page, dark: [Box(x0: 10, y0: 10, x1: 12, y1: 15), Box(x0: 2, y0: 0, x1: 3, y1: 40)])
    #expect(ink.nearestShape(in: Box(x0: 0, y0: 0, x1: 50, y1: 50)) == Box(x0: 10, y0: 10, x1: 12, y1: 15))
    #expect(ink.nearestShape(in: Box(x0: 0, y0: 0, x1: 8, y1: 50)) == Box(x0: 2, y0: 0, x1: 3, y1: 40))
    #expect(ink.nearestShape(in: Box(x0: 20, y0: 0, x1: 50, y1: 50)) == nil)
    #expect(ink.nearestShape(in: Box(x0: 400, y0: 400, x1: 500, y1: 500)) == nil)
  }
}
