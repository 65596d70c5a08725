/// A unit of reading: a heading, a paragraph or a list item, its text already joined
/// across lines, de-hyphenated and single-spaced.
public struct Block: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case heading
    case paragraph
    case listItem
  }

  public var kind: Kind
  public var text: String
  public var source: SourceRef

  public init(kind: Kind, text: String, source: SourceRef) {
    self.kind = kind
    self.text = text
    self.source = source
  }
}

/// A document as Layout leaves it: blocks in reading order, plus what the running headers
/// and footers said (kept for the document's metadata, never part of its text) and how each
/// line-end hyphen was read.
public struct LaidOutDocument: Sendable {
  public var blocks: [Block]
  public var runningMatter: [RunningLine]
  public var hyphens: [HyphenDecision]
  public var metadata: [String: String]
  /// The reader's warnings about the file.
  public var warnings: [String]
  public var pageCount: Int

  /// The wording of the running headers and footers, each once, in order of appearance.
  public var runningTexts: [String] {
    var seen: Set<String> = []
    return runningMatter.map(\.text).filter { seen.insert(RunningMatter.signature($0)).inserted }
  }
}

/// A header, footer or page number taken out of the text.
public struct RunningLine: Hashable, Sendable {
  public var page: Int
  public var text: String
  public var box: Box?
}
