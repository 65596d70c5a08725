import Foundation
import MandatKit

/// What poppler says of one page's text, and what a reader makes of it: upright lines of
/// font runs in poppler's order, and aside the lines set in another direction.
///
/// poppler gives every character of the page with its box, as the page is shown, and its
/// own idea of where lines end. This type holds those values and decides the rest in pure
/// Swift, so that every decision (which way the page reads, which words were drawn twice,
/// where a line really ends) is tested from values, without a PDF.
struct PageText {
  /// The page's characters in poppler's order; `"\n"` ends one of poppler's lines.
  var scalars: [Unicode.Scalar]
  /// The box of each character, as the page is shown (origin top-left).
  var boxes: [Box]
  var fonts: [Font]
  /// For each character, the index of its font in `fonts`, or -1.
  var fontOfScalar: [Int]
  /// The page's size as shown.
  var size: (width: Double, height: Double)

  /// The page read in the direction its text runs.
  struct Reading {
    /// The page's size with its text upright.
    var size: (width: Double, height: Double)
    /// Lines in poppler's order, their boxes in the upright page.
    var lines: [Line]
    /// Text running another way than most of the page: a note along the margin, a word set
    /// at an angle across it. Read, but outside the reading order.
    var asideLines: [Line]
    /// Characters a reader of the page would not see, read all the same and told of.
    var unseen = Unseen()
    /// The boxes are the page's as shown (and as rendered): its text runs left to right.
    var isAsShown = true
  }

  /// Characters of the page a person does not see: what a file hides this way is read, and
  /// the document's warnings say so.
  struct Unseen: Equatable {
    /// Set beyond the page's edges.
    var outsidePage = 0
    /// Set smaller than a point.
    var tiny = 0
    /// Without a place on the page (a degenerate text matrix, coordinates no page holds).
    var unplaced = 0

    static func + (lhs: Unseen, rhs: Unseen) -> Unseen {
      Unseen(
        outsidePage: lhs.outsidePage + rhs.outsidePage, tiny: lhs.tiny + rhs.tiny, unplaced: lhs.unplaced + rhs.unplaced
      )
    }

    /// One warning per kind there is, naming how many characters.
    var warnings: [String] {
      [
        (outsidePage, "stand outside the page"), (tiny, "are set smaller than a point"),
        (unplaced, "have no place on the page (a degenerate text matrix)"),
      ].filter { $0.0 > 0 }.map { "\($0.0) character\($0.0 == 1 ? "" : "s") \($0.1); read all the same" }
    }
  }

  func read() -> Reading {
    let lineRanges = self.lineRanges()
    let directions = lineRanges.indices.map { direction(ofLine: $0, in: lineRanges) }
    let upright = Upright(dominant(directions, lineRanges), size: size)
    var kept: [Int] = []
    kept.reserveCapacity(scalars.count)
    var aside: [Line] = []
    // poppler gives a word set at an angle a line per character: they are read as one word,
    // left to right.
    var slantedCharacters: [Int] = []
    for (range, direction) in zip(lineRanges, directions) {
      if direction == nil || direction == upright.direction {
        kept += range
        if range.upperBound < scalars.count { kept.append(range.upperBound) }  // the line's "\n"
      } else if direction == .slanted, range.count == 1 {
        slantedCharacters.append(range.lowerBound)
      } else if let line = asideLine(Array(range), upright: upright) {
        aside.append(line)
      }
    }
    if let word = asideLine(slantedCharacters.sorted { boxes[$0].midX < boxes[$1].midX }, upright: upright) {
      aside.append(word)
    }
    let uprightBoxes = boxes.map { $0.isUsable ? upright.transform($0) : $0 }
    let glyphs = DoubledWords.dropped(from: kept, scalars: scalars, boxes: uprightBoxes)
    let lines = LineBuilder.lines(
      glyphs, scalars: scalars, boxes: uprightBoxes, fonts: fonts, fontOfScalar: fontOfScalar)
    return Reading(
      size: upright.size, lines: lines, asideLines: aside, unseen: unseen(),
      isAsShown: upright.keepsBoxes)
  }

  /// Counts the ink characters a person would not see on the page as shown.
  private func unseen() -> Unseen {
    var unseen = Unseen()
    for index in scalars.indices where !scalars[index].isSpace {
      let box = boxes[index]
      guard box.isUsable, box.height > 0 || box.width > 0 else {
        unseen.unplaced += 1
        continue
      }
      if box.x1 < -1 || box.y1 < -1 || box.x0 > size.width + 1 || box.y0 > size.height + 1 {
        unseen.outsidePage += 1
      } else if box.height < 1 {
        unseen.tiny += 1
      }
    }
    return unseen
  }

  /// The ranges of poppler's lines, each without its `"\n"`.
  private func lineRanges() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for index in scalars.indices where scalars[index] == "\n" {
      if start < index { ranges.append(start..<index) }
      start = index + 1
    }
    if start < scalars.count { ranges.append(start..<scalars.count) }
    return ranges
  }

  /// The way a line's characters advance, by a vote of each pair of neighbouring characters
  /// (a pair far apart is a jump to another cell, not a step); `nil` for a line of one
  /// character, unless it continues a slant (poppler gives text at an angle a line per
  /// character).
  private func direction(ofLine line: Int, in ranges: [Range<Int>]) -> Direction? {
    // Votes by direction's raw value; a line of one character has none of its own.
    var votes = (0, 0, 0, 0, 0)
    var previous: Box?
    var inkCount = 0
    var onlyInk = 0
    for index in ranges[line] where !scalars[index].isSpace && boxes[index].isUsable {
      inkCount += 1
      onlyInk = index
      if let previous, let step = step(from: previous, to: boxes[index]) {
        switch step {
        case .right: votes.0 += 1
        case .down: votes.1 += 1
        case .left: votes.2 += 1
        case .up: votes.3 += 1
        case .slanted: votes.4 += 1
        }
      }
      previous = boxes[index]
    }
    if inkCount == 1 { return isSlanted(onlyInk) ? .slanted : nil }
    let counts = [votes.0, votes.1, votes.2, votes.3, votes.4]
    guard let best = counts.indices.max(by: { (counts[$0], $1) < (counts[$1], $0) }), counts[best] > 0 else {
      return nil
    }
    return Direction(rawValue: best)
  }

  /// Whether a character alone on its line is one of a word set at an angle: its neighbours
  /// all stand at a slant from it, none beside or below it.
  private func isSlanted(_ glyph: Int) -> Bool {
    // A word stamped at an angle is letters; a bullet or a page number alone on its line is none.
    guard scalars[glyph].properties.isAlphabetic else { return false }
    var slanted = false
    for other in scalars.indices where other != glyph && !scalars[other].isSpace && boxes[other].isUsable {
      switch step(from: boxes[glyph], to: boxes[other]) {
      case nil: continue
      case .slanted?: slanted = true
      case _?: return false
      }
    }
    return slanted
  }

  /// The direction from one character to a neighbour; `nil` when they are too far apart to
  /// be neighbours.
  private func step(from previous: Box, to box: Box) -> Direction? {
    let dx = box.midX - previous.midX
    let dy = box.midY - previous.midY
    let reach = 2 * max(previous.height, previous.width, box.height, box.width)
    return dx * dx + dy * dy <= reach * reach ? Direction(dx: dx, dy: dy) : nil
  }

  /// The direction of most of the page's characters (ties go to left-to-right); text set at
  /// an angle is never the page's direction.
  private func dominant(_ directions: [Direction?], _ ranges: [Range<Int>]) -> Direction {
    var weights: [Direction: Int] = [:]
    for (direction, range) in zip(directions, ranges) {
      if let direction, direction != .slanted { weights[direction, default: 0] += range.count }
    }
    return weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .right
  }

  private func asideLine(_ range: [Int], upright: Upright) -> Line? {
    let text = String(String.UnicodeScalarView(range.map { scalars[$0] })).trimmingCharacters(
      in: .whitespacesAndNewlines)
    guard !text.isEmpty else { return nil }
    let placed = range.lazy.filter { boxes[$0].isUsable }
    let box = Box.union(placed.map { upright.transform(boxes[$0]) })
    let font = range.lazy.map { fontOfScalar[$0] }.first { $0 >= 0 }.map { fonts[$0] }
    return Line(spans: [Span(text: text, font: font, box: box)], box: box)
  }
}

/// Which way a line's characters advance on the page as shown.
enum Direction: Int, Comparable {
  /// Left to right: an upright page.
  case right
  /// Top to bottom: a page turned a quarter clockwise.
  case down
  /// Right to left: a page upside down.
  case left
  /// Bottom to top: a page turned a quarter counter-clockwise.
  case up
  /// At an angle: a watermark, a stamp.
  case slanted

  /// The direction of a step between two characters' centres; `nil` for no step.
  init?(dx: Double, dy: Double) {
    guard dx * dx + dy * dy > 0.01 else { return nil }
    if abs(dx) >= 3 * abs(dy) {
      self = dx > 0 ? .right : .left
    } else if abs(dy) >= 3 * abs(dx) {
      self = dy > 0 ? .down : .up
    } else {
      self = .slanted
    }
  }

  static func < (lhs: Direction, rhs: Direction) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Turns boxes of a page as shown into boxes of the page with its text upright.
struct Upright {
  let direction: Direction
  /// The page's size as shown.
  let shown: (width: Double, height: Double)

  init(_ direction: Direction, size: (width: Double, height: Double)) {
    self.direction = direction
    self.shown = size
  }

  /// The boxes stay as shown (and as rendered): the text runs left to right, or at a slant.
  var keepsBoxes: Bool { direction == .right || direction == .slanted }

  /// The page's size with its text upright.
  var size: (width: Double, height: Double) {
    direction == .down || direction == .up ? (shown.height, shown.width) : shown
  }

  func transform(_ box: Box) -> Box {
    let (width, height) = shown
    switch direction {
    case .right, .slanted: return box
    case .left: return Box(x0: width - box.x1, y0: height - box.y1, x1: width - box.x0, y1: height - box.y0)
    case .down: return Box(x0: box.y0, y0: width - box.x1, x1: box.y1, y1: width - box.x0)
    case .up: return Box(x0: height - box.y1, y0: box.x0, x1: height - box.y0, y1: box.x1)
    }
  }
}

/// Words a producer drew twice, a little apart (a shadow, a bold faked by overprinting,
/// a line repeated by a report generator): only the first drawing is read.
///
/// A word is the same characters as one already read, set where its box and that one's overlap
/// to within half a line height either way; two real words of the same text never overlap
/// like that. poppler gives the two drawings next to each other (in one line, or in lines one
/// after the other), so each word is compared with the words just before it only.
enum DoubledWords {
  /// How many words back a second drawing is looked for: a line and a half of text.
  static let reach = 24

  /// The indices of `kept`, less the characters (and the space after each) of doubled words.
  static func dropped(from kept: [Int], scalars: [Unicode.Scalar], boxes: [Box]) -> [Int] {
    /// The last words read, as their ranges in `kept` and their boxes.
    var recent: [(range: Range<Int>, box: Box)] = []
    recent.reserveCapacity(reach)
    var result: [Int] = []
    result.reserveCapacity(kept.count)
    var position = 0
    var dropping = false
    while position < kept.count {
      let index = kept[position]
      guard !scalars[index].isSpace, scalars[index] != "\n" else {
        if !dropping || scalars[index] == "\n" { result.append(index) }
        dropping = false
        position += 1
        continue
      }
      var end = position
      var box: Box?
      while end < kept.count, !scalars[kept[end]].isSpace, scalars[kept[end]] != "\n" {
        if boxes[kept[end]].isUsable { box = box.map { $0.union(boxes[kept[end]]) } ?? boxes[kept[end]] }
        end += 1
      }
      let word = position..<end
      let isDouble =
        box.map { box in
          recent.contains { $0.box.isDrawnAgain(as: box) && sameCharacters($0.range, word, kept, scalars) }
        } ?? false
      if isDouble {
        dropping = true
      } else {
        if let box {
          if recent.count == reach { recent.removeFirst() }
          recent.append((word, box))
        }
        result += kept[word]
        dropping = false
      }
      position = end
    }
    return result
  }

  private static func sameCharacters(
    _ one: Range<Int>, _ other: Range<Int>, _ kept: [Int], _ scalars: [Unicode.Scalar]
  ) -> Bool {
    one.count == other.count && zip(one, other).allSatisfy { scalars[kept[$0]] == scalars[kept[$1]] }
  }
}

extension Box {
  /// The same word's box set again within half a line height of this one.
  fileprivate func isDrawnAgain(as other: Box) -> Bool {
    let tolerance = max(height, other.height) / 2
    return abs(x0 - other.x0) <= tolerance && abs(y0 - other.y0) <= tolerance && abs(x1 - other.x1) <= tolerance
  }
}
