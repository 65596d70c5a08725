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

  /// An owner in the genitive (alone, in a compound, or a kind's abbreviation with `:s`) before
  /// a known heading keeps that heading's key.
  @Test func anOwnerBeforeAKnownHeadingKeepsItsKey() {
    #expect(match("Samverkansgruppens syfte")?.key == "purpose")
    #expect(match("Nätverkets sammansättning")?.key == "composition")
    #expect(match("Programområdets finansiering")?.key == "financing")
    #expect(match("Uppdragets giltighet")?.key == "validity")
    #expect(match("RPO:s uppdrag")?.key == "tasks")
    #expect(
      match("3.2 Styrgruppens rapportering")
        == HeadingMatch(key: "reporting", number: "3.2", text: "Styrgruppens rapportering"))
    // An owner before no known heading, before a sentence, or alone is no heading.
    #expect(match("Gruppens möten") == nil)
    #expect(match("Gruppens syfte är att samordna vården") == nil)
    #expect(match("Samverkansgruppens") == nil)
  }

  /// Headings joined by `och`, `samt` or a comma take the key of the first part that is one;
  /// a part that is none may be a name of two words at most.
  @Test func joinedHeadingsTakeTheFirstKnownPartsKey() {
    #expect(match("Syfte och bakgrund")?.key == "purpose")
    #expect(match("Rapportering och kommunikation")?.key == "reporting")
    #expect(match("Tidsplan och giltighet")?.key == "validity")
    #expect(match("Arbetsformer, möten samt rapportering")?.key == "workingMethods")
    #expect(match("Gruppens bemanning och arbetsformer")?.key == "composition")
    #expect(match("Uppdrag och ansvar fördelas enligt överenskommelse") == nil)
    #expect(match("Möten och seminarier") == nil)
    #expect(match("Hälso- och sjukvård") == nil)
  }

  /// A duty word after a chair word is the chair's section, after a member word the
  /// participants', in any inflection and with a qualifier.
  @Test func dutiesOfTheChairAndOfTheMembers() {
    #expect(match("Ordförandens ansvar")?.key == "chair")
    #expect(match("Ordförandeskapets åtaganden")?.key == "chair")
    #expect(match("Representanternas uppgifter")?.key == "participants")
    #expect(match("Ledamotens roll")?.key == "participants")
    #expect(match("Medlemmarnas uppdrag inom nätverket")?.key == "participants")
    #expect(match("Ledamöternas arvoden") == nil)
    #expect(match("Ordförandens ansvar är att leda mötena") == nil)
  }

  /// A heading whose main word is a form of `löfte`, or a compound ending in one, is the
  /// patient promises, whatever short phrase follows it.
  @Test func aHeadingAboutPromisesIsThePatientPromises() {
    #expect(match("Patientlöfte")?.key == "patientPromises")
    #expect(match("Vårt löfte till invånarna")?.key == "patientPromises")
    #expect(match("Löftena till dig som närstående")?.key == "patientPromises")
    #expect(match("VÅRA PATIENTLÖFTEN")?.key == "patientPromises")
    // A verb or a closing mark makes it a sentence; a promise that is not the main word is none.
    #expect(match("Löftet ska hållas av alla regioner") == nil)
    #expect(match("Löften till patienter.") == nil)
    #expect(match("Uppföljning av löften") == nil)
  }

  /// A synonym of a heading's word, in any inflection, reads as that word.
  @Test func uppgifterStandsForUppdrag() {
    #expect(match("Uppgifter")?.key == "tasks")
    #expect(match("Särskilda uppgifter för RSG njursjukdomar")?.key == "specificTasks")
    #expect(match("Nätverkets uppgifter")?.key == "tasks")
    #expect(match("Uppgiftslämnare") == nil)
    #expect(match("Uppgifterna lämnas till styrgruppen") == nil)
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

  /// A year or a period after a heading names the mandate's time; a participle before one
  /// qualifies it as an adjective would.
  @Test func periodsAndParticiplesQualify() {
    #expect(match("SPECIFIKT UPPDRAG 2024–2026")?.key == "specificTasks")
    #expect(match("Specifikt uppdrag 2025")?.key == "specificTasks")
    #expect(match("Vägledande principer")?.key == "principles")
    #expect(match("Övergripande uppdrag")?.key == "generalTasks")
    #expect(match("Specifikt uppdrag 2024 är klart") == nil)
    #expect(match("Ande principer") == nil)
    #expect(match("Syfte med RSG nära vård")?.key == "purpose")
    #expect(match("Patientnivå")?.key == "patientLevel")
    #expect(match("12. EKONOMISKA FÖRUTSÄTTNINGAR")?.key == "financing")
    #expect(match("Ekonomiskt ansvar")?.key == "financing")
    #expect(match("Tekniska förutsättningar") == nil)
    #expect(match("7. ORDFÖRANDE OCH STÖDFUNKTION")?.key == "chair")
    #expect(match("Ordförande och stödfunktion")?.key == "chair")
    #expect(match("Ordförande och sekreterare")?.key == "chair")
    #expect(match("Mål och syfte")?.key == "purpose")
  }

  /// A page written for its readers asks questions for headings: the question's first word and
  /// its verb give the key; a question of another kind, or a long sentence, is none.
  @Test func readersQuestionsAreHeadings() {
    #expect(match("Varför finns gruppen?")?.key == "background")
    #expect(match("Därför finns programområdet")?.key == "background")
    #expect(match("Vad gör gruppen?")?.key == "tasks")
    #expect(match("Vem leder gruppen?")?.key == "chair")
    #expect(match("Vilka som ingår")?.key == "composition")
    #expect(match("Så arbetar vi")?.key == "workingMethods")
    #expect(match("Hur följs arbetet upp?")?.key == "reporting")
    #expect(match("Vad är kunskapsstyrning?") == nil)
    #expect(match("Hur arbetar gruppen när regionerna inte är överens om hur det ska göras?") == nil)
  }

  /// A known heading named as the topic of a word of its own is that heading; a known heading
  /// with a qualifier stays itself, and a topic that is no heading names none.
  @Test func topicsAfterAWordOfTheirOwn() {
    #expect(match("Regler för ordförandeskap")?.key == "chair")
    #expect(match("Former för återrapportering")?.key == "reporting")
    #expect(match("Uppdrag för RPO lungsjukdomar")?.key == "tasks")
    #expect(match("Arbete för regionerna") == nil)
  }
}
