import Foundation
import MandatKit
import Testing

/// `--vocabulary FILE`: a region's own headings, added without recompiling.
@Suite struct VocabularyOptionTests {
  static let mandate = """
    Uppdragsbeskrivning för regionalt nätverk sårvård i Sydöstra sjukvårdsregionen

    Syfte
    Nätverket samlar regionernas sårsjuksköterskor.

    Gruppens medverkande
    En sårsjuksköterska per region.
    """

  @Test func aRegionsHeadingsAndGroupKindsAreAdded() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.mandate.write(to: folder.appendingPathComponent("natverk.txt"), atomically: true, encoding: .utf8)
    try
      #"{ "sections": [ { "key": "composition", "headings": ["Gruppens medverkande"] } ], "groupKinds": { "RSG": ["regionalt nätverk"] } }"#
      .write(to: folder.appendingPathComponent("region.json"), atomically: true, encoding: .utf8)

    _ = try CLIRunner.run(["extract", "natverk.txt", "--out", "without", "--no-cache"], in: folder)
    _ = try CLIRunner.run(
      ["extract", "natverk.txt", "--out", "with", "--no-cache", "--vocabulary", "region.json"], in: folder)
    func mandate(_ out: String) throws -> Mandate {
      try JSONDecoder().decode(
        Mandate.self, from: Data(contentsOf: folder.appendingPathComponent("\(out)/natverk.txt.json")))
    }
    #expect(try mandate("without").sections.map(\.key) == ["purpose"])
    #expect(try mandate("without").group == nil)
    #expect(try mandate("with").sections.map(\.key) == ["purpose", "composition"])
    #expect(try mandate("with").composition?.text == "En sårsjuksköterska per region.")
    let group = try mandate("with").group
    #expect([group?.kind, group?.name, group?.organization] == ["RSG", "sårvård", "Sydöstra sjukvårdsregionen"])
  }

  @Test func aVocabularyOfTheWrongShapeIsAUsageError() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try #"{ "sections": "Syfte" }"#.write(
      to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["inspect", "x.txt", "--vocabulary", "bad.json"], in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.contains("the vocabulary file bad.json is not a vocabulary: sections: "))
  }
}
