import Testing

@testable import MandatKit

@Suite struct DehyphenationTests {
  let rules = Dehyphenation(suspendedCompoundWords: Set(Vocabulary.standard.suspendedCompoundWords))

  @Test func wordBrokenAtLineEndIsJoined() {
    #expect(
      rules.join("som motsvarar de nation-", "ella samverkansgrupper").text
        == "som motsvarar de nationella samverkansgrupper")
    #expect(rules.join("bidrar till ut-", "vecklingen av god vård").text == "bidrar till utvecklingen av god vård")
  }

  @Test func tripleConsonantIsRestoredToTwo() {
    #expect(rules.join("respektive programområdes process-", "stöd.").text == "respektive programområdes processtöd.")
  }

  @Test func doubleConsonantBeforeAnotherLetterStays() {
    #expect(rules.join("kommer att fall-", "analysera").text == "kommer att fallanalysera")
  }

  @Test func suspendedCompoundKeepsHyphenAndSpace() {
    #expect(rules.join("utveckling av hälso-", "och sjukvården").text == "utveckling av hälso- och sjukvården")
    #expect(
      rules.join("samordna regionernas kvalitets-", "eller utvecklingsarbeten").text
        == "samordna regionernas kvalitets- eller utvecklingsarbeten")
  }

  @Test func hyphenOfTheWordItselfStays() {
    #expect(rules.join("efter covid-", "19-pandemin").text == "efter covid-19-pandemin")
    #expect(rules.join("en ny RSG-", "ordförande").text == "en ny RSG-ordförande")
  }

  @Test func softHyphenAlwaysJoins() {
    #expect(rules.join("vaccinations\u{00AD}", "rekommendationer").text == "vaccinationsrekommendationer")
  }

  @Test func slashAtLineEndRunsOn() {
    #expect(rules.join("samordna/", "bidra med synpunkter").text == "samordna/bidra med synpunkter")
  }

  @Test func plainLineBreakIsASpace() {
    #expect(
      rules.join("bildar tillsammans Sydöstra", "sjukvårdsregionen.").text
        == "bildar tillsammans Sydöstra sjukvårdsregionen.")
    #expect(rules.join("arbetet –", "inte bara").text == "arbetet – inte bara")
  }
}
