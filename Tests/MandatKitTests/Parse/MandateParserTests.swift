import Foundation
import Testing

@testable import MandatKit

@Suite struct MandateParserTests {
  static let source = SourceFile(file: "x.txt", sha256: String(repeating: "0", count: 64), format: .text, pages: 1)

  func parse(_ document: RawDocument) -> Mandate {
    parse(Layout().analyze(document).blocks)
  }

  func parse(_ blocks: [Block]) -> Mandate {
    MandateParser().parse(blocks, source: Self.source, document: DocumentInfo(runningMatter: [], metadata: [:]))
  }

  /// A web page printed to PDF: after `Senast uppdaterad:` at the end of its last section comes
  /// the site around the mandate, which goes to the running text, not to that section.
  @Test func theSiteAfterThePagesOwnMatterIsNoSection() {
    func block(_ kind: Block.Kind, _ text: String, page: Int) -> Block {
      Block(kind: kind, text: text, source: SourceRef(page: page))
    }
    let blocks = [
      block(.heading, "Uppdragsbeskrivning för RSG A", page: 1),
      block(.heading, "Finansiering", page: 1), block(.paragraph, "Regionerna bär sina kostnader.", page: 2),
      block(.paragraph, "Dela: Facebook LinkedIn E-post", page: 2),
      block(.paragraph, "Senast uppdaterad: 2024-05-02", page: 2),
      block(.heading, "Relaterade sidor", page: 2), block(.listItem, "Alla samverkansgrupper", page: 2),
    ]
    let parser = MandateParser()
    let mandate = parse(blocks)
    #expect(mandate.sections.map(\.key) == ["financing"])
    #expect(mandate.financing?.text == "Regionerna bär sina kostnader.")
    #expect(
      mandate.document.runningText == [
        "Dela: Facebook LinkedIn E-post", "Senast uppdaterad: 2024-05-02", "Relaterade sidor", "Alla samverkansgrupper",
      ])
    #expect(parser.placement(of: blocks).suffix(4) == Array(repeating: "document", count: 4))
  }

  /// A section's heading printed again atop its next page (a slide's title over the section's
  /// next slide) is running matter, not a lead-in of the section's text; on the same page, a
  /// heading naming the open section still is.
  @Test func headingRepeatedAtopTheNextPageIsRunningMatter() {
    func block(_ kind: Block.Kind, _ text: String, page: Int) -> Block {
      Block(kind: kind, text: text, source: SourceRef(page: page))
    }
    let blocks = [
      block(.heading, "Uppdragsbeskrivning för RSG A", page: 1), block(.heading, "Uppdrag", page: 2),
      block(.listItem, "samordna arbetet", page: 2), block(.heading, "Uppdrag", page: 3),
      block(.listItem, "följa upp resultaten", page: 3), block(.heading, "Ordförande", page: 4),
      block(.paragraph, "Ordföranden utses av nämnden.", page: 4), block(.heading, "Ordförande", page: 4),
      block(.listItem, "leda mötena", page: 4),
    ]
    let mandate = parse(blocks)
    #expect(mandate.sections.map(\.key) == ["tasks", "chair"])
    #expect(mandate.sections[0].text.isEmpty)
    #expect(mandate.specificTasks.map(\.text) == ["samordna arbetet", "följa upp resultaten"])
    #expect(mandate.sections[1].text == "Ordföranden utses av nämnden. Ordförande:")
    #expect(mandate.document.runningText == ["Uppdrag"])
    #expect(MandateParser().placement(of: blocks)[3] == "document")
  }

  /// What stands before the title (a letterhead, a printed web page's banner and menu) goes to
  /// the running text, and a cover's field there to the document; the sections start after it.
  @Test func whatStandsBeforeTheTitleIsNoSection() {
    let blocks = [
      Block(kind: .paragraph, text: "Hoppa till innehållet", source: SourceRef(page: 1)),
      Block(kind: .paragraph, text: "Diarienummer: RS 2024/118", source: SourceRef(page: 1)),
      Block(kind: .heading, text: "Uppdragsbeskrivning för RSG A", source: SourceRef(page: 1)),
      Block(kind: .heading, text: "Syfte", source: SourceRef(page: 1)),
      Block(kind: .paragraph, text: "Gruppen samordnar arbetet.", source: SourceRef(page: 1)),
    ]
    let parser = MandateParser()
    let mandate = parse(blocks)
    #expect(mandate.title == "Uppdragsbeskrivning för RSG A")
    #expect(mandate.sections.map(\.key) == ["purpose"])
    #expect(mandate.document.runningText == ["Hoppa till innehållet", "Diarienummer: RS 2024/118"])
    #expect(mandate.document.diarienummer == "RS 2024/118")
    #expect(parser.placement(of: blocks) == ["document", "document", nil, "purpose", "purpose"])
  }

  /// Only the page's own matter after the last section ends the mandate: a dated line before
  /// a section (a version's note) stays text.
  @Test func pageMatterBeforeASectionStaysText() {
    let blocks = [
      Block(kind: .heading, text: "Uppdragsbeskrivning för RSG A", source: SourceRef(page: 1)),
      Block(kind: .paragraph, text: "Uppdaterad: 2024-05-02 efter beslut.", source: SourceRef(page: 1)),
      Block(kind: .heading, text: "Syfte", source: SourceRef(page: 2)),
      Block(kind: .paragraph, text: "Gruppen samordnar arbetet.", source: SourceRef(page: 2)),
    ]
    let mandate = parse(blocks)
    #expect(mandate.sections.map(\.text) == ["Uppdaterad: 2024-05-02 efter beslut.", "Gruppen samordnar arbetet."])
  }

  @Test func sectionLeadInNamingTheSameSectionStaysInIt() {
    let mandate = parse(
      Fixture.text(
        """
        Uppdragsbeskrivning för regionalt programområde barn och ungdomars hälsa i Sydöstra sjukvårdsregionen

        Ordförandes uppdrag
        Ordföranden är anställd hos Region Kalmar län. Uppdraget roterar vart tredje år.
        Ordförande
        • leder möten
        """))
    #expect(
      mandate.group == Group(kind: "RPO", name: "barn och ungdomars hälsa", organization: "Sydöstra sjukvårdsregionen"))
    #expect(mandate.sections.map(\.key) == ["chair"])
    #expect(
      mandate.sections[0].text
        == "Ordföranden är anställd hos Region Kalmar län. Uppdraget roterar vart tredje år. Ordförande:")
    #expect(mandate.chair.employedBy == "Region Kalmar län")
    #expect(mandate.chair.rotationYears == 3)
    #expect(mandate.chair.duties.map(\.text) == ["leder möten"])
    #expect(mandate.regions == ["Region Kalmar län"])
  }

  /// Nothing is dropped: text before the first heading and under an unknown heading lands
  /// in `other` sections.
  @Test func unknownHeadingsAndLooseTextKeepTheirText() {
    let page = Fixture.page(
      1,
      [
        Fixture.line("Uppdragsbeskrivning för RAG diabetes", x: 72, y: 72, size: 16, bold: true),
        Fixture.line("Gäller från 2024.", x: 72, y: 110),
        Fixture.line("Bakgrundsfakta om diabetes", x: 72, y: 140, bold: true),
        Fixture.line("Diabetes är vanligt.", x: 72, y: 160),
        Fixture.line("• fler kontroller", x: 72, y: 175),
      ])
    let mandate = parse(Fixture.pdf([page]))
    #expect(mandate.group == Group(kind: "RAG", name: "diabetes", organization: nil))
    #expect(mandate.sections.map(\.key) == ["other", "other"])
    #expect(mandate.sections.map(\.heading) == ["", "Bakgrundsfakta om diabetes"])
    #expect(mandate.sections.map(\.text) == ["Gäller från 2024.", "Diabetes är vanligt."])
    #expect(mandate.sections[1].items.map(\.text) == ["fler kontroller"])
  }

  /// The digest of "samverka" was computed outside Mandat (Python's hashlib).
  @Test func duplicateItemsGetDistinctIds() {
    let mandate = parse(
      Fixture.text("Uppdragsbeskrivning för RSG x\n\nGenerellt uppdrag\n• samverka\n• samverka"))
    #expect(mandate.generalTasks.map(\.id) == ["generalTasks-bd1eff13", "generalTasks-bd1eff13-2"])
  }

  @Test func titleWithoutGroupKindIsAWarning() {
    let mandate = parse(Fixture.text("Uppdragsbeskrivning för styrgruppen\n\nFinansiering\nDelad."))
    #expect(mandate.group == nil)
    #expect(
      mandate.warnings == ["the title names no group kind (RSG, RPO, RAG): \"Uppdragsbeskrivning för styrgruppen\""])
  }

  /// A dash or a comma after the group's name sets off its sjukvårdsregion or the document's
  /// kind; a leading `för` is no part of the name; a sjukvårdsregion named in lowercase in a
  /// sentence is written as a name.
  @Test func groupNameEndsAtADashOrComma() {
    func group(_ title: String, _ text: String = "Gruppen finns.") -> Group? {
      parse(Fixture.text("\(title)\n\nSyfte\n\(text)")).group
    }
    #expect(
      group("Uppdragsbeskrivning – Regional arbetsgrupp för levnadsvanor, Sydöstra sjukvårdsregionen")
        == Group(kind: "RAG", name: "levnadsvanor", organization: "Sydöstra sjukvårdsregionen"))
    #expect(
      group("Uppdragsbeskrivning RSG nära vård – Sjukvårdsregion Mellansverige")
        == Group(kind: "RSG", name: "nära vård", organization: "Sjukvårdsregion Mellansverige"))
    #expect(
      group(
        "Regional arbetsgrupp för palliativ vård – uppdragsbeskrivning", "Gruppen verkar i Norra sjukvårdsregionen.")
        == Group(kind: "RAG", name: "palliativ vård", organization: "Norra sjukvårdsregionen"))
    #expect(
      group(
        "Uppdrag för regionalt programområde lung- och allergisjukdomar",
        "RPO:t verkar i sjukvårdsregion Stockholm-Gotland.")
        == Group(kind: "RPO", name: "lung- och allergisjukdomar", organization: "Sjukvårdsregion Stockholm-Gotland"))
    #expect(
      group("Uppdragsbeskrivning för RSG hjärt-, kärl- och njursjukdomar")?.name == "hjärt-, kärl- och njursjukdomar")
    #expect(group("Regional samverkansgrupp för akut sjukvård – uppdrag")?.name == "akut sjukvård")
  }

  /// The chair's rules set as its list or table are read as its prose is.
  @Test func chairsRulesInItsList() {
    let mandate = parse(
      Fixture.text(
        "Uppdragsbeskrivning för RSG ortopedi\n\nOrdförande\n- Anställning: Ordföranden ska vara anställd i Region Kalmar län.\n- Rotation: Ordförandeskapet roterar mellan regionerna vartannat år."
      ))
    #expect(mandate.chair.employedBy == "Region Kalmar län")
    #expect(mandate.chair.rotationYears == 2)
  }

  /// The chair's employer named by where the chairmanship is placed.
  @Test func chairmanshipPlacedInARegion() {
    let mandate = parse(
      Fixture.text(
        "Uppdragsbeskrivning för RPO infektion\n\nOrdförande\nOrdförandeskapet är placerat i Region Uppsala."))
    #expect(mandate.chair.employedBy == "Region Uppsala")
  }

  @Test func placementNamesTheSectionOfEveryBlock() {
    let blocks = Layout().analyze(
      Fixture.text("Uppdragsbeskrivning för RSG A\n\nSyfte\nAtt samverka.\n\nUppdrag\n• bereda ärenden")
    )
    .blocks
    #expect(MandateParser().placement(of: blocks) == [nil, "purpose", "purpose", "tasks", "tasks"])
  }

  @Test func mandateWithoutATitleLineHasAnEmptyTitle() {
    let mandate = parse(Fixture.text("Syfte\nAtt samverka.\n\nSammansättning\nEn per region."))
    #expect(mandate.title == "")
    #expect(mandate.sections.map(\.key) == ["purpose", "composition"])
  }

  @Test func regionNamedInTwoWordsIsOneRegion() {
    let mandate = parse(
      Fixture.text(
        "Uppdragsbeskrivning för RPO psykisk hälsa\n\nSyfte\nRegion Norrbotten och Region Jämtland Härjedalen samverkar."
      ))
    #expect(mandate.regions == ["Region Norrbotten", "Region Jämtland Härjedalen"])
  }

  /// Two regions side by side (a table read as text) are two; the one region named otherwise,
  /// Västra Götalandsregionen, is a region, in the genitive too.
  @Test func regionsSideBySideAndNamedOtherwise() {
    let mandate = parse(
      Fixture.text(
        "Uppdragsbeskrivning för RSG akutsjukvård\n\nSyfte\nVästra Götalandsregionens och Region Hallands sjukhus. Region Skåne Region Blekinge"
      ))
    #expect(mandate.regions == ["Västra Götalandsregionen", "Region Halland", "Region Skåne", "Region Blekinge"])
  }

  /// A region named in the genitive is that region; a name with `län` keeps its own `s`.
  @Test func regionNamedInTheGenitiveIsThatRegion() {
    let fields = FieldExtraction(vocabulary: .standard)
    #expect(
      fields.regions(in: ["Region Sörmlands ledamöter och Region Jönköpings läns ordförande möter Region Sörmland."])
        == ["Region Sörmland", "Region Jönköpings län"])
  }

  @Test func vocabularyFileAddsARegionsOwnHeadings() throws {
    let file = """
      { "sections": [ { "key": "composition", "headings": ["Gruppens medverkande"] },
                      { "key": "mandatePeriod", "headings": ["Mandatperiod"] } ],
        "lineEndHyphens": { "keep": ["sms-tjänst"] } }
      """
    let vocabulary = try Vocabulary.standard.adding(Data(file.utf8))
    #expect(vocabulary.sectionKey(forHeading: "Gruppens medverkande") == "composition")
    #expect(vocabulary.sectionKey(forHeading: "Sammansättning") == "composition")
    #expect(vocabulary.sectionKey(forHeading: "Mandatperiod:") == "mandatePeriod")
    #expect(vocabulary.lineEndHyphens.keep == ["sms-tjänst"])
    #expect(Vocabulary.standard.sectionKey(forHeading: "Gruppens medverkande") == nil)
  }

  @Test func vocabularyFileOfTheWrongShapeIsRejected() {
    #expect(throws: DecodingError.self) { try Vocabulary.standard.adding(Data(#"{ "sections": "Syfte" }"#.utf8)) }
  }

  /// A lead-in without a mark of its own is closed with a colon, so that it does not run into
  /// the prose after its list; one with a colon, and prose followed by prose, are kept as written.
  @Test func leadInDoesNotRunIntoTheProseAfterTheList() {
    let mandate = parse(
      Fixture.text(
        """
        Uppdragsbeskrivning för RSG vaccinationer

        Deltagares uppdrag
        Deltagarna ansvarar gemensamt för gruppens arbete.
        Deltagare

        • representerar sin region
        • bidrar med sakkunskap

        Deltagare i den nationella samverkansgruppen representerar hela sjukvårdsregionen.

        Finansiering
        Varje region betalar för sina deltagare enligt följande:
        • resor

        Övriga kostnader delas.
        """))
    #expect(mandate.sections.map(\.key) == ["participants", "financing"])
    #expect(
      mandate.sections[0].text
        == "Deltagarna ansvarar gemensamt för gruppens arbete. Deltagare: Deltagare i den nationella samverkansgruppen representerar hela sjukvårdsregionen."
    )
    #expect(
      mandate.sections[1].text == "Varje region betalar för sina deltagare enligt följande: Övriga kostnader delas.")
  }

  /// A heading line whose sentence goes on in the paragraph after it (a narrow column) is the
  /// paragraph's first line; a heading followed by a capitalised paragraph stays a heading.
  @Test func headingRunningOnIntoAParagraphIsItsFirstLine() {
    let blocks = [
      Block(kind: .heading, text: "Uppdragsbeskrivning för RSG A", source: SourceRef(page: 1)),
      Block(kind: .heading, text: "Deltagares uppdrag", source: SourceRef(page: 1)),
      Block(kind: .paragraph, text: "Deltagarna är anställda av sin region.", source: SourceRef(page: 1)),
      Block(kind: .heading, text: "Deltagare i den sjukvårdsregionala", source: SourceRef(page: 1)),
      Block(kind: .paragraph, text: "samverkansgruppen företräder regionen.", source: SourceRef(page: 1)),
    ]
    let mandate = parse(blocks)
    #expect(mandate.sections.map(\.key) == ["participants"])
    #expect(
      mandate.sections[0].text
        == "Deltagarna är anställda av sin region. Deltagare i den sjukvårdsregionala samverkansgruppen företräder regionen."
    )
  }

  /// Another template's *Uppdrag* list is the group's own tasks: its specific tasks, where it
  /// has no general tasks; where it has, the list stays in `sections` only.
  @Test func tasksListIsTheSpecificTasksOfAMandateWithoutGeneralTasks() {
    let own = parse(Fixture.text("Uppdragsbeskrivning för RAG stroke\n\nUppdrag\n• följa upp trombolys\n• utbilda"))
    #expect(own.generalTasks == [])
    #expect(own.specificTasks.map(\.text) == ["följa upp trombolys", "utbilda"])
    #expect(own.specificTasks.map(\.id) == own.sections[0].items.map(\.id))
    let both = parse(
      Fixture.text(
        "Uppdragsbeskrivning för RSG A\n\nGenerellt uppdrag\n• samverka\n\nUppdrag\n• följa upp\n\nSpecifikt uppdrag\n• utreda"
      ))
    #expect(both.generalTasks.map(\.text) == ["samverka"])
    #expect(both.specificTasks.map(\.text) == ["utreda"])
  }

  /// Numbered and inflected headings open their sections, the numbering kept apart; an
  /// unknown numbered heading keeps its number too.
  @Test func numberedHeadingsKeepTheirNumbers() {
    let page = Fixture.page(
      1,
      [
        Fixture.line("Uppdragsbeskrivning för RPO hjärt- och kärlsjukdomar", x: 72, y: 72, size: 16, bold: true),
        Fixture.line("2.1 Generella uppdrag", x: 72, y: 110, bold: true),
        Fixture.line("• stödja införandet", x: 72, y: 130),
        Fixture.line("2.2 Specifikt uppdrag för RPO hjärt- och kärlsjukdomar", x: 72, y: 160, bold: true),
        Fixture.line("• leda vårdförloppet", x: 72, y: 180),
        Fixture.line("4 Bilagor", x: 72, y: 210, bold: true),
        Fixture.line("Inga.", x: 72, y: 230),
      ])
    let mandate = parse(Fixture.pdf([page]))
    #expect(mandate.sections.map(\.key) == ["generalTasks", "specificTasks", "other"])
    #expect(mandate.sections.map(\.number) == ["2.1", "2.2", "4"])
    #expect(
      mandate.sections.map(\.heading) == [
        "Generella uppdrag", "Specifikt uppdrag för RPO hjärt- och kärlsjukdomar", "Bilagor",
      ])
    #expect(mandate.specificTasks.map(\.text) == ["leda vårdförloppet"])
  }

  /// An abbreviation in parentheses after the kind's phrase is the kind's short form; a word in
  /// parentheses that is no abbreviation stays in the name.
  @Test func theKindsShortFormInParenthesesIsNoPartOfTheName() {
    let mandate = parse(
      Fixture.text(
        "Uppdragsbeskrivning för regionalt programområde (RPO) njursjukdomar i Södra sjukvårdsregionen\n\nSyfte\nAtt samverka."
      ))
    #expect(mandate.group == Group(kind: "RPO", name: "njursjukdomar", organization: "Södra sjukvårdsregionen"))
    let lowercase = parse(Fixture.text("Uppdragsbeskrivning för RAG (barn) astma\n\nSyfte\nAtt samverka."))
    #expect(lowercase.group?.name == "(barn) astma")
  }

  /// A title naming no organisation takes the sjukvårdsregion the mandate names most often,
  /// in its running matter and its text.
  @Test func theOrganisationOfATitleNamingNoneIsTheSjukvårdsregionNamedMostOften() {
    let blocks = Layout().analyze(
      Fixture.text(
        """
        Uppdragsbeskrivning för RAG njursjukdomar

        Bakgrund
        Region Halland och Västra Götalandsregionen samverkar. Hela sjukvårdsregionen berörs.
        Västra sjukvårdsregionens dialysenheter deltar.
        """)
    ).blocks
    let mandate = MandateParser().parse(
      blocks, source: Self.source, document: DocumentInfo(runningMatter: ["Västra sjukvårdsregionen"], metadata: [:]))
    #expect(mandate.group == Group(kind: "RAG", name: "njursjukdomar", organization: "Västra sjukvårdsregionen"))
  }

  @Test func organisationNamesCountedInTheirForms() {
    let fields = FieldExtraction(vocabulary: .standard)
    #expect(
      fields.organization(in: [
        "Sjukvårdsregion Norr och Uppsala-Örebro sjukvårdsregion", "Uppsala-Örebro sjukvårdsregion",
      ])
        == "Uppsala-Örebro sjukvårdsregion")
    // A tie goes to the first named; `Sjukvårdsregion X` is not read as `Inom sjukvårdsregion`.
    #expect(
      fields.organization(in: ["Inom Sjukvårdsregion Öst–Väst samverkar Södra sjukvårdsregionen."])
        == "Sjukvårdsregion Öst–Väst")
    // Regions, words that name no sjukvårdsregion, and a compound are no organisation.
    #expect(
      fields.organization(in: ["Varje sjukvårdsregion utser en. Region Skåne leder.", "Norra sjukvårdsregionförbundet"])
        == nil)
  }

  /// Only a singular *anställd* names the chair's employer: a plural one speaks of several
  /// people (the chair and the vice chair). The participants' employer may follow a plural
  /// subject and be a clause.
  @Test func theChairsEmployerIsNamedInTheSingular() {
    let mandate = parse(
      Fixture.text(
        """
        Uppdragsbeskrivning för RSG njursjukdomar

        Ordförande
        Ordförande och vice ordförande ska vara anställda i skilda regioner.

        Representanternas roll
        Representanterna är anställda hos den region som utser dem och deltar på arbetstid.
        """))
    #expect(mandate.chair.employedBy == nil)
    #expect(mandate.participants.employedBy == "den region som utser dem")
    let singular = parse(
      Fixture.text(
        "Uppdragsbeskrivning för RSG njursjukdomar\n\nOrdförande\nOrdföranden är anställd i Region Gävleborg."))
    #expect(singular.chair.employedBy == "Region Gävleborg")
  }
}
