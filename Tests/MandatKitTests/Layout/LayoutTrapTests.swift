import Testing

@testable import MandatKit

/// One test per trap of real mandate layouts, each on a small hand-made page, so that a
/// regression names the rule that broke.
@Suite struct LayoutTrapTests {
  /// Two pages, each with a running header and a page-number footer around its body lines,
  /// laid out.
  static func twoPages(_ first: [Line], _ second: [Line]) -> LaidOutDocument {
    let pages = [first, second].enumerated().map { index, body in
      Fixture.page(
        index + 1,
        [Fixture.line("Sydöstra sjukvårdsregionen", x: 72, y: 30, size: 9)] + body
          + [Fixture.line("Sida \(index + 1) av 2", x: 480, y: 800, size: 9)])
    }
    return Layout().analyze(Fixture.pdf(pages))
  }

  /// A line of text spanning exactly x0…x1, for column layouts.
  static func line(_ text: String, x0: Double, x1: Double, y: Double) -> Line {
    let box = Box(x0: x0, y0: y, x1: x1, y1: y + 13)
    let font = Font(name: "DejaVuSerif", size: 10, isBold: false, isItalic: false)
    return Line(spans: [Span(text: text, font: font, box: box)], box: box)
  }

  @Test func itemSplitByAPageBreakContinuesOverFooterAndHeader() {
    let laidOut = Self.twoPages(
      [Fixture.line("• stödja en ordnad implementering av nya nationella", x: 90, y: 700)],
      [
        Fixture.line("vaccinationsprogram i hela sjukvårdsregionen", x: 102, y: 100),
        Fixture.line("• omvärldsbevaka proaktivt", x: 90, y: 114),
      ])
    #expect(
      laidOut.blocks.map(\.text) == [
        "stödja en ordnad implementering av nya nationella vaccinationsprogram i hela sjukvårdsregionen",
        "omvärldsbevaka proaktivt",
      ])
    #expect(laidOut.blocks.map(\.kind) == [.listItem, .listItem])
    #expect(laidOut.runningMatter.map(\.page) == [1, 1, 2, 2])
  }

  @Test func wordSplitAcrossAPageBreakIsJoinedOverFooterAndHeader() {
    let laidOut = Self.twoPages(
      [Fixture.line("Samverkansgrupperna bereder under-", x: 72, y: 700)],
      [
        Fixture.line("lag till Regionsjukvårdsledningen.", x: 72, y: 100),
        Fixture.line("Gruppen följer upp arbetet och rapporterar årligen.", x: 72, y: 130),
      ])
    #expect(
      laidOut.blocks.map(\.text) == [
        "Samverkansgrupperna bereder underlag till Regionsjukvårdsledningen.",
        "Gruppen följer upp arbetet och rapporterar årligen.",
      ])
    #expect(
      laidOut.hyphens == [
        HyphenDecision(before: "under-", after: "lag", result: "underlag", rule: .wordBroken, page: 2)
      ])
  }

  @Test func boldHeadingOfBodySizeIsAHeading() {
    let page = Fixture.page(
      1,
      [
        Fixture.line("Mål och inriktning", x: 72, y: 100, bold: true),
        Fixture.line("Gruppen arbetar för en jämlik vård.", x: 72, y: 114),
      ])
    #expect(Fixture.blocks(Fixture.pdf([page])).map(\.kind) == [.heading, .paragraph])
  }

  @Test func headingLargerThanTheBodyIsAHeading() {
    let page = Fixture.page(
      1,
      [
        Fixture.line("Mål och inriktning", x: 72, y: 100, size: 14),
        Fixture.line("Gruppen arbetar för en jämlik vård.", x: 72, y: 120),
        Fixture.line("Den följer upp resultaten.", x: 72, y: 134),
      ])
    #expect(Fixture.blocks(Fixture.pdf([page])).map(\.kind) == [.heading, .paragraph])
  }

  @Test func ligaturesAreReadAsTheirLetters() {
    let page = Fixture.page(1, [Fixture.line("Gruppen har ﬂera speciﬁka uppdrag.", x: 72, y: 100)])
    #expect(Fixture.blocks(Fixture.pdf([page])).map(\.text) == ["Gruppen har flera specifika uppdrag."])
  }

  @Test func softHyphenInsideALineIsDropped() {
    #expect(
      Fixture.blocks(Fixture.text("Nya vaccinations\u{AD}program införs ordnat.")).map(\.text)
        == ["Nya vaccinationsprogram införs ordnat."])
  }

  @Test func noBreakSpacesAreSpaces() {
    #expect(
      Fixture.blocks(Fixture.text("Upphandlingar över 700\u{A0}000\u{A0}kronor enligt §\u{A0}4.")).map(\.text)
        == ["Upphandlingar över 700 000 kronor enligt § 4."])
  }

  @Test func smallHeaderOfAOnePageDocumentIsRunningMatter() {
    let page = Fixture.page(
      1,
      [
        Fixture.line("Sydöstra sjukvårdsregionen | RAG allergi", x: 72, y: 30, size: 9),
        Fixture.line("Uppdragsbeskrivning för regional arbetsgrupp allergi", x: 72, y: 100, size: 16, bold: true),
        Fixture.line("Gruppen samlar regionernas barnallergologer.", x: 72, y: 130),
      ])
    let laidOut = Layout().analyze(Fixture.pdf([page]))
    #expect(laidOut.blocks.first?.text == "Uppdragsbeskrivning för regional arbetsgrupp allergi")
    #expect(laidOut.runningTexts == ["Sydöstra sjukvårdsregionen | RAG allergi"])
  }

  @Test(arguments: ["Sida 2 av 3", "2 (3)"])
  func pageFooterIsRunningMatter(_ footer: String) {
    let page = Fixture.page(
      2,
      [Fixture.line("Gruppen rapporterar årligen.", x: 72, y: 100), Fixture.line(footer, x: 480, y: 800, size: 11)])
    let laidOut = Layout().analyze(Fixture.pdf([page]))
    #expect(laidOut.blocks.map(\.text) == ["Gruppen rapporterar årligen."])
    #expect(laidOut.runningTexts == [footer])
  }

  @Test func twoColumnPageIsReadColumnByColumnWithoutSplittingParagraphs() {
    let left = [
      Self.line("Samverkansgruppen följer upp", x0: 57, x1: 289, y: 100),
      Self.line("kvalitetsregistren och stöder", x0: 57, x1: 290, y: 114),
      Self.line("deras användning.", x0: 57, x1: 150, y: 128),
      Self.line("Den rapporterar årligen till", x0: 57, x1: 288, y: 150),
      Self.line("ledningen.", x0: 57, x1: 110, y: 164),
    ]
    let right = [
      Self.line("Ordföranden leder gruppens", x0: 306, x1: 538, y: 100),
      Self.line("arbete och företräder den.", x0: 306, x1: 460, y: 114),
    ]
    let blocks = Fixture.blocks(Fixture.pdf([Fixture.page(1, zip(left, right).flatMap { [$0, $1] } + left[2...])]))
    #expect(
      blocks.map(\.text) == [
        "Samverkansgruppen följer upp kvalitetsregistren och stöder deras användning.",
        "Den rapporterar årligen till ledningen.",
        "Ordföranden leder gruppens arbete och företräder den.",
      ])
  }

  /// Two mandates, each on a page of its own, whose titles open at the same height: a title
  /// repeats like a header, but it is set large, and it is no header.
  @Test func titleRepeatedAtTheTopOfEachPageIsNoHeader() {
    let pages = ["läkemedel", "vaccinationer"].enumerated().map { index, name in
      Fixture.page(
        index + 1,
        [
          Fixture.line("Uppdragsbeskrivning för regional samverkansgrupp", x: 62, y: 65, size: 17, bold: true),
          Fixture.line("\(name) i Sydöstra sjukvårdsregionen", x: 62, y: 86, size: 17, bold: true),
          Fixture.line("Gruppen samordnar regionernas arbete inom området.", x: 62, y: 130),
          Fixture.line("Den rapporterar årligen till Regionsjukvårdsledningen.", x: 62, y: 144),
        ])
    }
    let laidOut = Layout().analyze(Fixture.pdf(pages))
    #expect(laidOut.runningMatter.isEmpty)
    guard case .mandates(let parts) = MandateDetector().detect(laidOut) else {
      Issue.record("two mandates expected")
      return
    }
    #expect(
      parts.map { $0.first?.text } == [
        "Uppdragsbeskrivning för regional samverkansgrupp läkemedel i Sydöstra sjukvårdsregionen",
        "Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen",
      ])
  }
}
