import Testing

@testable import MandatKit

/// A cover page with a metadata table, a contents page and the title printed again where the
/// text begins, built as blocks (what Layout makes of a PDF, a Word file or a web page alike).
@Suite struct FrontMatterTests {
  static let title = "Uppdragsbeskrivning för regional samverkansgrupp läkemedel i Sydöstra sjukvårdsregionen"

  static func block(_ kind: Block.Kind, _ text: String, page: Int) -> Block {
    Block(kind: kind, text: text, source: SourceRef(page: page))
  }

  /// The cover's table read row by row (a web page, a Word file) or column by column.
  static func document(table: [String]) -> [Block] {
    [block(.heading, title, page: 1)] + table.map { block(.paragraph, $0, page: 1) }
      + [
        block(.heading, "Innehåll", page: 2),
        block(.paragraph, "1 Bakgrund ........ 3", page: 2),
        block(.paragraph, "2 Uppdrag ........ 3 2.1 Generellt uppdrag ........ 3", page: 2),
        block(.paragraph, "3 Finansiering ........ 4", page: 2),
        block(.heading, title, page: 3),
        block(.heading, "1 Bakgrund", page: 3),
        block(.paragraph, "Gruppen bildades 2019.", page: 3),
        block(.heading, "2 Uppdrag", page: 3),
        block(.heading, "2.1 Generellt uppdrag", page: 3),
        block(.listItem, "stödja regionala programområden", page: 3),
        block(.heading, "3 Finansiering", page: 4),
        block(.paragraph, "Respektive region finansierar sina deltagare.", page: 4),
      ]
  }

  static let rows = [
    "Dokumenttyp", "Uppdragsbeskrivning", "Fastställd av", "Regionsjukvårdsledningen", "Datum", "2024-03-12",
    "Diarienummer", "RS 2024/118", "Giltig till", "2026-12-31",
  ]

  func mandates(_ blocks: [Block]) -> [Mandate] {
    let laidOut = LaidOutDocument(
      blocks: blocks, runningMatter: [], hyphens: [], metadata: [:], warnings: [], pageCount: 4)
    guard case .mandates(let parts) = MandateDetector().detect(laidOut) else { return [] }
    let source = SourceFile(file: "x.pdf", sha256: "", format: .pdf, pages: 4)
    return parts.map {
      MandateParser().parse($0, source: source, document: DocumentInfo(runningMatter: [], metadata: [:]))
    }
  }

  @Test func coverAndContentsAreTheDocumentsFrontMatter() throws {
    let found = mandates(Self.document(table: Self.rows))
    #expect(found.count == 1)
    let mandate = try #require(found.first)
    #expect(mandate.title == Self.title)
    #expect(mandate.document.documentType == "Uppdragsbeskrivning")
    #expect(mandate.document.adoptedBy == "Regionsjukvårdsledningen")
    #expect(mandate.document.adopted == "2024-03-12")
    #expect(mandate.document.diarienummer == "RS 2024/118")
    #expect(mandate.document.validUntil == "2026-12-31")
    #expect(mandate.sections.map(\.key) == ["background", "tasks", "generalTasks", "financing"])
    #expect(mandate.sections.map(\.heading) == ["Bakgrund", "Uppdrag", "Generellt uppdrag", "Finansiering"])
    #expect(mandate.sections.map(\.number) == ["1", "2", "2.1", "3"])
    #expect(mandate.sections[0].text == "Gruppen bildades 2019.")
    let blocks = Self.document(table: Self.rows)
    let expected: [String?] = [nil] + Array(repeating: "document", count: 14) + [nil, "background"]
    #expect(Array(MandateParser().placement(of: blocks).prefix(17)) == expected)
  }

  /// Coverage is measured over the text that lands in the title and sections: the front matter
  /// is left out of it, the title itself is not.
  @Test func textBlocksLeaveTheFrontMatterOut() {
    let blocks = Self.document(table: Self.rows)
    #expect(MandateParser().textBlocks(of: blocks) == [blocks[0]] + blocks[16...])
  }

  /// All of the text blocks' words land in the mandate: the sections' numbers count too.
  @Test func textBlocksAreCoveredWholly() throws {
    let blocks = Self.document(table: Self.rows)
    let mandate = try #require(mandates(blocks).first)
    let score = DocumentScore(
      document: "x.pdf", gold: [], extracted: [mandate], body: MandateParser().textBlocks(of: blocks))
    #expect(score.coverage == 1)
  }

  @Test func aTableReadColumnByColumnPairsLabelsAndValuesInOrder() throws {
    let columns =
      stride(from: 0, to: Self.rows.count, by: 2).map { Self.rows[$0] }
      + stride(from: 1, to: Self.rows.count, by: 2).map { Self.rows[$0] }
    let mandate = try #require(mandates(Self.document(table: columns)).first)
    #expect(mandate.document.adoptedBy == "Regionsjukvårdsledningen")
    #expect(mandate.document.validUntil == "2026-12-31")
    #expect(mandate.sections.first?.key == "background")
  }

  @Test func aLabelWithItsValueInOneLine() throws {
    let mandate = try #require(
      mandates(
        Self.document(table: ["Dokumenttyp: Uppdragsbeskrivning", "Version 3", "Ansvarig Kunskapsstyrningsenheten"])
      )
      .first)
    #expect(mandate.document.documentType == "Uppdragsbeskrivning")
    #expect(mandate.document.version == "3")
    #expect(mandate.document.responsible == "Kunskapsstyrningsenheten")
  }

  /// Text before the first heading that is no metadata stays the mandate's text: a sentence
  /// opening with a label's word, and a date that is not one.
  @Test func textThatIsNoMetadataStaysText() throws {
    let blocks = [
      Self.block(.heading, Self.title, page: 1),
      Self.block(.paragraph, "Datum för nästa revision beslutas av Regionsjukvårdsledningen", page: 1),
      Self.block(.paragraph, "Datum", page: 1),
      Self.block(.paragraph, "Gäller tills vidare.", page: 1),
      Self.block(.heading, "Finansiering", page: 1),
      Self.block(.paragraph, "Delad.", page: 1),
    ]
    let mandate = try #require(mandates(blocks).first)
    #expect(mandate.document.adopted == nil)
    #expect(
      mandate.sections.map(\.text) == [
        "Datum för nästa revision beslutas av Regionsjukvårdsledningen Datum Gäller tills vidare.", "Delad.",
      ])
  }

  /// The same title after a mandate's lists is a second copy of it, not its text's first page;
  /// and two titles that differ stay two mandates.
  @Test func aTitleAfterListsOrAnotherTitleOpensAMandate() {
    let copy = [
      Self.block(.heading, Self.title, page: 1), Self.block(.heading, "Generellt uppdrag", page: 1),
      Self.block(.listItem, "samverka", page: 1),
    ]
    #expect(mandates(copy + copy).count == 2)
    let other = [Self.block(.heading, "Uppdragsbeskrivning för RSG vaccinationer", page: 2)] + copy.dropFirst()
    #expect(mandates(copy + other).map(\.title) == [Self.title, "Uppdragsbeskrivning för RSG vaccinationer"])
  }

  /// The title printed again further on (a page's top the running headers did not take) is
  /// the title, not text of the section it falls in.
  @Test func theTitleAgainAfterAHeadingIsNoText() throws {
    let blocks = [
      Self.block(.heading, Self.title, page: 1), Self.block(.heading, "Bakgrund", page: 1),
      Self.block(.paragraph, "Gruppen bildades 2019.", page: 1), Self.block(.paragraph, Self.title, page: 2),
      Self.block(.paragraph, "Den samordnar läkemedelsfrågor.", page: 2),
    ]
    let mandate = try #require(mandates(blocks).first)
    #expect(mandate.sections.map(\.text) == ["Gruppen bildades 2019. Den samordnar läkemedelsfrågor."])
    #expect(MandateParser().placement(of: blocks) == [nil, "background", "background", nil, "background"])
  }

  @Test func contentsLines() {
    func line(_ text: String, _ kind: Block.Kind = .paragraph, page: Int = 2, after heading: Int? = nil) -> Bool {
      FrontMatter.isContentsLine(Self.block(kind, text, page: page), contentsHeadingPage: heading)
    }
    #expect(line("2.1 Generellt uppdrag ........ 3"))
    #expect(line("Bakgrund . . . . 2", .heading))
    #expect(line("1 Bakgrund 2 2 Uppdrag 3", page: 3, after: 2))
    #expect(line("Bakgrund", .listItem, after: 2))
    // Without a contents heading a page number alone makes no contents line, and a sentence,
    // a heading or a line on a later page without a page number never does.
    #expect(!line("1 Bakgrund 2"))
    #expect(!line("Gruppen möts 4 gånger per år.", after: 2))
    #expect(!line("Bakgrund", .heading, after: 2))
    #expect(!line("1 Bakgrund", page: 3, after: 2))
  }

}
