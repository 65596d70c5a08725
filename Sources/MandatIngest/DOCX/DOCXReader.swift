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
  public let limits: ReadLimits

  public init(limits: ReadLimits = ReadLimits()) {
    self.limits = limits
  }

  private static let trackedChangesWarning =
    "the document holds tracked changes that are not accepted; read as if they were"

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    guard !data.starts(with: InputFormat.oleMagic) else { throw .encrypted(path: path, format: .docx) }
    let package = try WordPackage(data, path: path, limits: limits)
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
    return try walker.flow.document(
      format: .docx, metadata: Self.metadata(try package.xml("docProps/core.xml")),
      warnings: tracked ? [Self.trackedChangesWarning] : [], path: path, limits: limits)
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

/// The ZIP package of a `.docx`, its table of contents checked by ``ZIPTableOfContents`` before
/// ZIPFoundation opens it; parts are checked against their checksums as they are unpacked.
private struct WordPackage {
  let archive: Archive
  let contents: ZIPTableOfContents
  let path: String

  /// The parts Mandat reads; the rest (images, themes, fonts) are never unpacked.
  static let partsRead = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]

  /// Opens the package and checks, before anything is unpacked, that the parts read unpack to no
  /// more than `limits` allow, together and each against its packed size.
  init(_ data: Data, path: String, limits: ReadLimits) throws(ReadError) {
    self.path = path
    let contents: ZIPTableOfContents
    do {
      contents = try ZIPTableOfContents(data)
    } catch {
      throw .damaged(path: path, format: .docx, detail: error.detail)
    }
    self.contents = contents
    let parts = Self.partsRead.compactMap { name in contents.entries[name].map { (name, $0) } }
    // Each size as declared, up to 2^60, so that four ZIP64 sizes near 2^64 add up without overflow.
    let unpacked = parts.reduce(0) { $0 + Int(min($1.1.uncompressedSize, 1 << 60)) }
    guard unpacked <= limits.unpackedBytes else {
      throw .overLimit(
        path: path, limit: .unpackedBytes,
        detail:
          "its parts unpack to \(ReadLimits.size(unpacked)), more than the \(ReadLimits.size(limits.unpackedBytes)) a Word document may"
      )
    }
    for (name, entry) in parts where entry.uncompressedSize >= UInt64(ReadLimits.ratioExemptBytes) {
      let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
      guard ratio <= UInt64(limits.compressionRatio) else {
        throw .overLimit(
          path: path, limit: .compressionRatio,
          detail:
            "\(name) unpacks to \(ratio) times its packed size, more than the \(limits.compressionRatio) a Word document's part may"
        )
      }
    }
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw .damaged(path: path, format: .docx, detail: "its ZIP package has no table of contents; it looks truncated")
    }
  }

  /// The part's bytes, or `nil` when the package has no such part. Unpacking stops at the size the
  /// table of contents declares: a part that would unpack to more lies about its size.
  func part(_ name: String) throws(ReadError) -> Data? {
    guard let declared = contents.entries[name], let entry = archive[name] else { return nil }
    var data = Data()
    do {
      _ = try archive.extract(entry) { chunk in
        guard UInt64(data.count + chunk.count) <= declared.uncompressedSize else { throw LongerThanDeclared() }
        data.append(chunk)
      }
    } catch is LongerThanDeclared {
      throw .damaged(path: path, format: .docx, detail: "\(name) unpacks to more than its declared size")
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

  private struct LongerThanDeclared: Error {}

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
    let headingLevel = outlineLevel.map(WordStyles.headingLevel(outlineLevel:)) ?? styles.headingLevel(styleID)
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

  /// A task table (see ``FlowText/taskRows(_:headed:holdsTable:read:)``; its header row marked to repeat
  /// on each page, or bold) gives one item per row; else row by row, each cell's paragraphs in
  /// turn; but a row of headings over one row of cells is a set of columns, each heading with the
  /// cell beneath it, as a PDF of it is read.
  private mutating func table(_ table: MarkupElement) {
    let rowElements = table.elements.filter { row in
      row.name == "tr" && row.child("trPr")?.child("del") == nil
    }
    let rows = rowElements.map { row in row.elements.filter { $0.name == "tc" } }
    let headed = rowElements.first?.child("trPr")?.child("tblHeader").map(RunProperties.isOn) == true
    if let tasks = FlowText.taskRows(rows, headed: headed, holdsTable: { $0.contains(anyOf: ["tbl"]) }, read: cell) {
      flow.appendTasks(tasks)
      return
    }
    let cells: [MarkupElement]
    if rows.count == 2, rows[0].count == rows[1].count, rows[0].count > 1 {
      cells = zip(rows[0], rows[1]).flatMap { [$0, $1] }
    } else {
      cells = rows.flatMap { $0 }
    }
    for cell in cells { blocks(cell.elements) }
  }

  /// A cell read on its own, for a task table; list counters go on in the table as read.
  private func cell(_ cell: MarkupElement) -> FlowText {
    var walker = DOCXWalker(styles: styles, numbering: numbering)
    walker.blocks(cell.elements)
    return walker.flow
  }
}
