/// Where a piece of text came from: its page and, as the format allows, its box on the
/// page (PDF), its line range in the file (text) or its paragraph range (web page, Word).
///
/// A piece that runs over a page break points at where it starts.
public struct SourceRef: Hashable, Sendable, Codable {
  public var page: Int
  /// `[x0, y0, x1, y1]` in PDF points, origin top-left.
  public var box: Box?
  /// `[first, last]` 1-based line numbers in a text file; in a web page or Word document,
  /// whose lines are not the file's, the 1-based numbers of its paragraphs.
  public var lines: [Int]?

  public init(page: Int, box: Box? = nil, lines: [Int]? = nil) {
    self.page = page
    self.box = box
    self.lines = lines
  }
}
