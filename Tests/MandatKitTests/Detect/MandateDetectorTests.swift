import Testing

@testable import MandatKit

@Suite struct MandateDetectorTests {
  func detect(_ text: String) -> MandateDetector.Detection {
    MandateDetector().detect(Layout().analyze(Fixture.text(text)))
  }

  /// The texts of each mandate's blocks, or `nil` when the text is no mandate.
  func mandates(_ text: String) -> [[String]]? {
    guard case .mandates(let parts) = detect(text) else { return nil }
    return parts.map { $0.map(\.text) }
  }

  @Test func titleOpensAMandate() {
    #expect(
      mandates("Uppdragsbeskrivning för RSG läkemedel\n\nSyfte\nGruppen finns.")
        == [["Uppdragsbeskrivning för RSG läkemedel", "Syfte", "Gruppen finns."]])
  }

  @Test func twoTitlesAreTwoMandates() {
    let text =
      "Uppdragsbeskrivning för RSG A\n\nFinansiering\nEgen.\n\nUppdragsbeskrivning för RSG B\n\nFinansiering\nDelad."
    #expect(mandates(text)?.map(\.first) == ["Uppdragsbeskrivning för RSG A", "Uppdragsbeskrivning för RSG B"])
  }

  /// What stands before the first title goes with the first mandate, before its title: the
  /// parser keeps it out of the sections.
  @Test func textBeforeTheTitleGoesWithTheFirstMandate() {
    #expect(
      mandates("Bilaga 3\n\nUppdragsbeskrivning för RSG A\n\nSyfte\nGruppen finns.")
        == [["Bilaga 3", "Uppdragsbeskrivning för RSG A", "Syfte", "Gruppen finns."]])
  }

  /// The document type alone in a cover's table names no mandate (the title printed again
  /// after a cover is tested with blocks in FrontMatterTests).
  @Test func documentTypeAloneIsNoTitle() {
    let text = "Uppdragsbeskrivning för RSG A\n\nDokumenttyp\nUppdragsbeskrivning\n\nSyfte\nGruppen finns."
    #expect(mandates(text)?.count == 1)
  }

  @Test func minutesItemNamingAMandateIsNoTitle() {
    let text = """
      Protokoll från Regionsjukvårdsledningens möte

      § 4 Uppdragsbeskrivning för RSG läkemedel
      Beslut: Regionsjukvårdsledningen fastställer uppdragsbeskrivningen.
      """
    #expect(mandates(text) == nil)
  }

  @Test func sentenceAboutTheMandateIsNoTitle() {
    let text =
      "Uppdragsbeskrivning för RSG A\n\nUppdragsbeskrivningen revideras årligen av staben.\n\nUppdragsbeskrivning ska följas."
    #expect(mandates(text)?.count == 1)
  }

  @Test func threeMandateSectionsWithoutTitleStillMakeAMandate() {
    #expect(
      mandates("RSG läkemedel\n\nSyfte\nAtt samverka.\n\nSammansättning\nEn per region.\n\nFinansiering\nVar och en.")?
        .count == 1)
  }

  @Test func minutesAreNotAMandate() {
    #expect(
      detect("Minnesanteckningar 2024-03-01\n\nNärvarande\nAnna, Bo\n\nFinansiering\nInget att rapportera.")
        == .notAMandate(
          reason:
            "no title beginning \"Uppdragsbeskrivning\" and 1 of the sections a mandate has (found: financing; 3 needed)"
        ))
  }

  /// A title without a title word at its start is the first heading naming the group and its
  /// mandate; a numbered heading of minutes naming one is none, nor is a section's heading.
  @Test func titleNamingItsGroupAndMandate() {
    #expect(
      mandates("Uppdrag för regional arbetsgrupp långvarig smärta\n\nSyfte\nGruppen finns.")?.first?.first
        == "Uppdrag för regional arbetsgrupp långvarig smärta")
    #expect(
      mandates("Regional arbetsgrupp för palliativ vård – uppdragsbeskrivning\n\nSyfte\nGruppen finns.")?.first?.first
        == "Regional arbetsgrupp för palliativ vård – uppdragsbeskrivning")
    #expect(mandates("Protokoll\n\n§ 4 Uppdragsbeskrivning för RSG läkemedel\nBeslut fattades.") == nil)
    let sectionFirst = "Specifikt uppdrag för RPO hjärta\n\nSyfte\nGruppen finns.\n\nFinansiering\nEgen."
    #expect(mandates(sectionFirst)?.first?.first == "Specifikt uppdrag för RPO hjärta")
    #expect(MandateDetector().titleIndex(in: Layout().analyze(Fixture.text(sectionFirst)).blocks) == nil)
  }
}
