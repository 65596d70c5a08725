import Testing

@testable import MandatKit

/// Headings written otherwise than the vocabulary's: each variant read as its key, and for
/// each rule a line that must not be read as a heading.
@Suite struct HeadingMatchTests {
  let vocabulary = Vocabulary.standard

  func match(_ line: String) -> HeadingMatch? { vocabulary.heading(line) }

  @Test func numberingIsSplitOffAndKept() {
    #expect(
      match("2.1 Generellt uppdrag") == HeadingMatch(key: "generalTasks", number: "2.1", text: "Generellt uppdrag"))
    #expect(match("2.1. Generellt uppdrag")?.number == "2.1")
    #expect(match("3 Organisation") == HeadingMatch(key: "composition", number: "3", text: "Organisation"))
    #expect(match("A. Syfte") == HeadingMatch(key: "purpose", number: "A", text: "Syfte"))
    #expect(match("II. Bakgrund") == HeadingMatch(key: "background", number: "II", text: "Bakgrund"))
    // A year is no numbering, and a roman numeral or a letter needs its dot.
    #expect(match("2024 Uppdrag") == nil)
    #expect(match("I Uppdrag") == nil)
  }

  @Test func caseIsFolded() {
    #expect(match("GENERELLT UPPDRAG")?.key == "generalTasks")
    #expect(match("GENERELLT UPPDRAG")?.text == "GENERELLT UPPDRAG")
    #expect(match("GENERELLT TJAFS") == nil)
  }

  @Test func inflectedWordsAreTheVocabularysWords() {
    #expect(match("Generella uppdrag")?.key == "generalTasks")
    #expect(match("Uppdragen")?.key == "tasks")
    #expect(match("Kostnaderna")?.key == "financing")
    #expect(match("Ekonomin")?.key == "financing")
    #expect(match("Ordförandens uppdrag")?.key == "chair")
    #expect(match("Ledamöterna")?.key == "participants")
    // Another word sharing the stem (the verb of `Syftet`), and a compound, are not inflections.
    #expect(match("Syftar") == nil)
    #expect(match("Uppdragsgivare") == nil)
    #expect(match("Kostnadsram") == nil)
  }

  @Test func aKnownHeadingWithAQualifierIsThatHeading() {
    #expect(match("Specifikt uppdrag för RPO hjärt- och kärlsjukdomar")?.key == "specificTasks")
    #expect(match("Uppdraget för gruppen")?.key == "tasks")
    #expect(match("Uppdrag inom primärvården")?.key == "tasks")
    #expect(match("Finansiering – fördelning mellan regionerna")?.key == "financing")
    #expect(match("Uppdrag: RSG läkemedel")?.key == "tasks")
    #expect(
      match("Specifikt uppdrag för RPO hjärt- och kärlsjukdomar")?.text
        == "Specifikt uppdrag för RPO hjärt- och kärlsjukdomar")
  }

  @Test func aSentenceStartingWithAHeadingIsNoHeading() {
    // A verb or `att` makes the qualifier a clause.
    #expect(match("Uppdraget för gruppen är att samordna arbetet") == nil)
    #expect(match("Deltagare i gruppen ska vara anställda") == nil)
    // A closing mark, a broken word at the line's end, or too many words.
    #expect(match("Uppdrag för gruppen.") == nil)
    #expect(match("Deltagare i den sjukvårdsregionala samverkans-") == nil)
    #expect(
      match("Deltagare i den sjukvårdsregionala samverkansgruppen med uppdrag i den nationella samverkansgruppen")
        == nil)
    // Only the qualifier words open a qualifier.
    #expect(match("Specifikt uppdrag enligt avtal") == nil)
  }

  @Test func compoundSynonymsOfTheVocabulary() {
    #expect(match("Övergripande uppdrag")?.key == "generalTasks")
    #expect(match("Mötesformer")?.key == "workingMethods")
    #expect(match("Ekonomi och finansiering")?.key == "financing")
  }

  /// In a text file a variant stands alone as a heading; a sentence starting with one stays
  /// a paragraph.
  @Test func layoutReadsVariantsAsHeadingsOnlyWhereTheyStandAlone() {
    let blocks = Fixture.blocks(
      Fixture.text(
        """
        Uppdragsbeskrivning för RPO hjärt- och kärlsjukdomar

        GENERELLA UPPDRAG
        • stödja införandet

        Specifikt uppdrag för RPO hjärt- och kärlsjukdomar
        Uppdraget för gruppen är att leda införandet av vårdförloppet.
        """))
    #expect(blocks.dropFirst().map(\.kind) == [.heading, .listItem, .heading, .paragraph])
  }
}
