import Foundation
import MandatKit
import ZIPFoundation

/// Reads a Word document (`.docx`): the body of `word/document.xml` in order, paragraphs with
/// the typography their styles and runs give, list paragraphs with the label Word shows.
///
/// Headings (a `Heading n`/`Rubrik n` style or an outline level) are set bold, so that Layout
/// finds them as it finds a PDF's. Tracked changes are read as if accepted (insertions kept,
/// deletions and text moved away dropped), with a warning that the file holds them; comments,
/// headers, footers, footnotes and field instructions are not the mandate's text.
public struct DOCXReader: DocumentReader {
  public init() {}

  private static let trackedChangesWarning =
    "the document holds tracked changes that are not accepted; read as if they were"

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    guard !data.starts(with: InputFormat.oleMagic) else { throw .encrypted(path: path, format: .docx) }
    let package = try WordPackage(data, path: path)
    guard let documentData = try package.part("word/document.xml") else {
      throw .damaged(path: path, format: .docx, detail: "it holds no word/document.xml")
    }
    guard let document = LibXML.parseXML(documentData), let body = document.child("body") else {
      throw .damaged(path: path, format: .docx, detail: "word/document.xml is not well-formed XML")
    }
    var walker = DOCXWalker(
      styles: WordStyles(try package.xml("word/styles.xml")),
      numbering: WordNumbering(try package.xml("word/numbering.xml")))
    walker.blocks(body.elements)
    guard !walker.flow.isEmpty else { throw .empty(path: path) }
    let tracked = body.contains(anyOf: ["ins", "del", "moveFrom", "moveTo"])
    return walker.flow.document(
      format: .docx, metadata: Self.metadata(try package.xml("docProps/core.xml")),
      warnings: tracked ? [Self.trackedChangesWarning] : [])
  }

  /// The core properties: title, author and the dates the file was created and last saved.
  private static func metadata(_ core: MarkupElement?) -> [String: String] {
    var metadata: [String: String] = [:]
    for (element, key) in [("title", "title"), ("creator", "author"), ("created", "created"), ("modified", "modified")]
    {
      if let value = core?.child(element)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
        metadata[key] = value
      }
    }
    return metadata
  }
}

/// The ZIP package of a `.docx`, opened with ZIPFoundation; parts are checked against their
/// checksums as they are unpacked.
private struct WordPackage {
  let archive: Archive
  let path: String

  init(_ data: Data, path: String) throws(ReadError) {
    self.path = path
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw .damaged(path: path, format: .docx, detail: "its ZIP package has no table of contents; it looks truncated")
    }
  }

  /// The part's bytes, or `nil` when the package has no such part.
  func part(_ name: String) throws(ReadError) -> Data? {
    guard let entry = archive[name] else { return nil }
    var data = Data()
    do {
      _ = try archive.extract(entry) { data.append($0) }
    } catch {
      throw .damaged(path: path, format: .docx, detail: "\(name) cannot be unpacked: \(Self.describe(error))")
    }
    return data
  }

  /// The part parsed, or `nil` when the package has no such part; a part that is there must be well-formed.
  func xml(_ name: String) throws(ReadError) -> MarkupElement? {
    guard let data = try part(name) else { return nil }
    guard let root = LibXML.parseXML(data) else {
      throw .damaged(path: path, format: .docx, detail: "\(name) is not well-formed XML")
    }
    return root
  }

  private static func describe(_ error: any Error) -> String {
    switch error as? Archive.ArchiveError {
    case .invalidCRC32: "its checksum does not match"
    default: "\(error)"
    }
  }
}

/// Walks the body: paragraphs and tables in order, into ``FlowText``.
private struct DOCXWalker {
  var flow = FlowText()
  let styles: WordStyles
  var numbering: WordNumbering

  /// Headings are at least this size, by level, as HTML's are.
  private static let headingSizes: [Double] = [18, 16, 14, 12, 12, 12]

  /// Body-level content: paragraphs, tables, and the containers that hold them.
  mutating func blocks(_ elements: [MarkupElement]) {
    for element in elements {
      switch element.name {
      case "p": paragraph(element)
      case "tbl": table(element)
      case "sdt": blocks(element.child("sdtContent")?.elements ?? [])
      case "customXml", "ins", "moveTo": blocks(element.elements)
      default: break  // section properties, bookmarks, deleted or moved-away content
      }
    }
  }

  private mutating func paragraph(_ paragraph: MarkupElement) {
    let properties = paragraph.child("pPr")
    let styleID = properties?.child("pStyle")?.attributes["val"] ?? styles.defaultParagraphStyle
    let outlineLevel = properties?.child("outlineLvl")?.attributes["val"].flatMap { Int($0) }
    let headingLevel = outlineLevel.map { $0 < 9 ? $0 + 1 : nil } ?? styles.headingLevel(styleID)
    var base = styles.paragraphRun(styleID)
    if let headingLevel {
      base.bold = true
      base.size = max(base.size ?? 0, Self.headingSizes[min(headingLevel, Self.headingSizes.count) - 1])
    }
    let label = numberingReference(properties, styleID: styleID).flatMap { numbering.label($0) }
    if let label, headingLevel == nil {
      flow.startListItem(label: label)
      runs(paragraph.elements, base: base, isHeading: false)
      flow.endListItem()
    } else {
      flow.endParagraph()
      runs(paragraph.elements, base: base, isHeading: headingLevel != nil)
      flow.endParagraph()
    }
  }

  /// The paragraph's own `w:numPr`, its level or list completed from its style's.
  private func numberingReference(_ properties: MarkupElement?, styleID: String?) -> NumberingReference? {
    let own = NumberingReference(properties?.child("numPr"))
    let fromStyle = styles.numbering(styleID)
    guard var reference = own ?? fromStyle else { return nil }
    reference.numID = reference.numID ?? fromStyle?.numID
    reference.level = reference.level ?? fromStyle?.level
    return reference
  }

  /// The runs of a paragraph, through the containers that hold runs.
  private mutating func runs(_ elements: [MarkupElement], base: RunProperties, isHeading: Bool) {
    for element in elements {
      switch element.name {
      case "r": run(element, base: base, isHeading: isHeading)
      case "ins", "moveTo", "hyperlink", "smartTag", "fldSimple", "customXml", "dir", "bdo":
        runs(element.elements, base: base, isHeading: isHeading)
      case "sdt": runs(element.child("sdtContent")?.elements ?? [], base: base, isHeading: isHeading)
      default: break  // deletions, text moved away, comment anchors, bookmarks, proofing marks
      }
    }
  }

  private mutating func run(_ run: MarkupElement, base: RunProperties, isHeading: Bool) {
    let direct = run.child("rPr")
    var properties = RunProperties(direct).over(
      styles.run(direct?.child("rStyle")?.attributes["val"], over: base))
    if isHeading { properties.bold = true }
    let font = properties.font
    for content in run.elements {
      switch content.name {
      case "t": flow.append(content.text, font: font)
      case "tab", "ptab": flow.append(" ", font: font)
      case "noBreakHyphen": flow.append("-", font: font)
      case "br", "cr": flow.breakLine()
      default: break  // soft hyphens, deleted text, field instructions, comment and note references, drawings
      }
    }
  }

  /// Row by row, each cell's paragraphs in turn; but a row of headings over one row of cells is
  /// a set of columns, each heading with the cell beneath it, as a PDF of it is read.
  private mutating func table(_ table: MarkupElement) {
    let rows = table.elements.filter { row in
      row.name == "tr" && row.child("trPr")?.child("del") == nil
    }.map { row in row.elements.filter { $0.name == "tc" } }
    let cells: [MarkupElement]
    if rows.count == 2, rows[0].count == rows[1].count, rows[0].count > 1 {
      cells = zip(rows[0], rows[1]).flatMap { [$0, $1] }
    } else {
      cells = rows.flatMap { $0 }
    }
    for cell in cells { blocks(cell.elements) }
  }
}
