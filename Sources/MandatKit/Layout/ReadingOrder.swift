/// Puts the lines of one page in the order a person reads them: top to bottom, and where
/// the page is split into columns (a table of three levels, a two-column layout) one
/// column after the other.
///
/// Lines sharing a baseline form a row. A row of several pieces separated by a gutter opens
/// a column region; the rows below belong to it while each of their pieces falls into one
/// of its columns. Within a region, columns are read left to right, each top to bottom.
enum ReadingOrder {
  /// The narrowest gap between two pieces of a row that separates columns, in points.
  static let minimumGutter = 9.0

  /// A line in reading order, with the right edge of the column it stands in, where the
  /// page is split into columns: a line ending short of it ends its paragraph.
  struct OrderedLine {
    var line: Line
    var columnRight: Double?
  }

  static func order(_ lines: [Line]) -> [OrderedLine] {
    let located = lines.filter { $0.box != nil }
    guard located.count == lines.count, !lines.isEmpty else { return lines.map { OrderedLine(line: $0) } }
    let rows = makeRows(located)
    var ordered: [OrderedLine] = []
    var index = 0
    while index < rows.count {
      guard let region = columnRegion(startingAt: index, in: rows) else {
        ordered += rows[index].map { OrderedLine(line: $0) }
        index += 1
        continue
      }
      for column in region.columns {
        ordered += rows[index..<region.end].flatMap { row in
          row.filter { column.horizontalOverlap($0.box!) > 0 }.map { OrderedLine(line: $0, columnRight: column.x1) }
        }
      }
      index = region.end
    }
    return ordered
  }

  /// Groups lines whose vertical extents mostly overlap, each row sorted left to right.
  private static func makeRows(_ lines: [Line]) -> [[Line]] {
    let sorted = lines.sorted { ($0.box!.y0, $0.box!.x0) < ($1.box!.y0, $1.box!.x0) }
    var rows: [[Line]] = []
    for line in sorted {
      let box = line.box!
      if let last = rows.last, let rowBox = Box.union(last.compactMap(\.box)),
        rowBox.verticalOverlap(box) >= 0.5 * min(rowBox.height, box.height)
      {
        rows[rows.count - 1].append(line)
      } else {
        rows.append([line])
      }
    }
    return rows.map { attachingMarkers($0.sorted { $0.box!.x0 < $1.box!.x0 }) }
  }

  /// A bullet set apart from its text (Word's list bullets come as a glyph of their own,
  /// often in a symbol font) is put back in front of the text it opens.
  private static func attachingMarkers(_ row: [Line]) -> [Line] {
    var merged: [Line] = []
    for line in row {
      if let marker = merged.last, ListMarker.isLoneMarker(marker.text),
        line.box!.x0 - marker.box!.x1 < 3 * line.box!.height
      {
        merged[merged.count - 1] = Line(
          spans: marker.spans + [Span(text: " ")] + line.spans, box: marker.box!.union(line.box!))
      } else {
        merged.append(line)
      }
    }
    return merged
  }

  /// Column boxes (x extents only matter) and the end of the rows they span.
  private struct Region {
    var columns: [Box]
    var end: Int
  }

  private static func columnRegion(startingAt start: Int, in rows: [[Line]]) -> Region? {
    let first = rows[start].map { $0.box! }
    guard first.count > 1, zip(first, first.dropFirst()).allSatisfy({ -$0.horizontalOverlap($1) >= minimumGutter })
    else { return nil }
    var columns = first
    var end = start + 1
    var previous = Box.union(first)!
    while end < rows.count {
      let pieces = rows[end].map { $0.box! }
      let lineHeight = min(previous.height, pieces.map(\.height).max() ?? 0)
      guard pieces.first!.y0 - previous.y1 <= 2.5 * lineHeight else { break }
      var widened = columns
      let fits = pieces.allSatisfy { piece in
        let hits = columns.indices.filter { columns[$0].horizontalOverlap(piece) > 0 }
        guard hits.count == 1 else { return false }
        widened[hits[0]] = widened[hits[0]].union(piece)
        return true
      }
      guard fits, zip(widened, widened.dropFirst()).allSatisfy({ -$0.horizontalOverlap($1) >= minimumGutter / 2 })
      else { break }
      columns = widened
      previous = Box.union(pieces)!
      end += 1
    }
    return Region(columns: columns, end: end)
  }
}
