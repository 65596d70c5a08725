import Foundation
import MandatIngest
import Testing
import ZIPFoundation

@testable import MandatKit

/// The Word reader, one trap per test on a small document built here from XML.
@Suite struct DOCXReaderTests {
  let reader = DOCXReader()

  static let namespaces =
    #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
    + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

  /// A package of the given parts, as Word writes one.
  static func package(_ parts: [String: String]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    return try #require(archive.data)
  }

  /// A .docx whose body is `body`, with styles and numbering parts where given.
  static func docx(_ body: String, styles: String? = nil, numbering: String? = nil) throws -> Data {
    var parts = [
      "[Content_Types].xml":
        #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
      "word/document.xml":
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespaces)><w:body>\#(body)<w:sectPr/></w:body></w:document>"#,
    ]
    if let styles { parts["word/styles.xml"] = "<w:styles \(namespaces)>\(styles)</w:styles>" }
    if let numbering { parts["word/numbering.xml"] = "<w:numbering \(namespaces)>\(numbering)</w:numbering>" }
    return try package(parts)
  }

  static func paragraph(_ text: String, properties: String = "") -> String {
    "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  func read(_ data: Data) throws -> RawDocument {
    try reader.read(data, path: "uppdrag.docx")
  }

  func lines(_ data: Data) throws -> [Line] {
    try read(data).pages[0].lines.filter { !$0.text.isEmpty }
  }

  static let headingStyles = """
    <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="Rubrik 2"/><w:basedOn w:val="Normal"/>
      <w:rPr><w:sz w:val="26"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Mellanrubrik"><w:name w:val="Mellanrubrik"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Brodtext"><w:name w:val="Brödtext"/><w:basedOn w:val="Mellanrubrik"/>
      <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
    """

  @Test func headingsByStyleNameAreBoldAndLarger() throws {
    let data = try Self.docx(
      Self.paragraph("Uppdragsbeskrivning", properties: #"<w:pStyle w:val="Heading1"/>"#)
        + Self.paragraph("Syfte", properties: #"<w:pStyle w:val="Rubrik2"/>"#)
        + Self.paragraph("Gruppen ska samverka."),
      styles: Self.headingStyles)
    let fonts = try lines(data).map { $0.spans[0].font }
    #expect(fonts.map { $0?.isBold } == [true, true, false])
    #expect(fonts.map { $0?.size } == [18, 16, 11])
    #expect(Layout().analyze(try read(data)).blocks.map(\.kind) == [.heading, .heading, .paragraph])
  }

  @Test func headingsByOutlineLevel() throws {
    let data = try Self.docx(
      Self.paragraph("Uppdrag", properties: #"<w:pStyle w:val="Mellanrubrik"/>"#)
        + Self.paragraph("Bakgrund", properties: #"<w:outlineLvl w:val="0"/>"#)
        + Self.paragraph("Brödtext", properties: #"<w:pStyle w:val="Brodtext"/>"#),
      styles: Self.headingStyles)
    let fonts = try lines(data).map { $0.spans[0].font }
    #expect(fonts.map { $0?.isBold } == [true, true, false])
    #expect(fonts.map { $0?.size } == [14, 18, 11])
  }

  static let numbering = """
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="3">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="2"/>
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    """

  static func item(_ text: String, list: Int, level: Int = 0) -> String {
    paragraph(text, properties: #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(list)"/></w:numPr>"#)
  }

  @Test func numberingLabelsAsNumberingXMLSays() throws {
    let data = try Self.docx(
      Self.item("ett", list: 1) + Self.item("två", list: 1) + Self.item("första", list: 2)
        + Self.item("andra", list: 2) + Self.item("punkt", list: 3) + Self.paragraph("Text.")
        + Self.item("från början", list: 4)
        + Self.paragraph("Inte numrerad", properties: #"<w:numPr><w:numId w:val="0"/></w:numPr>"#),
      numbering: Self.numbering)
    #expect(
      try lines(data).map(\.text) == [
        "1. ett", "2. två", "1) första", "2) andra", "• punkt", "Text.", "1) från början", "Inte numrerad",
      ])
  }

  /// Deeper levels count on their own and start anew under each item of the level above.
  @Test func nestedLevelsAreNumberedAsWordNumbersThem() throws {
    let data = try Self.docx(
      Self.item("ett", list: 1) + Self.item("a", list: 1, level: 1) + Self.item("b", list: 1, level: 1)
        + Self.item("djup", list: 1, level: 2) + Self.item("två", list: 1) + Self.item("a igen", list: 1, level: 1)
        + Self.item("punkt", list: 3) + Self.item("underpunkt", list: 3, level: 1),
      numbering: Self.numbering)
    #expect(
      try lines(data).map(\.text) == [
        "1. ett", "a) a", "b) b", "1.b.1 djup", "2. två", "a) a igen", "• punkt", "• underpunkt",
      ])
    #expect(Layout().analyze(try read(data)).blocks.filter { $0.kind == .listItem }.count == 7)
  }

  /// A style such as List Bullet carries the numbering its paragraphs show.
  @Test func numberingFromTheParagraphStyle() throws {
    let styles = """
      <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      """
    let data = try Self.docx(
      Self.paragraph("punkt", properties: #"<w:pStyle w:val="ListBullet"/>"#), styles: styles,
      numbering: Self.numbering)
    #expect(try lines(data).map(\.text) == ["• punkt"])
  }

  @Test func tableCellsGiveOneLinePerParagraph() throws {
    func cell(_ paragraphs: String...) -> String { "<w:tc><w:tcPr/>\(paragraphs.joined())</w:tc>" }
    let table = """
      <w:tbl><w:tblPr/>
      <w:tr>\(cell(Self.paragraph("Region")))\(cell(Self.paragraph("Ledamot")))</w:tr>
      <w:tr>\(cell(Self.paragraph("Region Kalmar län")))\(cell(Self.paragraph("Anna"), Self.paragraph("Bertil")))</w:tr>
      <w:tr>\(cell(Self.paragraph("Region Östergötland")))\(cell(Self.paragraph("Cecilia")))</w:tr>
      </w:tbl>
      """
    #expect(
      try lines(try Self.docx(table)).map(\.text) == [
        "Region", "Ledamot", "Region Kalmar län", "Anna", "Bertil", "Region Östergötland", "Cecilia",
      ])
    let columns = """
      <w:tbl><w:tr>\(cell(Self.paragraph("Patient och vårdteam")))\(cell(Self.paragraph("Nationell nivå")))</w:tr>
      <w:tr>\(cell(Self.paragraph("Utgår från kunskap")))\(cell(Self.paragraph("Utvecklar stöd")))</w:tr></w:tbl>
      """
    #expect(
      try lines(try Self.docx(columns)).map(\.text) == [
        "Patient och vårdteam", "Utgår från kunskap", "Nationell nivå", "Utvecklar stöd",
      ])
  }

  /// A two-column table whose first row repeats on each page (or is bold) is a list: one item per
  /// row, `Label: text`, the header no item.
  @Test func aTaskTableGivesOneItemPerRow() throws {
    func cell(_ paragraphs: String...) -> String { "<w:tc>\(paragraphs.joined())</w:tc>" }
    let bold = "<w:r><w:rPr><w:b/></w:rPr><w:t>%@</w:t></w:r>"
    let repeated = """
      <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell(Self.paragraph("Område")))\(cell(Self.paragraph("Uppdrag")))</w:tr>
      <w:tr>\(cell(Self.paragraph("Uppföljning")))\(cell(Self.paragraph("Följa upp"), Self.paragraph("resultat.")))</w:tr>
      <w:tr>\(cell(Self.paragraph("Kunskapsstöd:")))\(cell(Self.paragraph("Ta fram stöd.")))</w:tr></w:tbl>
      """
    #expect(
      try lines(try Self.docx(repeated)).map(\.text) == [
        "• Uppföljning: Följa upp resultat.", "• Kunskapsstöd: Ta fram stöd.",
      ])
    let boldHeader = """
      <w:tbl><w:tr>\(cell("<w:p>" + bold.replacingOccurrences(of: "%@", with: "Område") + "</w:p>"))\(
        cell("<w:p>" + bold.replacingOccurrences(of: "%@", with: "Uppdrag") + "</w:p>"))</w:tr>
      <w:tr>\(cell(Self.paragraph("Samverkan")))\(cell(Self.paragraph("Samordna regionerna.")))</w:tr></w:tbl>
      """
    #expect(try lines(try Self.docx(boldHeader)).map(\.text) == ["• Samverkan: Samordna regionerna."])
  }

  @Test func lineBreaksAndTabsStayInTheirParagraph() throws {
    let body = """
      <w:p><w:r><w:t>Regionerna ska</w:t><w:br/><w:t>samverka</w:t><w:tab/><w:t>i vården.</w:t></w:r></w:p>
      \(Self.paragraph("Nästa."))
      """
    let document = try read(try Self.docx(body))
    let lines = document.pages[0].lines.filter { !$0.text.isEmpty }
    #expect(lines.map(\.text) == ["Regionerna ska", "samverka i vården.", "Nästa."])
    #expect(lines.map(\.sourceLine) == [1, 1, 2])
    #expect(Layout().analyze(document).blocks.map(\.text) == ["Regionerna ska samverka i vården.", "Nästa."])
  }

  @Test func softHyphensAreDropped() throws {
    let body = "<w:p><w:r><w:t>sjuk</w:t><w:softHyphen/><w:t>vårds\u{00AD}regionen</w:t></w:r></w:p>"
    #expect(try lines(try Self.docx(body)).map(\.text) == ["sjukvårdsregionen"])
  }

  @Test func trackedChangesAreReadAsAcceptedWithAWarning() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Gruppen ska </w:t></w:r>
      <w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">inte </w:delText></w:r></w:del>
      <w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">gärna </w:t></w:r></w:ins>
      <w:r><w:t>samverka.</w:t></w:r></w:p>
      <w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>Flyttad text.</w:t></w:r></w:moveFrom></w:p>
      <w:p><w:moveTo w:id="4" w:author="A"><w:r><w:t>Flyttad text.</w:t></w:r></w:moveTo></w:p>
      """
    let document = try read(try Self.docx(body))
    #expect(
      document.pages[0].lines.map(\.text).filter { !$0.isEmpty } == ["Gruppen ska gärna samverka.", "Flyttad text."])
    #expect(document.warnings == ["the document holds tracked changes that are not accepted; read as if they were"])
    #expect(try read(try Self.docx(Self.paragraph("Inga ändringar."))).warnings == [])
  }

  @Test func commentsAreIgnored() throws {
    let body = """
      <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Gruppen ska samverka.</w:t></w:r><w:commentRangeEnd w:id="0"/>
      <w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>
      """
    var parts = [
      "word/document.xml": "<w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>",
      "word/comments.xml":
        "<w:comments \(Self.namespaces)><w:comment w:id=\"0\">\(Self.paragraph("Stryk detta?"))</w:comment></w:comments>",
    ]
    parts["[Content_Types].xml"] = "<Types/>"
    let document = try read(try Self.package(parts))
    #expect(document.pages[0].lines.map(\.text) == ["Gruppen ska samverka."])
    #expect(document.warnings == [])
  }

  /// Bold and size from the document's defaults, the paragraph's style, a character style and the run.
  @Test func typographyComesFromStylesAndRuns() throws {
    let styles = """
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Carlito"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
      """
    let body = """
      <w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Syfte</w:t></w:r></w:p>
      <w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Ordförande</w:t></w:r></w:p>
      <w:p><w:r><w:t>Brödtext</w:t></w:r></w:p>
      """
    let fonts = try lines(try Self.docx(body, styles: styles)).map { $0.spans[0].font }
    #expect(
      fonts == [
        Font(name: "Carlito-Bold", size: 14, isBold: true, isItalic: false),
        Font(name: "Carlito-Bold", size: 11, isBold: true, isItalic: false),
        Font(name: "Carlito", size: 11, isBold: false, isItalic: false),
      ])
  }

  @Test func corePropertiesAreMetadata() throws {
    var parts = [
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "<w:document \(Self.namespaces)><w:body>\(Self.paragraph("Text."))</w:body></w:document>",
    ]
    parts["docProps/core.xml"] = """
      <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
      <dc:title>Uppdrag</dc:title><dc:creator>Staben</dc:creator>
      <dcterms:created>2023-05-12T09:00:00Z</dcterms:created></cp:coreProperties>
      """
    #expect(
      try read(try Self.package(parts)).metadata == [
        "title": "Uppdrag", "author": "Staben", "created": "2023-05-12T09:00:00Z",
      ])
  }

  // MARK: - Broken files

  func bytes(_ relativePath: String) throws -> Data {
    try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath))
  }

  @Test func passwordProtectedFileSaysSo() throws {
    let error = ReadError.encrypted(path: "Corpus/broken/encrypted.docx", format: .docx)
    #expect(throws: error) { try reader.read(try bytes(error.path), path: error.path) }
    #expect(
      error.description
        == "Corpus/broken/encrypted.docx: password-protected Word document: it needs a password; save an unprotected copy and try again"
    )
  }

  @Test func truncatedFileIsDamaged() throws {
    let error = ReadError.damaged(
      path: "Corpus/broken/truncated.docx", format: .docx,
      detail: "its ZIP package has no table of contents; it looks truncated")
    #expect(throws: error) { try reader.read(try bytes(error.path), path: error.path) }
    #expect(
      error.description
        == "Corpus/broken/truncated.docx: damaged or truncated Word document (its ZIP package has no table of contents; it looks truncated)"
    )
  }

  @Test func packageWithoutTheDocumentPartIsDamaged() throws {
    let data = try Self.package(["[Content_Types].xml": "<Types/>", "word/styles.xml": "<w:styles/>"])
    #expect(throws: ReadError.damaged(path: "uppdrag.docx", format: .docx, detail: "it holds no word/document.xml")) {
      try read(data)
    }
  }

  @Test func documentPartThatIsNotXMLIsDamaged() throws {
    let data = try Self.package(["word/document.xml": "<w:document><w:body><w:p>"])
    #expect(
      throws: ReadError.damaged(path: "uppdrag.docx", format: .docx, detail: "word/document.xml is not well-formed XML")
    ) { try read(data) }
  }

  @Test func documentWithoutTextIsEmpty() throws {
    #expect(throws: ReadError.empty(path: "uppdrag.docx")) { try read(try Self.docx("<w:p/>")) }
  }

  /// A Word document named `.txt` is read as Word, an encrypted one however named is reported as
  /// such, and a ZIP package that names no Word part is unknown unless it is named `.docx`.
  @Test func formatIsChosenByContent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandat-docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("uppdrag.txt")
    try Self.docx(Self.paragraph("Text.")).write(to: file)
    let (_, document) = try Extractor(readers: Readers.all).read(path: file.path)
    #expect(document.format == .docx)

    let encrypted = try bytes("Corpus/broken/encrypted.docx")
    #expect(InputFormat.detect(encrypted, path: "x.bin") == .docx)
    let zip = try Self.package(["readme.txt": "hej"])
    #expect(InputFormat.detect(zip, path: "x.zip") == nil)
    #expect(InputFormat.detect(zip, path: "x.DOCX") == .docx)
    let legacyWord = InputFormat.oleMagic + Data(repeating: 0, count: 512)
    #expect(InputFormat.detect(legacyWord, path: "x.doc") == nil)
  }
}
