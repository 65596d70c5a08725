/// Where a column's text starts: the leftmost position that several lines start at.
///
/// A single line further left (a number hanging in the margin, a stray mark) is not the
/// edge; the lines of a list set in from the edge are measured against it.
enum LeftEdge {
  /// The leftmost start, to the point, that at least two of the lines share. A page's
  /// lines are measured against the document's edge (`fallback`) where that is further left
  /// and the page still reaches it, or where they all start at one place: a page of list
  /// items with a heading or none at the margin.
  static func of(_ starts: [Double], else fallback: Double? = nil) -> Double? {
    var counts: [Int: Int] = [:]
    for start in starts where start.isFinite { counts[Int(start.rounded()), default: 0] += 1 }
    guard let edge = counts.filter({ $0.value >= 2 }).keys.min().map(Double.init) else {
      return fallback ?? starts.min()
    }
    if let fallback, fallback < edge, counts.count == 1 || starts.contains(where: { abs($0 - fallback) <= 1 }) {
      return fallback
    }
    return edge
  }
}
