import Foundation

/// What a reader makes of a file: pages of lines of styled spans, before any interpretation.
///
/// Every reader (PDF, text, HTML, DOCX) produces this one shape, so that everything after
/// ingestion is independent of where the text came from. HTML and DOCX give one page without
/// geometry whose lines carry their typography, as a text file's would if it had any.
public struct RawDocument: Sendable {
  public var format: InputFormat
  public var pages: [Page]
  /// What the file says about itself (the PDF info dictionary): `title`, `author`, `producer`, …
  public var metadata: [String: String]
  /// What the reader had to guess or leave out (malformed HTML, unaccepted tracked changes):
  /// the file was read, but a person should know. They reach each mandate's `warnings`.
  public var warnings: [String]

  public init(format: InputFormat, pages: [Page], metadata: [String: String] = [:], warnings: [String] = []) {
    self.format = format
    self.pages = pages
    self.metadata = metadata
    self.warnings = warnings
  }
}

/// One page of a document, numbered from 1.
public struct Page: Sendable {
  public var number: Int
  /// Page size in points; `nil` for inputs without geometry (plain text).
  public var size: (width: Double, height: Double)?
  public var lines: [Line]
  /// Text set in another direction than the rest of the page (a note along the margin, a
  /// word stamped at an angle): read, but outside the page's reading order.
  public var asideLines: [Line]

  public init(number: Int, size: (width: Double, height: Double)? = nil, lines: [Line], asideLines: [Line] = []) {
    self.number = number
    self.size = size
    self.lines = lines
    self.asideLines = asideLines
  }
}

/// One visual line: spans on a common baseline, or one line of a text file.
public struct Line: Sendable, Equatable {
  public var spans: [Span]
  /// Where the line sits on the page; `nil` for plain text.
  public var box: Box?
  /// The 1-based line number in a text file; in a web page or Word document, whose lines are
  /// not the file's, the 1-based number of the paragraph the line belongs to; `nil` for PDF.
  public var sourceLine: Int?

  public init(spans: [Span], box: Box? = nil, sourceLine: Int? = nil) {
    self.spans = spans
    self.box = box
    self.sourceLine = sourceLine
  }

  /// A line of plain text without typography or geometry.
  public init(text: String, sourceLine: Int) {
    self.init(spans: [Span(text: text)], sourceLine: sourceLine)
  }

  public var text: String { spans.count == 1 ? spans[0].text : spans.map(\.text).joined() }
}

/// A run of text in one font.
public struct Span: Sendable, Equatable {
  public var text: String
  /// `nil` when the input has no typography (plain text).
  public var font: Font?
  public var box: Box?

  public init(text: String, font: Font? = nil, box: Box? = nil) {
    self.text = text
    self.font = font
    self.box = box
  }
}
