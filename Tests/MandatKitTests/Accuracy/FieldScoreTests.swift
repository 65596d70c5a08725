import Testing

@testable import MandatKit

@Suite struct FieldScoreTests {
  @Test func exactValuesMatchStrictly() {
    let score = FieldScore(gold: ["stödja RPO", "bereda ärenden"], extracted: ["bereda  ärenden", "stödja RPO"])
    #expect(score.strict == Rates(matches: 2, gold: 2, extracted: 2))
    #expect(score.strict.f1 == 1)
  }

  @Test func nearlyEqualValueMatchesOnlySoftly() {
    let score = FieldScore(
      gold: ["samverka med andra programområden"], extracted: ["samverka med andra programområden."])
    #expect(score.strictMatches == 0)
    #expect(score.softMatches == 1)
    #expect(score.soft.f1 == 1)
  }

  @Test func missedAndSpuriousValuesCount() {
    let score = FieldScore(gold: ["a", "b", "c", "d"], extracted: ["a", "b", "Sida 2 av 3"])
    #expect(score.strict.precision == 2.0 / 3.0)
    #expect(score.strict.recall == 0.5)
    #expect(abs(score.strict.f1 - 4.0 / 7.0) < 1e-12)
  }

  @Test func emptyGoldAndNothingFoundIsPerfect() {
    #expect(FieldScore(gold: [], extracted: []).strict.f1 == 1)
    #expect(FieldScore(gold: [], extracted: ["x"]).strict.f1 == 0)
  }

  @Test func eachGoldValueIsMatchedOnce() {
    let score = FieldScore(gold: ["stödja RPO"], extracted: ["stödja RPO", "stödja RPO"])
    #expect(score.strictMatches == 1)
    #expect(score.softMatches == 1)
  }

  @Test func coverageCountsBodyWordsThatLandedInTheMandate() {
    let text = Fixture.text("Uppdragsbeskrivning för RSG A\n\nSyfte\nAtt samverka.")
    let blocks = Layout().analyze(text).blocks
    let source = SourceFile(file: "x.txt", sha256: "", format: .text, pages: 1)
    let mandate = MandateParser().parse(
      blocks, source: source, document: DocumentInfo(runningMatter: [], metadata: [:]))
    let full = DocumentScore(document: "x.txt", gold: [], extracted: [mandate], body: blocks)
    #expect(full.coverage == 1)
    let missing = Block(kind: .paragraph, text: "Ett stycke som inte kom med", source: SourceRef(page: 1))
    let partial = DocumentScore(document: "x.txt", gold: [], extracted: [mandate], body: blocks + [missing])
    #expect(partial.coverage == 7.0 / 13.0)
  }
}
