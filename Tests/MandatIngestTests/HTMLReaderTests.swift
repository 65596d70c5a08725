import Foundation
import MandatIngest
import Testing

@testable import MandatKit

/// The web page reader, one trap per test on a small page.
@Suite struct HTMLReaderTests {
  let reader = HTMLReader()

  func read(_ html: String, path: String = "page.html") throws -> RawDocument {
    try reader.read(Data(html.utf8), path: path)
  }

  /// The lines of the only page, blank lines between paragraphs left out.
  func lines(_ html: String) throws -> [String] {
    try read(html).pages[0].lines.map(\.text).filter { !$0.isEmpty }
  }

  /// The blocks Layout makes of the page.
  func blocks(_ html: String) throws -> [Block] {
    Layout().analyze(try read(html)).blocks
  }

  static func page(_ body: String) -> String {
    "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>T</title></head><body>\(body)</body></html>"
  }

  @Test func siteChromeIsLeftOut() throws {
    let html = Self.page(
      """
      <a class="skip-link" href="#main">Hoppa till innehållet</a>
      <div id="cookieBanner"><p>Vi använder kakor.</p><button>Godkänn</button></div>
      <header><a class="logo" href="/">Region Exempel</a>
        <nav><ul><li><a href="/">Start</a></li><li><a href="/vard">Vård</a></li></ul></nav>
        <form role="search"><input type="search" name="q"><button>Sök</button></form></header>
      <div class="breadcrumbs"><a href="/">Start</a> › Uppdrag</div>
      <main id="main"><article>
        <h1>Uppdragsbeskrivning</h1><p>Gruppen ska samverka.</p>
        <div class="share-links"><a href="#">Dela</a> <a href="#">Facebook</a></div>
        <div class="search-box">Sök i uppdragen</div>
        <aside>Relaterade sidor</aside>
      </article></main>
      <footer><p>Kontakt: 010-100 00 00</p></footer>
      """)
    #expect(try lines(html) == ["Uppdragsbeskrivning", "Gruppen ska samverka."])
  }

  /// A wrapper whose class names a state of the menu still holds the page's content.
  @Test func aWrapperNamedForTheMenuIsNotChrome() throws {
    let html = Self.page(
      """
      <div class="page js-menu-closed"><div class="menu">Start</div>
      <main><h1>Uppdragsbeskrivning</h1><p>Text.</p></main></div>
      """)
    #expect(try lines(html) == ["Uppdragsbeskrivning", "Text."])
  }

  @Test func anArticleHeaderIsKeptAndTheSiteHeaderIsNot() throws {
    let html = Self.page(
      """
      <header><p>Region Exempel</p></header>
      <div role="main"><header><h1>Uppdragsbeskrivning</h1></header><p>Text.</p></div>
      """)
    #expect(try lines(html) == ["Uppdragsbeskrivning", "Text."])
  }

  /// Without `<main>`, `<article>` or `[role=main]`, the element named as content holding most text.
  @Test func mainContentByIdOrClass() throws {
    let html = Self.page(
      """
      <div class="menu-content">Start Vård</div>
      <div id="page-content"><h1>Uppdragsbeskrivning</h1><p>Gruppen ska samverka.</p></div>
      <div class="sidebar-content">Kort</div>
      """)
    #expect(try lines(html) == ["Uppdragsbeskrivning", "Gruppen ska samverka."])
  }

  @Test func withoutAnyMarkOfContentTheBodyIsRead() throws {
    #expect(try lines(Self.page("<h1>Titel</h1><p>Text.</p><footer>Sidfot</footer>")) == ["Titel", "Text."])
  }

  @Test func headingsH1ToH6AreBoldAndSizedAsABrowserSetsThem() throws {
    let html = Self.page((1...6).map { "<h\($0)>Rubrik \($0)</h\($0)>" }.joined() + "<p>Brödtext</p>")
    let lines = try read(html).pages[0].lines.filter { !$0.text.isEmpty }
    #expect(lines.map { $0.spans[0].font?.size } == [18, 16, 14, 12, 12, 12, 12])
    #expect(lines.map { $0.spans[0].font?.isBold } == [true, true, true, true, true, true, false])
    #expect(try blocks(html).map(\.kind) == Array(repeating: .heading, count: 6) + [.paragraph])
  }

  @Test func nestedListsGiveOneLinePerItem() throws {
    let html = Self.page(
      "<ul><li>stödja<ul><li>nationella<ol><li>djupast</li></ol></li><li>regionala</li></ul></li><li>samverka</li></ul>"
    )
    #expect(try lines(html) == ["• stödja", "• nationella", "1. djupast", "• regionala", "• samverka"])
    #expect(try blocks(html).map(\.text) == ["stödja", "nationella", "djupast", "regionala", "samverka"])
  }

  @Test func orderedListLabelsFollowStartTypeAndValue() throws {
    let html = Self.page(
      """
      <ol><li>ett</li><li>två</li></ol>
      <ol start="3"><li>tre</li><li value="7">sju</li><li>åtta</li></ol>
      <ol type="a"><li>a</li><li>b</li></ol>
      <ol type="I" start="4"><li>fyra</li></ol>
      """)
    #expect(try lines(html) == ["1. ett", "2. två", "3. tre", "7. sju", "8. åtta", "a. a", "b. b", "IV. fyra"])
  }

  @Test func tableCellsGiveOneLinePerParagraph() throws {
    let html = Self.page(
      """
      <table><tr><th>Region</th><th>Ledamot</th><th>Ersättare</th></tr>
      <tr><td>Region Kalmar län</td><td><p>Anna</p><p>Bertil</p></td><td>David</td></tr>
      <tr><td>Region Östergötland</td><td>Cecilia</td><td>Erik</td></tr></table>
      """)
    #expect(
      try lines(html) == [
        "Region", "Ledamot", "Ersättare", "Region Kalmar län", "Anna", "Bertil", "David", "Region Östergötland",
        "Cecilia", "Erik",
      ])
    #expect(try read(html).pages[0].lines[0].spans[0].font?.isBold == true)
  }

  /// A two-column table under a header row (`th`, or bold cells) is a list: one item per row,
  /// `Label: text`, the header no item and a label's own colon not doubled.
  @Test func aTaskTableGivesOneItemPerRow() throws {
    let html = Self.page(
      """
      <table><tr><th>Område</th><th>Uppdrag</th></tr>
      <tr><td>Uppföljning</td><td><p>Följa upp resultat</p><p>i registren.</p></td></tr>
      <tr><td>Kunskapsstöd:</td><td>Ta fram stöd.</td></tr></table>
      <table><tr><td><b>Område</b></td><td><strong>Uppdrag</strong></td></tr>
      <tr><td>Samverkan</td><td>Samordna regionerna.</td></tr></table>
      """)
    #expect(
      try lines(html) == [
        "• Uppföljning: Följa upp resultat i registren.", "• Kunskapsstöd: Ta fram stöd.",
        "• Samverkan: Samordna regionerna.",
      ])
    #expect(try blocks(html).map(\.kind) == [.listItem, .listItem, .listItem])
    // Without a header row, or with a list in the first column, a table is read cell by cell.
    let plain = Self.page(
      "<table><tr><td>Område</td><td>Uppdrag</td></tr><tr><td>Samverkan</td><td>Samordna.</td></tr></table>")
    #expect(try lines(plain) == ["Område", "Samverkan", "Uppdrag", "Samordna."])
  }

  /// A SiteVision page (no `<main>`, nested `sv-layout` boxes, text in `sv-text-portlet`s) is read
  /// from its content column: the menu, contact column and footer beside it are left out, and so
  /// are the toolbar, the date line and the feedback widget at the end of the column.
  @Test func aSiteVisionPageIsReadFromItsContentColumn() throws {
    let path = repositoryRoot.appendingPathComponent("Tests/MandatIngestTests/Fixtures/sitevision-mandate.html").path
    let document = try reader.read(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
    let texts = document.pages[0].lines.map(\.text).filter { !$0.isEmpty }
    #expect(
      texts.first == "Uppdragsbeskrivning för regional samverkansgrupp hjärtsjukvård i Sydöstra sjukvårdsregionen")
    #expect(texts.last == "Respektive region finansierar sina deltagare.")
    #expect(texts.count == 17)
    #expect(document.metadata["modified"] == "2024-03-18")
    guard case .mandates(let mandates) = Extractor(readers: Readers.all).extract(path: path) else {
      Issue.record("not read as a mandate")
      return
    }
    #expect(mandates.map(\.group?.name) == ["hjärtsjukvård"])
    #expect(mandates[0].generalTasks.count == 3)
    #expect(mandates[0].sections.last?.text == "Respektive region finansierar sina deltagare.")
    #expect(mandates[0].document.modified == "2024-03-18")
  }

  /// The page's own matter inside the content is left out by its shape and words, whatever its
  /// class: a label line (its date kept), a toolbar of buttons' words, a widget with controls.
  @Test func pageMetadataInsideTheContentIsLeftOut() throws {
    let html = Self.page(
      """
      <main><h1>Uppdragsbeskrivning</h1><p>Uppdaterad rutin ska tas fram.</p><p>Publicerad 5 maj 2023</p>
      <ul><li><a href="#">Skriv ut</a></li><li><a href="#">Dela:</a></li></ul>
      <div><p>Var sidan till hjälp?</p><input type="radio" name="n"> Ja <input type="radio" name="n"> Nej</div>
      <p>Sidansvarig: Anna Andersson, Region Exempel</p>
      <section><h2>Hittade du det du sökte?</h2><a href="?svar=ja">Ja</a> <a href="?svar=nej">Nej</a></section></main>
      """)
    #expect(try lines(html) == ["Uppdragsbeskrivning", "Uppdaterad rutin ska tas fram."])
    #expect(try read(html).metadata["modified"] == "2023-05-05")
  }

  /// A row of headings over one row of cells is read column by column, as its PDF is.
  @Test func aHeadingRowOverOneRowIsReadAsColumns() throws {
    let html = Self.page(
      """
      <table><thead><tr><th>Patient och vårdteam</th><th>Nationell nivå</th></tr></thead>
      <tbody><tr><td><ul><li>Utgår från kunskap</li></ul></td><td><ul><li>Utvecklar stöd</li></ul></td></tr></tbody></table>
      """)
    #expect(try lines(html) == ["Patient och vårdteam", "• Utgår från kunskap", "Nationell nivå", "• Utvecklar stöd"])
  }

  @Test func lineBreaksMakeLinesOfOneParagraph() throws {
    let html = Self.page(
      "<p>Regionerna ska<br>samverka i<br/>frågor om vård.<br>• och detta är en punkt</p><p>Nästa.</p>")
    let document = try read(html)
    let lines = document.pages[0].lines.filter { !$0.text.isEmpty }
    #expect(
      lines.map(\.text) == ["Regionerna ska", "samverka i", "frågor om vård.", "• och detta är en punkt", "Nästa."])
    #expect(lines.map(\.sourceLine) == [1, 1, 1, 1, 2])
    let blocks = Layout().analyze(document).blocks
    #expect(blocks.map(\.text) == ["Regionerna ska samverka i frågor om vård.", "och detta är en punkt", "Nästa."])
    #expect(blocks.map(\.kind) == [.paragraph, .listItem, .paragraph])
    #expect(blocks.map(\.source.lines) == [[1, 1], [1, 1], [2, 2]])
  }

  @Test func declaredISO88591IsHonoured() throws {
    let page = Self.page("<p>Samverkansnämnden i Östergötland</p>")
      .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
      .replacingOccurrences(
        of: "<head>", with: "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
    let bytes = try #require(page.data(using: .isoLatin1))
    #expect(
      try reader.read(bytes, path: "latin1.html").pages[0].lines.map(\.text) == ["Samverkansnämnden i Östergötland"])
    let withCharset = try #require(
      page.replacingOccurrences(
        of: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        with: "<meta charset=\"ISO-8859-1\">"
      ).data(using: .isoLatin1))
    #expect(
      try reader.read(withCharset, path: "latin1.html").pages[0].lines.map(\.text) == [
        "Samverkansnämnden i Östergötland"
      ])
  }

  @Test func entitiesAreDecodedAndSoftHyphensDropped() throws {
    let html = Self.page("<p>Sj&ouml;&shy;v&auml;gen&nbsp;3 &amp; J&#246;nk&#xF6;ping &ndash; sjuk\u{00AD}vård</p>")
    #expect(try lines(html) == ["Sjövägen\u{00A0}3 & Jönköping – sjukvård"])
  }

  @Test func malformedHTMLIsReadAsABrowserReadsItWithAWarning() throws {
    let html = Self.page(
      "<main><h1>Uppdrag</h1></div><ul><li><b><i>stödja</b></i> regionerna<li>samverka</ul><p>Text.</main>")
    let document = try read(html)
    #expect(
      document.pages[0].lines.map(\.text).filter { !$0.isEmpty } == [
        "Uppdrag", "• stödja regionerna", "• samverka", "Text.",
      ])
    #expect(
      document.warnings == [
        "malformed HTML (3 problems, the first on line 1: Unexpected end tag : div); read as a browser reads it"
      ])
  }

  /// The corpus's malformed page (the reference mandate's, carelessly edited) is the same mandate.
  @Test func malformedCorpusPageGivesTheReferenceMandate() throws {
    let extractor = Extractor(readers: Readers.all)
    let outcomes = ["Corpus/broken/malformed.html", "Corpus/mandates/rsg-vaccinationer.html"].map {
      extractor.extract(path: repositoryRoot.appendingPathComponent($0).path)
    }
    guard case .mandates(let malformed) = outcomes[0], case .mandates(let good) = outcomes[1] else {
      Issue.record("expected mandates, got \(outcomes)")
      return
    }
    #expect(malformed.map(\.withoutProvenance.withoutWarnings) == good.map(\.withoutProvenance))
    #expect(malformed.first?.warnings.first?.hasPrefix("malformed HTML (") == true)
  }

  /// HTML5 elements unknown to libxml2's HTML 4 parser do not make a page malformed.
  @Test func wellFormedHTML5HasNoWarning() throws {
    let html = Self.page(
      "<header><nav>Meny</nav></header><main><article><section><h1>Titel</h1><p>Text.</p></section></article></main>")
    #expect(try read(html).warnings == [])
  }

  @Test func titleAndAuthorAreMetadata() throws {
    let html = Self.page("<p>Text.</p>").replacingOccurrences(
      of: "<title>T</title>", with: "<title> Uppdrag  RSG </title><meta name=\"author\" content=\"Staben\">")
    #expect(try read(html).metadata == ["title": "Uppdrag RSG", "author": "Staben"])
  }

  /// Only a page with no text a browser shows is empty; one whose text is all in its menus is
  /// read whole (``ReliabilityTests/aPageWhoseTextIsAllInChromeIsReadWhole()``).
  @Test func aPageWithoutTextIsEmpty() {
    #expect(throws: ReadError.empty(path: "tom.html")) {
      try reader.read(Data(Self.page("<main> </main><script>var meny = 1;</script>").utf8), path: "tom.html")
    }
  }

  /// An HTML page named `.dat` is read as HTML: the content decides, not the name.
  @Test func formatIsChosenByContent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandat-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("uppdrag.dat")
    try Data(("\u{FEFF}  \n" + Self.page("<p>Text.</p>").uppercased()).utf8).write(to: file)
    let (_, document) = try Extractor(readers: Readers.all).read(path: file.path)
    #expect(document.format == .html)
    #expect(InputFormat.detect(Data("<!doctype html><p>x".utf8)) == .html)
    #expect(InputFormat.detect(Data("  <HTML lang=sv>".utf8)) == .html)
    #expect(InputFormat.detect(Data("<header> is a tag".utf8)) == .text)
    #expect(InputFormat.detect(Data("Uppdrag <html>".utf8)) == .text)
  }
}

extension Mandate {
  fileprivate var withoutWarnings: Mandate {
    var copy = self
    copy.warnings = []
    return copy
  }
}
