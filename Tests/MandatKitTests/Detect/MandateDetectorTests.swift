import Testing

@testable import MandatKit

@Suite struct MandateDetectorTests {
  func detect(_ text: String) -> MandateDetector.Detection {
    MandateDetector().detect(Layout().analyze(Fixture.text(text)))
  }

  @Test func titleOpensAMandate() {
    guard case .mandates(let parts) = detect("Uppdragsbeskrivning för RSG läkemedel\n\nSyfte\nGruppen finns.") else {
      Issue.record("not detected")
      return
    }
    #expect(parts.map { $0.map(\.text) } == [["Uppdragsbeskrivning för RSG läkemedel", "Syfte", "Gruppen finns."]])
  }

  @Test func twoTitlesAreTwoMandates() {
    let text =
      "Uppdragsbeskrivning för RSG A\n\nFinansiering\nEgen.\n\nUppdragsbeskrivning för RSG B\n\nFinansiering\nDelad."
    guard case .mandates(let parts) = detect(text) else {
      Issue.record("not detected")
      return
    }
    #expect(parts.map { $0.first?.text } == ["Uppdragsbeskrivning för RSG A", "Uppdragsbeskrivning för RSG B"])
  }

  @Test func sentenceAboutTheMandateIsNoTitle() {
    let text =
      "Uppdragsbeskrivning för RSG A\n\nUppdragsbeskrivningen revideras årligen av staben.\n\nUppdragsbeskrivning ska följas."
    guard case .mandates(let parts) = detect(text) else {
      Issue.record("not detected")
      return
    }
    #expect(parts.count == 1)
  }

  @Test func threeMandateSectionsWithoutTitleStillMakeAMandate() {
    guard
      case .mandates = detect(
        "RSG läkemedel\n\nSyfte\nAtt samverka.\n\nSammansättning\nEn per region.\n\nFinansiering\nVar och en.")
    else {
      Issue.record("not detected")
      return
    }
  }

  @Test func minutesAreNotAMandate() {
    #expect(
      detect("Minnesanteckningar 2024-03-01\n\nNärvarande\nAnna, Bo\n\nFinansiering\nInget att rapportera.")
        == .notAMandate(
          reason:
            "no title beginning \"Uppdragsbeskrivning\" and 1 of the sections a mandate has (found: financing; 3 needed)"
        ))
  }
}
