import Foundation
import Testing

/// Other projects' test documents (Tests/RealWorld/, see its SOURCES.md): every file ends in a
/// clear outcome, never a crash or a timeout of its worker, and none is taken for a mandate.
@Suite struct RealWorldTests {
  /// How many files Tests/RealWorld/ holds, so that a file the batch skips is noticed.
  static let fileCount = 102

  @Test func everyFileEndsInAClearOutcome() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }

    let result = try CLIRunner.run([
      "extract", "Tests/RealWorld", "--out", folder.path, "--no-cache", "--quiet", "--timeout", "20",
    ])

    #expect(result.status == 3)
    let summary = try JSONSerialization.jsonObject(
      with: Data(contentsOf: folder.appendingPathComponent("summary.json")))
    let files = try #require((summary as? [String: Any])?["files"] as? [[String: Any]])
    #expect(files.count == Self.fileCount)
    let crashedOrHung = files.filter { ["crashed", "timeout"].contains($0["error"] as? String) }
      .map { $0["reason"] as? String ?? "" }
    #expect(crashedOrHung == [])
    let statuses = Set(files.compactMap { $0["status"] as? String })
    #expect(statuses.isSubset(of: ["not-a-mandate", "failed"]), "a real-world file taken for a mandate")
    for file in files where file["status"] as? String == "failed" {
      let path = try #require(file["file"] as? String)
      #expect((file["reason"] as? String)?.hasPrefix("\(path): ") == true)
    }
  }
}
