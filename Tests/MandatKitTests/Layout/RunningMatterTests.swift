import Testing

@testable import MandatKit

@Suite struct RunningMatterTests {
  static func page(_ number: Int, body: String) -> Page {
    Fixture.page(
      number,
      [
        Fixture.line("Sydöstra sjukvårdsregionen", x: 72, y: 30, size: 9),
        Fixture.line(body, x: 72, y: 100),
        Fixture.line("Fastställd 2023-05-12, version 2 Sida \(number) av 3", x: 72, y: 800, size: 9),
      ])
  }

  @Test func repeatedHeaderAndFooterLeaveTheText() {
    let laidOut = Layout().analyze(
      Fixture.pdf([
        Self.page(1, body: "Första sidan."), Self.page(2, body: "Andra sidan."), Self.page(3, body: "Tredje."),
      ]))
    #expect(laidOut.blocks.map(\.text) == ["Första sidan.", "Andra sidan.", "Tredje."])
    #expect(laidOut.runningTexts == ["Sydöstra sjukvårdsregionen", "Fastställd 2023-05-12, version 2 Sida 1 av 3"])
  }

  /// A typesetter's wide margins put the footer well above the page's last eighth: the
  /// page's bottom row, repeated on every page (its page number aside), is a footer there too.
  @Test func footerAboveAWideMarginIsAFooter() {
    let texts = ["Gruppen bildades 2019.", "Den träffas varje månad.", "Ordföranden roterar."]
    func page(_ number: Int) -> Page {
      Fixture.page(
        number,
        [
          Fixture.line(texts[number - 1], x: 90, y: 150),
          Fixture.line("NRF 2024/117", x: 90, y: 670, size: 11),
          Fixture.line("Sida \(number) av 3", x: 460, y: 670, size: 11),
        ])
    }
    let laidOut = Layout().analyze(Fixture.pdf([page(1), page(2), page(3)]))
    #expect(laidOut.blocks.map(\.text) == texts)
  }

  @Test func lonePageNumberGoesEvenOnOnePage() {
    let page = Fixture.page(
      1, [Fixture.line("Syftet är gott.", x: 72, y: 100), Fixture.line("2 (3)", x: 290, y: 800, size: 9)])
    #expect(Fixture.blocks(Fixture.pdf([page])).map(\.text) == ["Syftet är gott."])
  }

  @Test(arguments: ["3", "- 3 -", "Sida 3", "Sida 3 av 5", "3 (5)", "3/5", "Page 3 of 5"])
  func pageNumbers(_ text: String) {
    #expect(RunningMatter.isPageNumber(text))
  }

  @Test(arguments: ["Sida vid sida", "2023-05-12", "3 regioner"])
  func notPageNumbers(_ text: String) {
    #expect(!RunningMatter.isPageNumber(text))
  }

  @Test func headerFootnoteMetadataIsRead() {
    let info = DocumentInfo(
      runningMatter: [
        "Sydöstra sjukvårdsregionen Dnr RSL 2023/0045", "Fastställd av RSL 2023-05-12, version 2 Sida 1 av 3",
      ],
      metadata: ["author": "Stab", "producer": "LibreOffice"])
    #expect(info.diarienummer == "RSL 2023/0045")
    #expect(info.adopted == "2023-05-12")
    #expect(info.version == "2")
    #expect(info.author == "Stab")
    #expect(info.producer == "LibreOffice")
  }
}
