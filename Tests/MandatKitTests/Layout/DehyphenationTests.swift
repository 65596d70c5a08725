import Foundation
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

@Suite struct HyphenDecisionTests {
  let rules = Dehyphenation(
    suspendedCompoundWords: Set(Vocabulary.standard.suspendedCompoundWords), hyphenatedWords: ["sms-tjänst"],
    closedWords: ["vårdgaranti"])

  @Test func singleLetterPrefixKeepsItsHyphen() {
    #expect(rules.join("utveckla e-", "hälsa").text == "utveckla e-hälsa")
    #expect(rules.join("utveckla e-", "hälsa").decision?.rule == .ownHyphen)
  }

  @Test func breakAfterTheDigitsOfAWordKeepsItsHyphen() {
    #expect(rules.join("sedan covid-19-", "pandemin").text == "sedan covid-19-pandemin")
  }

  @Test func everyDecisionNamesItsFragmentsAndRule() {
    #expect(
      rules.join("de nation-", "ella grupperna").decision
        == HyphenDecision(before: "nation-", after: "ella", result: "nationella", rule: .wordBroken))
    #expect(
      rules.join("respektive process-", "stöd.").decision
        == HyphenDecision(before: "process-", after: "stöd", result: "processtöd", rule: .tripleConsonant))
    #expect(
      rules.join("hälso-", "och sjukvård").decision
        == HyphenDecision(before: "hälso-", after: "och", result: "hälso- och", rule: .suspendedCompound))
    #expect(rules.join("bildar tillsammans", "Sydöstra").decision == nil)
  }

  @Test func vocabularyDecidesWhereTheRulesWouldBeWrong() {
    #expect(rules.join("via en sms-", "tjänst").text == "via en sms-tjänst")
    #expect(rules.join("via en sms-", "tjänst").decision?.rule == .vocabularyKept)
    #expect(rules.join("VÅRD-", "GARANTI").text == "VÅRDGARANTI")
    #expect(rules.join("VÅRD-", "GARANTI").decision?.rule == .vocabularyJoined)
  }
}

@Suite struct UnhyphenatedBreakTests {
  let rules = Dehyphenation(suspendedCompoundWords: [])

  @Test func wordBrokenWithoutHyphenInANarrowCellIsJoined() {
    #expect(
      rules.join("Utvecklar ändamålsenlig informationsförsörjnin", "g").text
        == "Utvecklar ändamålsenlig informationsförsörjning")
    #expect(rules.join("informationsförsörjnin", "g").decision?.rule == .brokenWithoutHyphen)
  }

  @Test(arguments: ["t.ex. stöd", "m.m.", "i regionen", "och stöd"])
  func realWordsAfterTheBreakStayWords(_ next: String) {
    #expect(rules.join("samverkar", next).text == "samverkar " + next)
  }
}

/// A paragraph of many one-letter lines, each read as the tail of a word broken without a
/// hyphen, is joined in linear time: the word before each break is looked for no further back
/// than any word is long (a debug build takes well under a second here; the quadratic search
/// took minutes).
@Suite struct DehyphenationCostTests {
  @Test func aParagraphOfThousandsOfOneLetterLinesIsJoinedInLinearTime() {
    let dehyphenation = Dehyphenation(suspendedCompoundWords: [], hyphenatedWords: [], closedWords: [])
    var text = "Gruppen ska samordna x"
    let start = Date()
    for _ in 0..<50_000 { _ = dehyphenation.append("x", to: &text) }
    #expect(Date().timeIntervalSince(start) < 20)
    #expect(text.count == "Gruppen ska samordna x".count + 50_000)
  }
}
