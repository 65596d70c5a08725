import Crypto
import Foundation
import MandatKit
import Testing

/// Output/ is what `mandat extract Corpus --out Output` writes, byte for byte, and every file
/// in it follows the published schema.
@Suite(.serialized) struct OutputTests {
  /// The framework the main job checks the corpus against, as Scripts/run gives it.
  static let framework = [
    "--framework", "Corpus/framework/samverkan-2022.pdf", "--overrides", "Corpus/framework/overrides.json",
  ]

  @Test func extractingTheCorpusReproducesOutputByteForByte() throws {
    let fresh = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: fresh) }
    let result = try CLIRunner.run(["extract", "Corpus", "--out", fresh.path] + Self.framework)
    #expect(result.status == 3, "Corpus/broken holds files that must fail: \(result.stderr)")

    let committed = CLIRunner.root.appendingPathComponent("Output")
    if CLIRunner.isRecording {
      try? FileManager.default.removeItem(at: committed)
      try FileManager.default.copyItem(at: fresh, to: committed)
    }
    #expect(CLIRunner.files(under: fresh) == CLIRunner.files(under: committed))
    for file in CLIRunner.files(under: fresh) {
      let expected = try Data(contentsOf: committed.appendingPathComponent(file))
      let actual = try Data(contentsOf: fresh.appendingPathComponent(file))
      #expect(actual == expected, "Output/\(file) differs from what extract writes now; re-record with MANDAT_RECORD=1")
    }
  }

  @Test func everyMandateInOutputValidatesAgainstThePrintedSchema() throws {
    let schema = try CLIRunner.run(["schema"])
    #expect(schema.status == 0)
    let validator = try JSONSchemaValidator(schema: Data(schema.stdout.utf8))
    let output = CLIRunner.root.appendingPathComponent("Output")
    let mandates = CLIRunner.files(under: output).filter { $0.hasPrefix("mandates/") }
    #expect(mandates.count >= 2)
    for file in mandates {
      let errors = try validator.errors(in: Data(contentsOf: output.appendingPathComponent(file)))
      #expect(errors == [], "Output/\(file)")
    }
  }

  @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
    let validator = try JSONSchemaValidator(schema: Data(MandateSchema.text.utf8))
    let output = CLIRunner.root.appendingPathComponent("Output/mandates/rsg-vaccinationer.txt.json")
    var mandate = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as! [String: Any]
    mandate["schemaVersion"] = "2"
    mandate["surprise"] = true
    mandate.removeValue(forKey: "title")
    let errors = try validator.errors(in: JSONSerialization.data(withJSONObject: mandate))
    #expect(errors.sorted() == ["$.schemaVersion: not 1", "$: missing title", "$: unexpected property surprise"])
  }

  /// The schema is a contract: changing it without a new schemaVersion breaks consumers.
  @Test func schemaChangesOnlyWithANewSchemaVersion() {
    let pinned = ["1": "510dfd042502a978a5947d20f54de800b0732f7aadf6c74b99d3f2ef996d441a"]
    let digest = SHA256.hash(data: Data(MandateSchema.text.utf8)).map { String(format: "%02x", $0) }.joined()
    #expect(
      pinned[Mandate.currentSchemaVersion] == digest,
      "the schema changed: bump Mandate.currentSchemaVersion and pin the new schema's SHA-256 here")
  }

  @Test func recordingIsOffInCI() {
    if ProcessInfo.processInfo.environment["CI"] != nil { #expect(!CLIRunner.isRecording) }
  }
}
