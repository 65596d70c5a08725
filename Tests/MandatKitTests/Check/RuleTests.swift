import Testing

@testable import MandatKit

/// Each rule on a small mandate where it must fire, and on one where it must not.
@Suite struct RuleTests {
  static let framework = Framework(
    sources: ["deck.txt"],
    regions: ["Region Jönköpings län", "Region Kalmar län", "Region Östergötland"],
    knowledgeCouncils: [],
    groups: [
      .init(kind: "RSG", name: "Läkemedel", from: "deck"), .init(kind: "RSG", name: "vaccinationer", from: "overrides"),
    ],
    patientPromises: ["få tillgång till jämlik vård", "erbjudas diagnostik och behandling samt uppföljning"],
    rpoTasks: [],
    rotationYears: 2,
    requiredSections: ["RSG": ["generalTasks", "financing"]])

  /// A valid RSG mandate, with `changes` applied to its text.
  static func mandate(_ replacements: [(String, String)] = [], name: String = "vaccinationer") -> Mandate {
    var text = """
      Uppdragsbeskrivning för regional samverkansgrupp \(name) i Sydöstra sjukvårdsregionen

      Patientlöften
      • få tillgång till jämlik vård
      • erbjudas diagnostik och behandling samt uppföljning

      Generellt uppdrag
      • stödja regionala programområden
      • samverka med RSG läkemedel och Region Kalmar län

      Ordförandes uppdrag
      Ordföranden roterar mellan regionerna i tvåårsperioder.

      Finansiering
      Respektive region finansierar sina deltagare.
      """
    for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
    let blocks = Layout().analyze(Fixture.text(text)).blocks
    let source = SourceFile(file: "\(name).txt", sha256: "", format: .text, pages: 1)
    return MandateParser().parse(blocks, source: source, document: DocumentInfo(runningMatter: [], metadata: [:]))
  }

  func findings(_ rule: some CheckRule, _ mandate: Mandate, batch: [Mandate]? = nil) -> [String] {
    let context = CheckContext(framework: Self.framework, vocabulary: .standard, batch: batch ?? [mandate])
    return rule.findings(in: mandate, context: context).map(\.message)
  }

  @Test func theValidMandateHasNoFindings() {
    let report = Checker(framework: Self.framework).check([Self.mandate()])
    #expect(report.findings == [])
  }

  @Test func requiredSection() {
    #expect(findings(RequiredSectionRule(), Self.mandate()) == [])
    #expect(
      findings(RequiredSectionRule(), Self.mandate([("Finansiering", "Pengar")]))
        == ["no section \"Finansiering\" (financing), which every RSG mandate must have"])
  }

  /// A template's *Uppdrag* list is the specific tasks of a mandate without general tasks,
  /// and so stands for the section the framework requires; beside general tasks it does not.
  @Test func requiredSpecificTasksMetByATasksList() {
    var framework = Self.framework
    framework.requiredSections = ["RSG": ["specificTasks"]]
    let context = CheckContext(framework: framework, vocabulary: .standard, batch: [])
    func messages(_ mandate: Mandate) -> [String] {
      RequiredSectionRule().findings(in: mandate, context: context).map(\.message)
    }
    let tasksOnly = Self.mandate([("Generellt uppdrag", "Uppdrag")])
    #expect(messages(tasksOnly) == [])
    let missing = ["no section \"Specifikt uppdrag\" (specificTasks), which every RSG mandate must have"]
    #expect(messages(Self.mandate([("Finansiering", "Uppdrag\n• följa upp\n\nFinansiering")])) == missing)
  }

  /// An *Uppdrag* heading over general and specific tasks lists nothing itself, and is no
  /// empty list; an *Uppdrag* with nothing under it is.
  @Test func emptyTasksHeadingOverGeneralTasks() {
    let parent = Self.mandate([("Generellt uppdrag", "Uppdrag\nUppdraget består av två delar.\n\nGenerellt uppdrag")])
    #expect(parent.sections.map(\.key).contains("tasks"))
    #expect(findings(EmptyListRule(), parent) == [])
    let alone = Self.mandate([
      (
        "Generellt uppdrag\n• stödja regionala programområden\n• samverka med RSG läkemedel och Region Kalmar län",
        "Uppdrag\nSe bilaga."
      )
    ])
    #expect(findings(EmptyListRule(), alone) == ["\"Uppdrag\" lists no items"])
  }

  @Test func emptyList() {
    #expect(findings(EmptyListRule(), Self.mandate()) == [])
    let empty = Self.mandate([
      ("• stödja regionala programområden\n• samverka med RSG läkemedel och Region Kalmar län", "Inga.")
    ])
    #expect(findings(EmptyListRule(), empty) == ["\"Generellt uppdrag\" lists no items"])
  }

  @Test func duplicateItem() {
    #expect(findings(DuplicateItemRule(), Self.mandate()) == [])
    let twice = Self.mandate([
      ("• stödja regionala programområden", "• stödja regionala programområden\n• Stödja regionala programområden.")
    ])
    #expect(
      findings(DuplicateItemRule(), twice) == [
        "\"Stödja regionala programområden.\" is listed again (first under \"Generellt uppdrag\")"
      ])
    let inTwoSections = Self.mandate([("• få tillgång till jämlik vård", "• Stödja regionala programområden")])
    #expect(
      findings(DuplicateItemRule(), inTwoSections) == [
        "\"stödja regionala programområden\" is listed again (first under \"Patientlöften\")"
      ])
  }

  @Test func unplacedText() {
    #expect(findings(UnplacedTextRule(), Self.mandate()) == [])
    let loose = Self.mandate([("Patientlöften", "Gäller 2024.\n\nPatientlöften")])
    #expect(findings(UnplacedTextRule(), loose) == ["text under no heading: \"Gäller 2024.\""])
  }

  @Test func unknownHeading() {
    #expect(findings(UnknownHeadingRule(), Self.mandate()) == [])
    let page = Fixture.page(
      1,
      [
        Fixture.line("Uppdragsbeskrivning för RSG läkemedel", x: 72, y: 72, size: 16, bold: true),
        Fixture.line("Övrigt", x: 72, y: 110, bold: true),
        Fixture.line("Annat.", x: 72, y: 130),
      ])
    let blocks = Layout().analyze(Fixture.pdf([page])).blocks
    let mandate = MandateParser().parse(
      blocks, source: SourceFile(file: "x.pdf", sha256: "", format: .pdf, pages: 1),
      document: DocumentInfo(runningMatter: [], metadata: [:]))
    #expect(
      findings(UnknownHeadingRule(), mandate) == [
        "heading \"Övrigt\" is not in the vocabulary; its text is kept as `other`"
      ])
  }

  @Test func layoutDebris() {
    #expect(findings(LayoutDebrisRule(), Self.mandate([("jämlik vård", "hälso- och sjukvård")])) == [])
    #expect(
      findings(LayoutDebrisRule(), Self.mandate([("stödja regionala", "stödja regio- nala")]))
        == ["a hyphen fragment \"regio- nala\" in \"stödja regio- nala programområden\""])
    #expect(
      findings(LayoutDebrisRule(), Self.mandate([("Respektive region", "Sida 2 av 3 Respektive region")]))
        == ["a page number in the text of \"Finansiering\""])
  }

  @Test func unknownGroup() {
    #expect(findings(UnknownGroupRule(), Self.mandate()) == [])
    #expect(
      findings(UnknownGroupRule(), Self.mandate(name: "tandvård"))
        == [
          "RSG tandvård is not among the framework's RSG groups (deck.txt); if it was founded later, add it to the overrides file"
        ])
  }

  @Test func unknownReferencedGroup() {
    #expect(findings(UnknownReferencedGroupRule(), Self.mandate()) == [])
    #expect(
      findings(UnknownReferencedGroupRule(), Self.mandate([("RSG läkemedel", "RSG hjälpmedel")]))
        == [
          "RSG hjälpmedel is not a group the framework knows (in \"samverka med RSG hjälpmedel och Region Kalmar län\")"
        ])
  }

  @Test func patientPromiseWording() {
    #expect(findings(PatientPromiseWordingRule(), Self.mandate()) == [])
    let reworded = Self.mandate([
      ("• erbjudas diagnostik och behandling samt uppföljning", "• erbjudas diagnostik, behandling och uppföljning")
    ])
    #expect(
      findings(PatientPromiseWordingRule(), reworded)
        == [
          "worded differently from the framework's promise: erbjudas diagnostik [-och-] {+,+} behandling [-samt-] {+och+} uppföljning"
        ])
    let missing = Self.mandate([("• få tillgång till jämlik vård\n", "")])
    #expect(
      findings(PatientPromiseWordingRule(), missing) == [
        "the framework's promise \"få tillgång till jämlik vård\" is missing"
      ])
  }

  @Test func foreignRegion() {
    #expect(findings(ForeignRegionRule(), Self.mandate()) == [])
    #expect(
      findings(ForeignRegionRule(), Self.mandate([("Region Kalmar län", "Region Skåne")]))
        == ["Region Skåne is not a member region (Region Jönköpings län, Region Kalmar län, Region Östergötland)"])
  }

  @Test func rotation() {
    #expect(findings(RotationRule(), Self.mandate()) == [])
    #expect(
      findings(RotationRule(), Self.mandate([("tvåårsperioder", "treårsperioder")]))
        == ["the chair rotates every 3 years; the framework's rule is 2 years"])
    #expect(
      findings(RotationRule(), Self.mandate([(" i tvåårsperioder", "")]))
        == ["no rotation period for the chair; the framework's rule is 2 years"])
  }

  @Test func financing() {
    #expect(findings(FinancingRule(), Self.mandate()) == [])
    #expect(
      findings(
        FinancingRule(), Self.mandate([("Respektive region finansierar sina deltagare.", "Enligt överenskommelse.")]))
        == ["the financing section does not say who pays: \"Enligt överenskommelse.\""])
    #expect(
      findings(FinancingRule(), Self.mandate([("Finansiering", "Pengar")])) == [
        "no section on financing (Finansiering, Kostnader)"
      ])
  }

  @Test func generalTasksTemplate() {
    let peers = ["läkemedel", "HTA", "tandvård"].map { Self.mandate(name: $0) }
    let same = Self.mandate()
    #expect(findings(GeneralTasksTemplateRule(), same, batch: peers + [same]) == [])
    let odd = Self.mandate([
      ("• stödja regionala programområden", "• stödja de regionala programområdena\n• ordna fika")
    ])
    #expect(
      findings(GeneralTasksTemplateRule(), odd, batch: peers + [odd]) == [
        "reworded from what most 3 other RSG mandates say: stödja {+de+} regionala [-programområden-] {+programområdena+}",
        "\"ordna fika\" is not among most 3 other RSG mandates' general tasks",
      ])
    #expect(findings(GeneralTasksTemplateRule(), odd, batch: [peers[0], odd]) == [], "two mandates make no majority")
  }

  @Test func rpoTaskList() {
    var framework = Self.framework
    framework.rpoTasks = ["stödja regionala programområden", "samverka med RSG läkemedel och Region Kalmar län"]
    let rpo = Self.mandate([("regional samverkansgrupp", "regionalt programområde")])
    let context = CheckContext(framework: framework, vocabulary: .standard, batch: [rpo])
    #expect(RPOTaskListRule().findings(in: rpo, context: context) == [])
    let reworded = Self.mandate([
      ("regional samverkansgrupp", "regionalt programområde"), ("stödja regionala", "stödja de regionala"),
    ])
    #expect(
      RPOTaskListRule().findings(in: reworded, context: context).map(\.message) == [
        "reworded from the framework's RPO task list: stödja {+de+} regionala programområden"
      ])
    #expect(RPOTaskListRule().findings(in: Self.mandate(), context: context) == [])
  }

  @Test func outsideFramework() {
    #expect(findings(OutsideFrameworkRule(), Self.mandate()) == [])
    let skåne = Self.mandate([("Region Kalmar län", "Region Skåne")])
    #expect(
      findings(OutsideFrameworkRule(), skåne) == [
        "names Region Skåne and none of the framework's member regions (Region Jönköpings län, Region Kalmar län, "
          + "Region Östergötland): the framework's rules were not applied"
      ])
    // A group the framework does not know, of another organisation: no unknown-group finding.
    let tandvård = Self.mandate([("Region Kalmar län", "Region Skåne")], name: "tandvård")
    #expect(Checker(framework: Self.framework).check([tandvård]).findings.map(\.rule) == ["outside-framework"])
  }
}
