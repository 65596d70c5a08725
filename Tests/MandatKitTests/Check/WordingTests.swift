import Testing

@testable import MandatKit

@Suite struct WordingTests {
  @Test func wordDiffMarksRemovedAndAddedWords() {
    #expect(
      WordDiff("erbjudas diagnostik och behandling samt uppföljning", "erbjudas diagnostik, behandling och uppföljning")
        .marked == "erbjudas diagnostik [-och-] {+,+} behandling [-samt-] {+och+} uppföljning")
    #expect(WordDiff("samma text", "Samma text").marked == "Samma text")
  }

  @Test func similarityIsOneLessEditDistanceShare() {
    #expect(similarity("abc", "abc") == 1)
    #expect(similarity("", "") == 1)
    #expect(similarity("abc", "") == 0)
    #expect(similarity("kitten", "sitting") == 1 - 3.0 / 7)
    #expect(similarity("stödja regionala programområden", "stödja de regionala programområdena") > 0.85)
  }
}
