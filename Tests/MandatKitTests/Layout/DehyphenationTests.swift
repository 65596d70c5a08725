import Testing

@testable import MandatKit

@Suite struct DehyphenationTests {
  let rules = Dehyphenation(suspendedCompoundWords: Set(Vocabulary.standard.suspendedCompoundWords))

  @Test func wordBrokenAtLineEndIsJoined() {
    #expect(
      rules.join("som motsvarar de nation-", "ella samverkansgrupper")
        == "som motsvarar de nationella samverkansgrupper")
    #expect(rules.join("bidrar till ut-", "vecklingen av god vård") == "bidrar till utvecklingen av god vård")
  }

  @Test func tripleConsonantIsRestoredToTwo() {
    #expect(rules.join("respektive programområdes process-", "stöd.") == "respektive programområdes processtöd.")
  }

  @Test func doubleConsonantBeforeAnotherLetterStays() {
    #expect(rules.join("kommer att fall-", "analysera") == "kommer att fallanalysera")
  }

  @Test func suspendedCompoundKeepsHyphenAndSpace() {
    #expect(rules.join("utveckling av hälso-", "och sjukvården") == "utveckling av hälso- och sjukvården")
    #expect(
      rules.join("samordna regionernas kvalitets-", "eller utvecklingsarbeten")
        == "samordna regionernas kvalitets- eller utvecklingsarbeten")
  }

  @Test func hyphenOfTheWordItselfStays() {
    #expect(rules.join("efter covid-", "19-pandemin") == "efter covid-19-pandemin")
    #expect(rules.join("en ny RSG-", "ordförande") == "en ny RSG-ordförande")
  }

  @Test func softHyphenAlwaysJoins() {
    #expect(rules.join("vaccinations\u{00AD}", "rekommendationer") == "vaccinationsrekommendationer")
  }

  @Test func slashAtLineEndRunsOn() {
    #expect(rules.join("samordna/", "bidra med synpunkter") == "samordna/bidra med synpunkter")
  }

  @Test func plainLineBreakIsASpace() {
    #expect(
      rules.join("bildar tillsammans Sydöstra", "sjukvårdsregionen.")
        == "bildar tillsammans Sydöstra sjukvårdsregionen.")
    #expect(rules.join("arbetet –", "inte bara") == "arbetet – inte bara")
  }
}
