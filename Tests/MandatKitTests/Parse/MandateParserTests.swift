import Foundation
import Testing

@testable import MandatKit

@Suite struct MandateParserTests {
  static let source = SourceFile(file: "x.txt", sha256: String(repeating: "0", count: 64), format: .text, pages: 1)

  func parse(_ document: RawDocument) -> Mandate {
    let blocks = Layout().analyze(document).blocks
    return MandateParser().parse(blocks, source: Self.source, document: DocumentInfo(runningMatter: [], metadata: [:]))
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
        == "Ordföranden är anställd hos Region Kalmar län. Uppdraget roterar vart tredje år. Ordförande")
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

  @Test func vocabularyFileAddsARegionsOwnHeadings() throws {
    let file = """
      { "sections": [ { "key": "composition", "headings": ["Gruppens ledamöter"] },
                      { "key": "mandatePeriod", "headings": ["Mandatperiod"] } ],
        "lineEndHyphens": { "keep": ["sms-tjänst"] } }
      """
    let vocabulary = try Vocabulary.standard.adding(Data(file.utf8))
    #expect(vocabulary.sectionKey(forHeading: "Gruppens ledamöter") == "composition")
    #expect(vocabulary.sectionKey(forHeading: "Sammansättning") == "composition")
    #expect(vocabulary.sectionKey(forHeading: "Mandatperiod:") == "mandatePeriod")
    #expect(vocabulary.lineEndHyphens.keep == ["sms-tjänst"])
    #expect(Vocabulary.standard.sectionKey(forHeading: "Gruppens ledamöter") == nil)
  }

  @Test func vocabularyFileOfTheWrongShapeIsRejected() {
    #expect(throws: DecodingError.self) { try Vocabulary.standard.adding(Data(#"{ "sections": "Syfte" }"#.utf8)) }
  }
}
