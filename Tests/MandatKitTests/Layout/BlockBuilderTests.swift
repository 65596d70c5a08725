import Testing

@testable import MandatKit

@Suite struct BlockBuilderTests {
  @Test func textParagraphsHeadingsAndWrappedItems() {
    let blocks = Fixture.blocks(
      Fixture.text(
        """
        Uppdragsbeskrivning för regional
        samverkansgrupp vaccinationer

        Generellt uppdrag
        Samverkansgrupperna ska inom ramen för sina ansvarsområden

        • analysera konsekvenser och lämna synpunkter på remisser om nat-
        ionell högspecialiserad vård
        • Gör ständiga förbättringar och bidrar till ut-

        vecklingen av god och jämlik vård

        Deltagare i gruppen representerar hela sjukvårdsregionen.
        """))
    #expect(blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .listItem, .listItem, .paragraph])
    #expect(
      blocks.map(\.text) == [
        "Uppdragsbeskrivning för regional samverkansgrupp vaccinationer",
        "Generellt uppdrag",
        "Samverkansgrupperna ska inom ramen för sina ansvarsområden",
        "analysera konsekvenser och lämna synpunkter på remisser om nationell högspecialiserad vård",
        "Gör ständiga förbättringar och bidrar till utvecklingen av god och jämlik vård",
        "Deltagare i gruppen representerar hela sjukvårdsregionen.",
      ])
    #expect(blocks[3].source == SourceRef(page: 1, lines: [7, 8]))
  }

  /// A numbered line whose text is a known heading standing alone is a heading, its number
  /// kept; under a lead-in ending in a colon or a list item it is the list's item, and a
  /// numbered line that is no heading is an item.
  @Test func numberedHeadingsInATextFile() {
    let blocks = Fixture.blocks(
      Fixture.text(
        """
        Uppdragsbeskrivning för RAG njursjukdomar

        1. Bakgrund
        Njursjukdomar är vanliga.
        B. Syfte

        2.1 Generellt uppdrag
        1. Samordna dialysvården

        Gruppen ansvarar för:
        1. Kommunikation
        2. Rapportering
        """))
    #expect(
      blocks.map(\.kind) == [
        .paragraph, .heading, .paragraph, .heading, .heading, .listItem, .paragraph, .listItem, .listItem,
      ])
    #expect(blocks[1].text == "1. Bakgrund")
    #expect(blocks[3].text == "B. Syfte")
    #expect(blocks.suffix(2).map(\.text) == ["Kommunikation", "Rapportering"])
  }

  @Test func vocabularyLineInsideASentenceIsNoHeading() {
    let blocks = Fixture.blocks(
      Fixture.text(
        """
        Gruppen tar fram underlag om
        Finansiering
        till Regionsjukvårdsledningen.
        """))
    #expect(blocks.map(\.kind) == [.paragraph])
    #expect(blocks[0].text == "Gruppen tar fram underlag om Finansiering till Regionsjukvårdsledningen.")
  }

  @Test func leadInAfterASentenceIsAHeadingLine() {
    let blocks = Fixture.blocks(
      Fixture.text(
        """
        Uppdraget som ordförande roterar mellan regionerna i tvåårsperioder.
        Ordförande
        • företräder sjukvårdsregionen
        """))
    #expect(blocks.map(\.kind) == [.paragraph, .heading, .listItem])
  }

  @Test func pdfHeadingsByTypographyAndItemsByIndent() {
    let item = [
      Fixture.line("• representerar sin region och bidrar med sakkunskap i alla", x: 90, y: 170),
      Fixture.line("frågor som rör området", x: 102, y: 183),
    ]
    let page = Fixture.page(
      1,
      [
        Fixture.line("Uppdragsbeskrivning för regional samverkansgrupp", x: 72, y: 72, size: 16, bold: true),
        Fixture.line("vaccinationer i Sydöstra sjukvårdsregionen", x: 72, y: 92, size: 16, bold: true),
        Fixture.line("Okänd rubrik", x: 72, y: 130, bold: true),
        Fixture.line("Deltagare", x: 72, y: 150),
        item[0], item[1],
        Fixture.line("Deltagare i den nationella gruppen representerar regionen.", x: 72, y: 196),
      ])
    let blocks = Fixture.blocks(Fixture.pdf([page]))
    #expect(
      blocks.map(\.text) == [
        "Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen",
        "Okänd rubrik",
        "Deltagare",
        "representerar sin region och bidrar med sakkunskap i alla frågor som rör området",
        "Deltagare i den nationella gruppen representerar regionen.",
      ])
    #expect(blocks.map(\.kind) == [.heading, .heading, .heading, .listItem, .paragraph])
    #expect(blocks[3].source == SourceRef(page: 1, box: item[0].box!.union(item[1].box!)))
  }
}
