import MandatKit

/// Bullets a producer draws as shapes instead of characters (a browser printing a web page's
/// list, a report generator's squares): the page shows them and the text layer has nothing.
///
/// The margin left of each line that might follow one is rendered (``Ink``) and a small shape
/// standing alone there, on the line's height, is read as the bullet it is: the line gets a
/// `•` where the shape stands, and the layout reads the list as it reads a typed one. Pure
/// Swift: which strips to look at and what their ink means are decided from values.
enum DrawnMarkers {
  /// The strip of page to look at for each line that may follow a drawn bullet: a line set in
  /// from the page's left edge or the document's (a list needs an indent for its bullets, and
  /// a page may hold nothing but a list), opening with a letter or digit, with room before it,
  /// starting where another line starts too (a list's items and wrapped lines share their
  /// indent; a page number or a header set to the right stands alone); not a numbered item nor
  /// one's wrapped line.
  static func strips(for lines: [Line], documentLeft: Double? = nil) -> [(line: Int, strip: Box)] {
    let placed = lines.indices.filter { lines[$0].box?.isUsable == true && lines[$0].box!.height > 0 }
    guard let pageLeft = placed.map({ lines[$0].box!.x0 }).min() else { return [] }
    let leftEdge = min(pageLeft, documentLeft ?? pageLeft)
    let placedLines = placed.map { lines[$0] }
    var strips: [(line: Int, strip: Box)] = []
    for index in placed {
      let box = lines[index].box!
      let height = box.height
      guard box.x0 >= leftEdge + 0.8 * height, lines[index].text.first.map({ $0.isLetter || $0.isNumber }) == true,
        placed.contains(where: { $0 != index && abs(lines[$0].box!.x0 - box.x0) <= 1 }),
        !ListMarker.opensItem(lines[index].text), !continuesNumberedItem(box, in: placedLines)
      else { continue }
      // The strip ends short of any text on the same row to the left (a table's label cell).
      let textToTheLeft = placed.compactMap { other -> Double? in
        let otherBox = lines[other].box!
        return other != index && otherBox.x1 <= box.x0 && otherBox.verticalOverlap(box) > 0 ? otherBox.x1 : nil
      }.max()
      let x0 = max(box.x0 - 2.2 * height, (textToTheLeft ?? -.infinity) + 0.5)
      let x1 = box.x0 - 0.1 * height
      guard x1 - x0 >= 0.4 * height else { continue }
      strips.append((index, Box(x0: x0, y0: box.y0 - 0.25 * height, x1: x1, y1: box.y1 + 0.25 * height)))
    }
    return strips
  }

  /// The nearest line above that starts further left opens with a label: the line is a numbered
  /// item's wrapped line, set in at its text, with no bullet to look for.
  private static func continuesNumberedItem(_ box: Box, in lines: [Line]) -> Bool {
    let above = lines.filter { line in
      guard let other = line.box else { return false }
      return other.y1 <= box.y0 + 1 && other.x0 < box.x0 - 2 && other.x1 > box.x0
    }
    guard let nearest = above.max(by: { $0.box!.y0 < $1.box!.y0 }) else { return false }
    return ListMarker.opensItem(nearest.text)
  }

  /// The lines with a `•` before each whose strip holds a bullet's shape.
  static func marked(_ lines: [Line], strips: [(line: Int, strip: Box)], ink: Ink) -> [Line] {
    var marked = lines
    for (index, strip) in strips {
      guard let line = lines[index].box, let shape = ink.nearestShape(in: strip),
        isBullet(shape, beside: line, in: strip)
      else { continue }
      marked[index].spans.insert(Span(text: "• ", font: lines[index].spans.first?.font, box: shape), at: 0)
      marked[index].box = shape.union(line)
    }
    return marked
  }

  /// A shape no bigger than nine tenths of the line's height (a large Symbol disc), standing
  /// on it, clear of the strip's top and bottom (a table's border or a rule runs on past them)
  /// and of the line's text.
  static func isBullet(_ shape: Box, beside line: Box, in strip: Box) -> Bool {
    let height = line.height
    return shape.width <= 0.9 * height && shape.height <= 0.9 * height
      && shape.width >= 0.12 * height && shape.height >= 0.12 * height
      && shape.y0 > strip.y0 + 0.5 && shape.y1 < strip.y1 - 0.5
      && shape.midY >= line.y0 + 0.2 * height && shape.midY <= line.y1 - 0.1 * height
      && line.x0 - shape.x1 >= 0.1 * height
  }

  /// A line opening with a character that is no letter, digit, quotation mark or bracket: a
  /// bullet, a dash, a symbol.
  static func opensWithMarker(_ line: Line) -> Bool {
    guard let first = line.text.first(where: { !$0.isWhitespace }) else { return false }
    return !(first.isLetter || first.isNumber || textOpeners.contains(first))
  }

  private static let textOpeners = Set("\"'«»“”‘’([")
}

/// A rendering of part of a page: what a reader sees as ink there.
struct Ink {
  /// The page area rendered, in page points.
  var area: Box
  /// Pixels per point.
  var scale: Double
  var width: Int
  var height: Int
  /// Row by row, each pixel as `0x00RRGGBB`.
  var pixels: [UInt32]

  /// The box of the ink inside `box` nearest its right side, in page points: the dark columns
  /// from the rightmost one leftwards up to the first column without ink (a bullet, not the
  /// table border to its left); `nil` where `box` holds no ink. Dark is a luminance below 160 of
  /// 255: black and coloured bullets, not a cell's shading.
  func nearestShape(in box: Box) -> Box? {
    let columns = indices(box.x0 - area.x0, box.x1 - area.x0, limit: width)
    let rows = indices(box.y0 - area.y0, box.y1 - area.y0, limit: height)
    var shape: (x0: Int, y0: Int, x1: Int, y1: Int)?
    for column in columns.reversed() {
      let dark = rows.filter { isDark(pixels[$0 * width + column]) }
      guard let top = dark.first, let bottom = dark.last else {
        if shape != nil { break }
        continue
      }
      shape = shape.map { (column, min($0.y0, top), $0.x1, max($0.y1, bottom)) } ?? (column, top, column, bottom)
    }
    return shape.map {
      Box(
        x0: area.x0 + Double($0.x0) / scale, y0: area.y0 + Double($0.y0) / scale,
        x1: area.x0 + Double($0.x1 + 1) / scale, y1: area.y0 + Double($0.y1 + 1) / scale)
    }
  }

  private func isDark(_ pixel: UInt32) -> Bool {
    299 * (pixel >> 16 & 0xFF) + 587 * (pixel >> 8 & 0xFF) + 114 * (pixel & 0xFF) < 160_000
  }

  /// The pixel indices from one distance in points to another, within `0..<limit`.
  private func indices(_ from: Double, _ to: Double, limit: Int) -> Range<Int> {
    let first = max(0, Int((from * scale).rounded(.down)))
    let end = min(limit, Int((to * scale).rounded(.up)))
    return first < end ? first..<end : 0..<0
  }
}
