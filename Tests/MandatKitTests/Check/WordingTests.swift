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

  /// Letters with combining marks are compared as the characters they make, however composed.
  @Test func similarityComparesCharactersNotScalars() {
    #expect(similarity("stödja", "sto\u{0308}dja") == 1)
    #expect(similarity("Stödja", "stödja") == 1)
  }

  /// The closest wording is the most alike (the first of equals), and none when all are less
  /// alike than asked; wordings whose lengths rule them out change nothing.
  @Test func closestWordingIsTheMostAlikeAboveTheMinimum() {
    let tasks = ["följa upp resultat", "stödja regionala programområden", "stödja regionala programområden.", "x"]
    let found = closestWording(to: "stödja de regionala programområdena", among: tasks, atLeast: 0.6)
    #expect(found?.wording == "stödja regionala programområden")
    #expect(found?.likeness == similarity("stödja regionala programområden", "stödja de regionala programområdena"))
    #expect(closestWording(to: "helt annan text om budget", among: tasks, atLeast: 0.6) == nil)
    #expect(closestWording(to: "x", among: [], atLeast: 0) == nil)
  }
}
