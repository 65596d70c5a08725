import Foundation
@testable import MandatIngest
import Testing
import ZIPFoundation

@testable import MandatKit

/// Files that crashed or hung a reader, each kept in `Fixtures/` under the name of the trap it
/// holds, and each resource limit just over (its error kind) and just under (read).
@Suite struct ReliabilityTests {
  func fixture(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/MandatIngestTests/Fixtures/\(name)").path
  }

  /// The mandates a fixture gives, read as `extract` reads it.
  func mandates(_ name: String) throws -> [Mandate] {
    let outcome = Extractor(readers: Readers.all).extract(path: fixture(name))
    guard case .mandates(let mandates) = outcome else {
      Issue.record("\(name): \(outcome)")
      return []
    }
    return mandates
  }

  // MARK: - Crash reproducers

  /// `<li value="9223372036854775807">` overflowed when the next item was counted.
  @Test func listItemValueAtIntMax() throws {
    let mandates = try mandates("li-value-int-max.html")
    #expect(mandates.map(\.group?.name) == ["läkemedel"])
    #expect(!mandates[0].generalTasks.isEmpty)
  }

  /// `<ol type="a" start="9223372036854775806">` asked for a label of 10^17 letters.
  @Test func letterListStartingNearIntMaxIsReadFast() throws {
    let start = Date()
    let mandates = try mandates("ol-letters-start-near-int-max.html")
    #expect(Date().timeIntervalSince(start) < Self.timeBound)
    #expect(mandates.map(\.group?.name) == ["läkemedel"])
  }

  @Test func letterLabelsAreBoundedAsWordBoundsThem() {
    #expect(ListLabel.number(27, .lowerLetter) == "aa")
    #expect(ListLabel.number(780, .upperLetter) == String(repeating: "Z", count: 30))
    #expect(ListLabel.number(781, .lowerLetter) == "781")
    #expect(ListLabel.number(Int.max, .lowerLetter) == String(Int.max))
    #expect(ListLabel.counter("9223372036854775807") == 1_000_000_000)
    #expect(ListLabel.counter("-9223372036854775808") == -1_000_000_000)
    #expect(ListLabel.counter(" 7 ") == 7)
    #expect(ListLabel.counter("sju") == nil)
  }

  /// `<w:start w:val="9223372036854775807"/>` overflowed when Word's counter went on.
  @Test func wordListStartAtIntMax() throws {
    #expect(try mandates("w-start-int-max.docx").map(\.group?.name) == ["stroke"])
  }

  /// `<w:outlineLvl w:val="-1"/>` indexed the heading sizes at -1; it is no heading.
  @Test func outlineLevelMinusOne() throws {
    #expect(try mandates("outline-level-minus-one.docx").map(\.group?.name) == ["stroke"])
  }

  /// 4096 bytes cut out of a package's middle left its directory pointing past the end, where
  /// ZIPFoundation trapped; the package is checked first and called damaged.
  @Test func zipEntriesPastTheEndAreDamaged() throws {
    let path = fixture("zip-entries-past-end.docx")
    let outcome = Extractor(readers: Readers.all).extract(path: path)
    guard case .failed(let error) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    #expect(
      error
        == .damaged(
          path: path, format: .docx,
          detail: "its table of contents points past the end of the file; bytes are missing"))
  }

  /// Every way of cutting a real package short or garbling one byte of its directory is damaged or
  /// read, never a trap.
  @Test func everyCutOfAPackageIsACleanOutcome() throws {
    let data = try DOCXReaderTests.docx(DOCXReaderTests.paragraph("Text."))
    let reader = DOCXReader()
    for cut in stride(from: 0, to: data.count, by: 7) {
      var damaged = data
      damaged.removeSubrange(cut..<min(cut + 16, data.count))
      _ = try? reader.read(damaged, path: "cut.docx")
      var garbled = data
      garbled[cut] ^= 0xFF
      _ = try? reader.read(garbled, path: "garbled.docx")
    }
  }

  // MARK: - Limits

  /// A package whose document part is `size` bytes of one repeated paragraph.
  static func repetitiveDocx(size: Int) throws -> Data {
    let paragraph = DOCXReaderTests.paragraph("Gruppen ska samverka.")
    return try DOCXReaderTests.docx(String(repeating: paragraph, count: size / paragraph.utf8.count))
  }

  /// What the parts Mandat reads declare they unpack to, and the document part's packed size.
  static func sizes(_ data: Data) throws -> (unpacked: Int, document: (packed: Int, unpacked: Int)) {
    let archive = try Archive(data: data, accessMode: .read)
    let read = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]
    let unpacked = archive.filter { read.contains($0.path) }.reduce(0) { $0 + Int($1.uncompressedSize) }
    let document = try #require(archive["word/document.xml"])
    return (unpacked, (Int(document.compressedSize), Int(document.uncompressedSize)))
  }

  @Test func unpackedSizeIsCheckedBeforeUnpacking() throws {
    let data = try Self.repetitiveDocx(size: 4000)
    let unpacked = try Self.sizes(data).unpacked
    #expect(throws: Never.self) {
      try DOCXReader(limits: ReadLimits(unpackedBytes: unpacked)).read(data, path: "x.docx")
    }
    let error = #expect(throws: ReadError.self) {
      try DOCXReader(limits: ReadLimits(unpackedBytes: unpacked - 1)).read(data, path: "x.docx")
    }
    #expect(error?.kind == "unpacked-too-large")
    #expect(
      error?.description
        == "x.docx: not read: its parts unpack to \(unpacked) bytes, more than the \(unpacked - 1) bytes a Word document may"
    )
  }

  @Test func compressionRatioIsCheckedBeforeUnpacking() throws {
    let data = try Self.repetitiveDocx(size: 2 << 20)
    let document = try Self.sizes(data).document
    let ratio = document.unpacked / document.packed
    #expect(ratio > 200)
    #expect(throws: Never.self) {
      try DOCXReader(limits: ReadLimits(compressionRatio: ratio)).read(data, path: "x.docx")
    }
    let error = #expect(throws: ReadError.self) {
      try DOCXReader(limits: ReadLimits(compressionRatio: ratio - 1)).read(data, path: "x.docx")
    }
    #expect(error?.kind == "compression-ratio-too-high")
    #expect(
      error?.description
        == "x.docx: not read: word/document.xml unpacks to \(ratio) times its packed size, more than the \(ratio - 1) a Word document's part may"
    )
    // The default limits refuse it: 2 MB of one paragraph packs more than 200 to 1.
    #expect(throws: ReadError.self) { try DOCXReader().read(data, path: "x.docx") }
  }

  @Test func sizesInMessagesDoNotRoundToTheLimit() {
    #expect(ReadLimits.size(1000) == "1000 bytes")
    #expect(ReadLimits.size(4 << 20) == "4 MB")
    #expect(ReadLimits.size((4 << 20) + 1) == "4.1 MB")
    #expect(ReadLimits.size(4_150_099) == "4.0 MB")
    #expect(ReadLimits.size(48_000_038) == "45.8 MB")
  }

  @Test func pageSizeIsALimit() throws {
    let page = Data("<html><body><p>Text.</p></body></html>".utf8)
    #expect(throws: Never.self) { try HTMLReader(limits: ReadLimits(pageBytes: page.count)).read(page, path: "x.html") }
    let error = #expect(throws: ReadError.self) {
      try HTMLReader(limits: ReadLimits(pageBytes: page.count - 1)).read(page, path: "x.html")
    }
    #expect(error?.kind == "page-too-large")
    #expect(
      error?.description
        == "x.html: not read: it is \(page.count) bytes, more than the \(page.count - 1) bytes a web page may")
  }

  /// A page `depth` elements deep from `<html>` (1) and `<body>` (2), its text in the deepest.
  static func nestedPage(depth: Int) -> Data {
    let divs = depth - 2
    return Data(
      ("<html><body>" + String(repeating: "<div>", count: divs) + "Djupt liggande text."
        + String(repeating: "</div>", count: divs) + "</body></html>").utf8)
  }

  /// libxml2 dropped everything below 256 levels; the limit is now the reader's, and said.
  @Test func nestingDepthIsALimitNotASilentLoss() throws {
    let reader = HTMLReader()
    let deep = try reader.read(Self.nestedPage(depth: 512), path: "x.html")
    #expect(deep.pages[0].lines.map(\.text) == ["Djupt liggande text."])
    let error = #expect(throws: ReadError.self) { try reader.read(Self.nestedPage(depth: 513), path: "x.html") }
    #expect(error?.kind == "nested-too-deep")
    #expect(error?.description == "x.html: not read: its elements nest more than 512 deep, deeper than a browser reads")
    let start = Date()
    #expect(throws: ReadError.self) { try reader.read(Self.nestedPage(depth: 200_000), path: "x.html") }
    #expect(Date().timeIntervalSince(start) < Self.timeBound)
  }

  @Test func textLengthIsALimitForEveryFlowingFormat() throws {
    let limits = ReadLimits(textCharacters: 12)
    let text = "Tolv tecken."
    #expect(throws: Never.self) { try TextReader(limits: limits).read(Data(text.utf8), path: "x.txt") }
    let error = #expect(throws: ReadError.self) {
      try TextReader(limits: limits).read(Data((text + "!").utf8), path: "x.txt")
    }
    #expect(error?.kind == "text-too-long")
    #expect(error?.description == "x.txt: not read: it holds 13 characters of text, more than the 12 a document may")
    let page = { (text: String) in Data("<html><body><p>\(text)</p></body></html>".utf8) }
    #expect(throws: Never.self) { try HTMLReader(limits: limits).read(page(text), path: "x.html") }
    #expect(throws: ReadError.self) { try HTMLReader(limits: limits).read(page(text + "!"), path: "x.html") }
    let docx = { (text: String) in try DOCXReaderTests.docx(DOCXReaderTests.paragraph(text)) }
    #expect(throws: Never.self) { try DOCXReader(limits: limits).read(try docx(text), path: "x.docx") }
    #expect(throws: ReadError.self) { try DOCXReader(limits: limits).read(try docx(text + "!"), path: "x.docx") }
  }

  // MARK: - Nothing quadratic

  /// Seconds `work` takes.
  /// What a generous bound on a read's time allows: about a second in a debug build alone, a
  /// few on a loaded machine; a step quadratic in the input's length would take minutes.
  static let timeBound = 20.0

  func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = Date()
    try work()
    return Date().timeIntervalSince(start)
  }

  /// Many small lists in one block, many lists inside one paragraph, many empty inline runs in one
  /// line, and a one-line text file of 1 MB (near the text limit): each read and laid out in linear time (a debug build
  /// takes about a second at these sizes, alone; a step quadratic in their length would take minutes).
  @Test func largeInputsAreReadInLinearTime() throws {
    let inputs = [
      "<div>" + String(repeating: "<ul><li>punkt</li></ul>", count: 10_000) + "</div>",
      "<p>" + String(repeating: "<ol><li>punkt</li></ol>", count: 10_000) + "</p>",
      "<p>" + String(repeating: "<b> </b><i> </i>", count: 10_000) + "x</p>",
    ]
    for body in inputs {
      let time = try seconds {
        _ = Layout().analyze(try HTMLReader().read(Data("<html><body>\(body)</body></html>".utf8), path: "x.html"))
      }
      #expect(time < Self.timeBound, "\(body.prefix(30))")
    }
    let line = String(repeating: "Gruppen ska samverka. ", count: 45_000)
    #expect(
      try seconds { _ = Layout().analyze(try TextReader().read(Data(line.utf8), path: "x.txt")) } < Self.timeBound)
  }

  /// Two-column tables nested in each other's text cells, their labels too long to be a task
  /// table's: deciding reads no nested table, so each is read once, not twice per level (2^100).
  @Test func nestedTablesAreReadOnce() throws {
    let label = String(repeating: "Ett alldeles för långt namn på ett område ", count: 3)
    let levels = 100
    let html =
      String(repeating: "<table><tr><th>Område</th><th>Uppdrag</th></tr><tr><td>\(label)</td><td>", count: levels)
      + "Kärnan" + String(repeating: "</td></tr></table>", count: levels)
    let time = try seconds {
      let page = try HTMLReader().read(Data("<html><body>\(html)</body></html>".utf8), path: "x.html")
      #expect(page.pages[0].lines.map(\.text).filter { !$0.isEmpty }.count == 3 * levels + 1)
    }
    #expect(time < Self.timeBound)
    func cell(_ text: String) -> String { "<w:tc>\(DOCXReaderTests.paragraph(text))</w:tc>" }
    let docxLevels = 60
    let body =
      String(
        repeating:
          "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell("Område"))\(cell("Uppdrag"))</w:tr><w:tr>\(cell(label))<w:tc>",
        count: docxLevels) + DOCXReaderTests.paragraph("Kärnan")
      + String(repeating: "</w:tc></w:tr></w:tbl>", count: docxLevels)
    let data = try DOCXReaderTests.docx(body)
    #expect(try seconds { _ = try DOCXReader().read(data, path: "x.docx") } < Self.timeBound)
  }

  /// Five hundred nested `<article>`s around 200 000 characters: the text each holds is measured in
  /// one pass, not once for every article above it.
  @Test func nestedCandidatesForTheContentAreMeasuredOnce() throws {
    let text = String(repeating: "<p>\(String(repeating: "Gruppen ska samverka. ", count: 100))</p>", count: 90)
    let html =
      "<html><body>" + String(repeating: "<article>", count: 500) + "<h1>Titel</h1>\(text)"
      + String(repeating: "</article>", count: 500) + "</body></html>"
    #expect(try seconds { _ = try HTMLReader().read(Data(html.utf8), path: "x.html") } < 5)
  }

  /// Five hundred nested elements named as a menu around 20 000 others and the page's `<h1>`:
  /// each is searched for the content no further than any menu reaches, not to the end of all below it.
  @Test func nestedChromeIsSearchedForTheContentBoundedly() throws {
    let html =
      "<html><body>" + String(repeating: #"<div class="menu">"#, count: 500)
      + String(repeating: "<span>a</span>", count: 20_000) + "<h1>Titel</h1><p>Text.</p>"
      + String(repeating: "</div>", count: 500) + "</body></html>"
    #expect(try seconds { _ = try HTMLReader().read(Data(html.utf8), path: "x.html") } < 5)
  }

  /// A style based on a style based on … ten thousand deep is followed 32 styles far, not again
  /// to its end for every run.
  @Test func aLongChainOfStylesIsFollowedABoundedWay() throws {
    let styles = (0..<10_000).map { index in
      #"<w:style w:type="paragraph" w:styleId="S\#(index)"><w:name w:val="Stil \#(index)"/>"#
        + #"<w:basedOn w:val="S\#(index + 1)"/></w:style>"#
    }.joined()
    let paragraph = DOCXReaderTests.paragraph("Text.", properties: #"<w:pStyle w:val="S0"/>"#)
    let data = try DOCXReaderTests.docx(String(repeating: paragraph, count: 5_000), styles: styles)
    #expect(try seconds { _ = try DOCXReader().read(data, path: "x.docx") } < Self.timeBound)
  }

  // MARK: - Content the filter would drop

  /// A page whose only text is in its navigation is read whole, with a warning, not called empty.
  @Test func aPageWhoseTextIsAllInChromeIsReadWhole() throws {
    let html = """
      <html><body><nav><p>Uppdragsbeskrivning</p><p>Gruppen ska samverka.</p></nav>
      <div id="cookie-banner"><p>Vi använder kakor.</p></div><script>var x = 1;</script></body></html>
      """
    let document = try HTMLReader().read(Data(html.utf8), path: "x.html")
    #expect(
      document.pages[0].lines.map(\.text).filter { !$0.isEmpty } == [
        "Uppdragsbeskrivning", "Gruppen ska samverka.", "Vi använder kakor.",
      ])
    #expect(document.warnings == [HTMLReader.wholeBodyWarning])
    #expect(throws: ReadError.empty(path: "x.html")) {
      try HTMLReader().read(Data("<html><body><script>x</script></body></html>".utf8), path: "x.html")
    }
  }
}
