import Testing

@testable import MandatKit

@Suite struct ReadingOrderTests {
  /// The three-level box of the reference mandate: three columns with headings, each read
  /// top to bottom before the next, then the full-width text below.
  @Test func tableColumnsAreReadOneAfterTheOther() {
    let lines = [
      Fixture.line("andra nivåerna:", x: 72, y: 100),
      Fixture.line("Patient och vårdteam", x: 72, y: 130, bold: true),
      Fixture.line("Sjukvårdsregional och", x: 250, y: 130, bold: true),
      Fixture.line("Nationell nivå", x: 420, y: 130, bold: true),
      Fixture.line("regional nivå", x: 250, y: 143, bold: true),
      Fixture.line("• Utgår från bästa", x: 72, y: 160),
      Fixture.line("• Stöder implemen-", x: 250, y: 160),
      Fixture.line("• Utvecklar effektiv", x: 420, y: 160),
      Fixture.line("möjliga kunskap", x: 84, y: 173),
      Fixture.line("tering", x: 262, y: 173),
      Fixture.line("Systemet bygger på att varje nivå tar ansvar för sin del och samspelar", x: 72, y: 215),
    ]
    let ordered = Layout.ordered([lines])[0].map(\.line.text)
    #expect(
      ordered == [
        "andra nivåerna:",
        "Patient och vårdteam", "• Utgår från bästa", "möjliga kunskap",
        "Sjukvårdsregional och", "regional nivå", "• Stöder implemen-", "tering",
        "Nationell nivå", "• Utvecklar effektiv",
        "Systemet bygger på att varje nivå tar ansvar för sin del och samspelar",
      ])
  }

  @Test func singleColumnKeepsTopToBottom() {
    let lines = [
      Fixture.line("tredje", x: 72, y: 140),
      Fixture.line("första", x: 72, y: 100),
      Fixture.line("andra", x: 72, y: 114),
    ]
    #expect(Layout.ordered([lines])[0].map(\.line.text) == ["första", "andra", "tredje"])
  }

  @Test func headerWithTextAtBothEndsStaysOneRow() {
    let lines = [
      Fixture.line("Sydöstra sjukvårdsregionen", x: 72, y: 30, size: 9),
      Fixture.line("Dnr RSL 2023/0045", x: 450, y: 30, size: 9),
      Fixture.line("Samverkansgrupperna arbetar på uppdrag av Regionsjukvårdsledningen.", x: 72, y: 72),
    ]
    #expect(
      Layout.ordered([lines])[0].map(\.line.text) == [
        "Sydöstra sjukvårdsregionen", "Dnr RSL 2023/0045",
        "Samverkansgrupperna arbetar på uppdrag av Regionsjukvårdsledningen.",
      ])
  }
}
