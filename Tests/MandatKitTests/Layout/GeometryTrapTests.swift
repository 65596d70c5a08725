import Testing

@testable import MandatKit

/// Lists, tables and contents known from where their text stands, on small hand-made pages:
/// what a producer drew as a shape or a ruled table leaves only positions in the text layer.
@Suite struct GeometryTrapTests {
  /// A line spanning exactly x0…x1 at a height, 10 pt text 12 pt high.
  static func line(_ text: String, _ x0: Double, _ x1: Double, y: Double, bold: Bool = false) -> Line {
    let box = Box(x0: x0, y0: y, x1: x1, y1: y + 12)
    let font = Font(name: bold ? "Body-Bold" : "Body", size: 10, isBold: bold, isItalic: false)
    return Line(spans: [Span(text: text, font: font, box: box)], box: box)
  }

  static func blocks(_ lines: [Line]) -> [Block] {
    Fixture.blocks(Fixture.pdf([Fixture.page(1, lines)]))
  }

  /// Bullets drawn as shapes: the items stand set in from the edge, each ending where the line
  /// above stops short; an item's wrapped line starts where its text does.
  @Test func itemsKnownByTheirIndentation() {
    let blocks = Self.blocks([
      Self.line("Gruppen ska bland annat arbeta med följande uppgifter i regionen:", 72, 400, y: 100),
      Self.line("följa upp resultaten i de nationella kvalitetsregistren och återkoppla", 100, 520, y: 120),
      Self.line("dem till regionerna", 100, 210, y: 134),
      Self.line("stödja införandet av vårdförlopp", 100, 290, y: 148),
      Self.line("Gruppen rapporterar varje år till styrgruppen om hur arbetet har gått.", 72, 500, y: 170),
      Self.line("Rapporten lämnas senast i mars och publiceras på webbplatsen.", 72, 440, y: 184),
    ])
    #expect(blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .paragraph])
    #expect(
      blocks.map(\.text) == [
        "Gruppen ska bland annat arbeta med följande uppgifter i regionen:",
        "följa upp resultaten i de nationella kvalitetsregistren och återkoppla dem till regionerna",
        "stödja införandet av vårdförlopp",
        "Gruppen rapporterar varje år till styrgruppen om hur arbetet har gått. Rapporten lämnas senast i mars och publiceras på webbplatsen.",
      ])
  }

  /// A paragraph whose first line is set in and whose next line goes back to the edge is a
  /// paragraph; so is a one-line paragraph set in as far, and an indented quotation alone.
  @Test func indentedFirstLinesAreParagraphs() {
    let blocks = Self.blocks([
      Self.line("Bakgrund", 72, 130, y: 80, bold: true),
      Self.line("Regionerna samverkar sedan länge i frågor som kräver ett större befolk-", 72, 520, y: 100),
      Self.line("ningsunderlag, och gruppen bildades för att samordna arbetet.", 72, 400, y: 114),
      Self.line("Samverkan regleras i ett avtal mellan regionerna som förnyas vart", 90, 520, y: 128),
      Self.line("fjärde år och följs upp av nämnden varje höst.", 72, 380, y: 142),
      Self.line("Avtalet gäller till och med år 2027.", 90, 300, y: 156),
    ])
    #expect(blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
  }

  /// A two-column table read row by row: each row an entry `label: text`, its wrapped cell
  /// joined, the bold header row left out, not the labels' column and then the tasks'.
  @Test func taskTableReadRowByRow() {
    let blocks = Self.blocks([
      Self.line("Specifikt uppdrag", 72, 170, y: 80, bold: true),
      Self.line("Område", 80, 120, y: 100, bold: true), Self.line("Uppdrag", 200, 245, y: 100, bold: true),
      Self.line("Vårdförlopp", 80, 140, y: 122), Self.line("Stödja regionernas införande av vård-", 200, 500, y: 122),
      Self.line("förloppet för diabetes.", 200, 320, y: 136),
      Self.line("Diabetesfoten", 80, 150, y: 158), Self.line("Verka för fotteam i alla regioner.", 200, 420, y: 158),
    ])
    #expect(blocks.map(\.kind) == [.heading, .listItem, .listItem])
    #expect(
      blocks.dropFirst().map(\.text) == [
        "Vårdförlopp: Stödja regionernas införande av vårdförloppet för diabetes.",
        "Diabetesfoten: Verka för fotteam i alla regioner.",
      ])
  }

  /// A table cut by the page's foot after its bold header and one row, set without padding:
  /// the header names the columns, the row is an entry.
  @Test func boldHeaderOverOneRow() {
    let blocks = Self.blocks([
      Self.line("Område", 80, 120, y: 700, bold: true), Self.line("Uppdrag", 200, 245, y: 700, bold: true),
      Self.line("Diabetes typ 1", 80, 150, y: 714), Self.line("Verka för att glukosmätning erbjuds", 200, 420, y: 714),
    ])
    #expect(blocks.map(\.text) == ["Diabetes typ 1: Verka för att glukosmätning erbjuds"])
    #expect(blocks.map(\.kind) == [.listItem])
  }

  /// A cover's metadata table of bold labels beside their values, set without padding, reads
  /// as label–value pairs.
  @Test func metadataTableOfBoldLabels() {
    let blocks = Self.blocks([
      Self.line("Dokumenttyp", 72, 140, y: 300, bold: true), Self.line("Uppdragsbeskrivning", 220, 320, y: 300),
      Self.line("Diarienummer", 72, 145, y: 314, bold: true), Self.line("RS 2024/118", 220, 280, y: 314),
      Self.line("Giltig till", 72, 120, y: 328, bold: true), Self.line("2026-12-31", 220, 275, y: 328),
    ])
    #expect(
      blocks.map(\.text) == [
        "Dokumenttyp: Uppdragsbeskrivning", "Diarienummer: RS 2024/118", "Giltig till: 2026-12-31",
      ])
  }

  /// Text set in two columns, both full, is no table: the columns are read one after the other.
  @Test func twoColumnTextIsNoTable() {
    let blocks = Self.blocks([
      Self.line("Regionerna samverkar i frågor som kräver", 72, 290, y: 100),
      Self.line("ett större underlag och gemensamma beslut.", 72, 290, y: 114),
      Self.line("Gruppen rapporterar till styrgruppen varje", 310, 520, y: 100),
      Self.line("år och lämnar förslag till verksamhetsplan.", 310, 520, y: 114),
    ])
    #expect(
      blocks.map(\.text) == [
        "Regionerna samverkar i frågor som kräver ett större underlag och gemensamma beslut.",
        "Gruppen rapporterar till styrgruppen varje år och lämnar förslag till verksamhetsplan.",
      ])
  }

  /// Each line of a table of contents is a line of its own, however wide.
  @Test func contentsLinesStandAlone() {
    let blocks = Self.blocks([
      Self.line("1 Bakgrund . . . . . . . . . . . . . . . . . . . . . . . . . . . 2", 72, 520, y: 100),
      Self.line("2 Uppdrag ............................................ 3", 72, 520, y: 114),
      Self.line("2.1 Generellt uppdrag …………………………………………… 3", 72, 520, y: 128),
    ])
    #expect(blocks.count == 3)
    #expect(BlockBuilder.isContentsLine("3 Organisation . . . . 4"))
    #expect(!BlockBuilder.isContentsLine("Gruppen träffas 4"))
  }

  /// A heading's number set apart from it at the top of a page is the heading's, not a page
  /// number; a number alone there is a page number.
  @Test func headingNumberAtTheTopIsNoPageNumber() {
    let laidOut = Layout().analyze(
      Fixture.pdf([
        Fixture.page(
          1,
          [
            Self.line("8", 72, 78, y: 60, bold: true), Self.line("Mötesformer", 92, 170, y: 60, bold: true),
            Self.line("Gruppen träffas fyra gånger per år.", 72, 300, y: 90),
            Self.line("3", 290, 296, y: 800),
          ])
      ]))
    #expect(laidOut.blocks.first?.text == "8 Mötesformer")
    #expect(laidOut.runningMatter.map(\.text) == ["3"])
  }

  /// Bullets that never begin a word open an item with no space after them; a glyph of a
  /// symbol font opens one whatever character it maps to.
  @Test func bulletsWithoutSpace() {
    #expect(ListMarker.itemText("•erbjudas vård") == "erbjudas vård")
    #expect(ListMarker.itemText("\u{F0B7}följa upp") == "följa upp")
    #expect(ListMarker.itemText("►samordna") == "samordna")
    #expect(ListMarker.itemText("-19 fall") == nil)
    #expect(ListMarker.itemText("ovanligt") == nil)
    let symbol = Line(
      spans: [
        Span(text: "l", font: Font(name: "Wingdings-Regular", size: 10, isBold: false, isItalic: false)),
        Span(text: " stödja regionerna", font: Font(name: "Body", size: 10, isBold: false, isItalic: false)),
      ])
    #expect(ListMarker.symbolFontBulletRead(symbol).text == "• stödja regionerna")
  }

  /// Boxes no page holds are dropped, not reasoned on: the line is still read.
  @Test func unusableBoxesAreDropped() {
    let infinite = Box(x0: 72, y0: .infinity, x1: 300, y1: .infinity)
    let line = Line(spans: [Span(text: "Gruppen ska samordna arbetet.", box: infinite)], box: infinite)
    let blocks = Self.blocks([Self.line("Inledning", 72, 130, y: 80, bold: true), line])
    #expect(blocks.map(\.text) == ["Inledning", "Gruppen ska samordna arbetet."])
  }

  /// A line of two runs, as the reader gives a line joining two cells over their padding.
  static func joinedCells(_ left: String, _ leftX: ClosedRange<Double>, _ right: String, _ rightX0: Double, y: Double)
    -> Line
  {
    let font = Font(name: "Body", size: 10, isBold: false, isItalic: false)
    let first = Box(x0: leftX.lowerBound, y0: y, x1: leftX.upperBound, y1: y + 12)
    let second = Box(x0: rightX0, y0: y, x1: 520, y1: y + 12)
    return Line(
      spans: [Span(text: left + " ", font: font, box: first), Span(text: right, font: font, box: second)],
      box: first.union(second))
  }

  /// A browser's table: the labels centred in their rows (halfway between two lines of the
  /// task beside them), the rows apart by a few points, and a label that fills its cell run
  /// together with its task by the reader, parted where the columns part.
  @Test func tableWithCentredLabelsAndNarrowPadding() {
    let blocks = Self.blocks([
      Self.line("Område", 72, 110, y: 80, bold: true), Self.line("Uppdrag", 300, 345, y: 80, bold: true),
      Self.line("samordna regionernas arbete med medicinsk teknik och verka", 146, 520, y: 98),
      Self.line("Samordning", 66, 120, y: 105),
      Self.line("för gemensamma arbetssätt", 146, 300, y: 111),
      Self.joinedCells("Kompetens och", 66...141, "främja samverkan mellan regionernas avdelningar", 146, y: 129),
      Self.line("service", 66, 100, y: 142), Self.line("kring kompetensförsörjning", 146, 320, y: 142),
      Self.line("bereda underlag för gemensamma investeringar i kostsam", 146, 520, y: 160),
      Self.line("Investeringar", 66, 130, y: 167),
      Self.line("medicinsk teknik", 146, 250, y: 173),
    ])
    #expect(
      blocks.map(\.text) == [
        "Samordning: samordna regionernas arbete med medicinsk teknik och verka för gemensamma arbetssätt",
        "Kompetens och service: främja samverkan mellan regionernas avdelningar kring kompetensförsörjning",
        "Investeringar: bereda underlag för gemensamma investeringar i kostsam medicinsk teknik",
      ])
    #expect(blocks.allSatisfy { $0.kind == .listItem })
  }

  /// A box of columns whose first column starts at the margin, followed by headings at the
  /// margin and then text across the page: the headings follow the box, they are not the
  /// end of its first column; a column whose text runs on alone after the others is read as
  /// a column.
  @Test func headingsAfterColumnsAtTheMargin() {
    let box = [
      Self.line("Patient", 72, 120, y: 80, bold: true), Self.line("Region", 250, 300, y: 80, bold: true),
      Self.line("• Utgår från kunskap", 72, 200, y: 100), Self.line("• Stöder införande", 250, 380, y: 100),
      Self.line("• Anpassar arbetet", 72, 190, y: 114), Self.line("• Sätter mål", 250, 330, y: 114),
      Self.line("• Efterfrågar stöd", 72, 185, y: 128),
    ]
    let blocks = Self.blocks(
      box + [
        Self.line("Utgångspunkter", 72, 170, y: 160, bold: true),
        Self.line(
          "Gruppen arbetar utifrån de nationella riktlinjerna för vård och omsorg i regionerna.", 72, 520, y: 180),
      ])
    #expect(blocks.map(\.text).suffix(3) == ["Sätter mål", "Utgångspunkter", blocks.last!.text])
    let running = Self.blocks(box + [Self.line("Gruppen träffas varje månad", 72, 240, y: 160)])
    #expect(running.map(\.text)[4] == "Gruppen träffas varje månad")
  }

  /// A run-in heading, bold and closed by a colon or a full stop, is a heading of its own;
  /// a numbered line set larger than the body (or bold in capitals) is a heading, not an item.
  @Test func runInAndNumberedHeadingsBySetting() {
    let bold = Font(name: "Body-Bold", size: 10, isBold: true, isItalic: false)
    let body = Font(name: "Body", size: 10, isBold: false, isItalic: false)
    let runIn = Line(
      spans: [
        Span(text: "Syfte:", font: bold, box: Box(x0: 72, y0: 130, x1: 100, y1: 142)),
        Span(text: " Gruppen ska bidra till en jämlik vård.", font: body, box: Box(x0: 103, y0: 130, x1: 300, y1: 142)),
      ], box: Box(x0: 72, y0: 130, x1: 300, y1: 142))
    let numbered = Line(
      spans: [Span(text: "3. VÄGLEDANDE PRINCIPER", font: bold, box: Box(x0: 72, y0: 160, x1: 230, y1: 172))],
      box: Box(x0: 72, y0: 160, x1: 230, y1: 172))
    let blocks = Self.blocks([
      Self.line("Gruppen har funnits sedan 2019 och samlar alla regioner.", 72, 400, y: 100),
      runIn, numbered, Self.line("1. samordna arbetet", 72, 200, y: 180),
    ])
    #expect(blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .heading, .listItem])
    #expect(
      blocks.map(\.text)[1...3] == ["Syfte", "Gruppen ska bidra till en jämlik vård.", "3. VÄGLEDANDE PRINCIPER"])
  }

  /// A justified page's lines reach its own measure: a word broken at the line's end goes on
  /// in the next line's paragraph, though a cover page elsewhere runs wider.
  @Test func aJustifiedPageShowsItsOwnMeasure() {
    let cover = Fixture.page(1, [Self.line("Uppdragsbeskrivning för regional samverkansgrupp cancer", 72, 560, y: 100)])
    let text = Fixture.page(
      2,
      [
        Self.line("Gruppen bildades för att samla regionernas arbete med cancervården och", 90, 506, y: 100),
        Self.line("för att ge de fyra regionerna ett gemensamt forum för att länka sam-", 90, 506, y: 114),
        Self.line("man det nationella programområdet med regionernas egna programom-", 90, 506, y: 128),
        Self.line("råden och med verksamheterna i regionerna.", 90, 330, y: 142),
      ])
    let blocks = Fixture.blocks(Fixture.pdf([cover, text]))
    #expect(blocks.count == 2)
    #expect(blocks.last?.text.contains("länka samman det nationella programområdet") == true)
  }

  /// Slides fit their text to the box, each page its own size: a line as large as the rest of
  /// its page is text there, however large beside the document's body; the slide's title,
  /// larger still, is its heading.
  @Test func slideTextLargerThanTheDocumentsBodyIsText() {
    let small = (0..<8).map {
      Fixture.line("Gruppen rapporterar varje år till beredningsgruppen.", x: 43, y: 100 + Double($0) * 20, size: 16)
    }
    let large = [
      Fixture.line("Ordförandeskap", x: 380, y: 40, size: 28, bold: true),
      Fixture.line("Ordföranden är anställd i Region Västerbotten och roterar vartannat år.", x: 43, y: 103, size: 20),
      Fixture.line("Ordföranden ska", x: 43, y: 155, size: 20),
      Fixture.line("• leda programområdets arbete och ansvara för att uppdraget fullföljs", x: 43, y: 182, size: 20),
      Fixture.line("• planera och leda möten i samråd med processledaren", x: 43, y: 210, size: 20),
    ]
    let blocks = Fixture.blocks(Fixture.pdf([Fixture.page(1, small), Fixture.page(2, large)]))
    #expect(blocks.filter { $0.kind == .heading }.map(\.text) == ["Ordförandeskap"])
    #expect(blocks.suffix(3).map(\.kind) == [.paragraph, .listItem, .listItem])
  }

  /// A bold header over rows of one line each, the labels names (a member table), is a table
  /// although its labels are as wide as its values.
  @Test func memberTableUnderABoldHeader() {
    let blocks = Self.blocks([
      Self.line("Organisation", 74, 133, y: 100, bold: true),
      Self.line("Antal ledamöter", 301, 373, y: 100, bold: true),
      Self.line("Region Skåne", 74, 134, y: 118), Self.line("fyra ledamöter", 301, 362, y: 118),
      Self.line("Region Blekinge", 74, 143, y: 136), Self.line("två ledamöter", 301, 359, y: 136),
      Self.line("Region Kronoberg", 74, 151, y: 154), Self.line("två ledamöter", 301, 359, y: 154),
    ])
    #expect(
      blocks.map(\.text) == [
        "Region Skåne: fyra ledamöter", "Region Blekinge: två ledamöter", "Region Kronoberg: två ledamöter",
      ])
  }

  /// A line ending in a hyphen goes on in the next however short it stopped: a date broken at
  /// its hyphen is one paragraph, the date whole.
  @Test func aLineEndingInAHyphenGoesOn() {
    let blocks = Self.blocks([
      Self.line("Uppdragsbeskrivningen ersätter den som fastställdes 2021-06-", 72, 420, y: 100),
      Self.line("10. Den gäller i tre år.", 72, 200, y: 114),
      Self.line(
        "Den som läser den ser vad som gäller för gruppen och dess ordförande fram till dess.", 72, 520, y: 140),
    ])
    #expect(
      blocks.first?.text == "Uppdragsbeskrivningen ersätter den som fastställdes 2021-06-10. Den gäller i tre år.")
  }

  /// Word's tables with no space between rows: a label that stopped short of its column starts
  /// a row of its own; the table goes on over the page break without its header (known by
  /// where its columns start), and a bold heading of the first column between it and the next
  /// table starts that one.
  @Test func tablesWithoutRowSpaceOverAPageBreak() {
    let first = [
      Self.line("Roll", 90, 108, y: 620, bold: true), Self.line("Organisation", 306, 365, y: 620, bold: true),
      Self.line("Ordförande", 90, 142, y: 634), Self.line("verksamhetschef, Region Kalmar län", 306, 468, y: 634),
      Self.line("Ledamot", 90, 129, y: 646), Self.line("verksamhetschef ortopedi, Region Jönköpings", 306, 511, y: 646),
      Self.line("län", 306, 320, y: 658),
    ]
    let second = [
      Self.line("Processledare", 90, 152, y: 72), Self.line("Regionsamverkan sydost", 306, 417, y: 72),
      Self.line("Patientrepresentant", 90, 180, y: 84), Self.line("utses av patientföreningarna", 306, 434, y: 84),
      Self.line("Regler för ordförandeskap", 90, 221, y: 120, bold: true),
      Self.line("Regel", 90, 115, y: 148, bold: true), Self.line("Innebörd", 306, 348, y: 148, bold: true),
      Self.line("Anställning", 90, 140, y: 162),
      Self.line("Ordföranden är anställd i Region Kalmar län.", 306, 500, y: 162),
      Self.line("Rotation", 90, 128, y: 176), Self.line("Ordförandeskapet roterar vartannat år.", 306, 480, y: 176),
    ]
    let blocks = Fixture.blocks(Fixture.pdf([Fixture.page(1, first), Fixture.page(2, second)]))
    #expect(
      blocks.map(\.text) == [
        "Ordförande: verksamhetschef, Region Kalmar län",
        "Ledamot: verksamhetschef ortopedi, Region Jönköpings län",
        "Processledare: Regionsamverkan sydost", "Patientrepresentant: utses av patientföreningarna",
        "Regler för ordförandeskap",
        "Anställning: Ordföranden är anställd i Region Kalmar län.",
        "Rotation: Ordförandeskapet roterar vartannat år.",
      ])
  }
}
