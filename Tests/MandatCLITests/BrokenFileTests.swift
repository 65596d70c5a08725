import Foundation
import Testing

/// Each kind of broken file: one clear line naming the file and what is wrong, exit status 3,
/// the good file of the batch still written, and nothing left behind for the broken one.
@Suite struct BrokenFileTests {
  /// What the good file of the batch leaves: its mandate, the summary and the report.
  static let goodOutputs = ["good.txt.json", "report.html", "report.json", "report.md", "summary.json"]

  static let cases: [(file: String, message: String)] = [
    ("encrypted.pdf", "encrypted PDF: it needs a password; save an unprotected copy and try again"),
    ("truncated.pdf", "damaged or truncated PDF (the file ends before its end-of-file marker; it looks truncated)"),
    ("image-only.pdf", "no text layer: its 2 pages are images; run OCR on it first"),
    ("zero-pages.pdf", "empty: the document has no pages, or its pages show neither text nor images"),
    ("not-a-pdf.pdf", "not a PDF: the file is named .pdf but its content is something else"),
    (
      "encrypted.docx",
      "password-protected Word document: it needs a password; save an unprotected copy and try again"
    ),
    (
      "truncated.docx",
      "damaged or truncated Word document (its ZIP package has no table of contents; it looks truncated)"
    ),
  ]

  @Test(arguments: cases)
  func brokenFileIsReportedAndTheRestIsWritten(file: String, message: String) throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let corpus = CLIRunner.root.appendingPathComponent("Corpus")
    try FileManager.default.copyItem(
      at: corpus.appendingPathComponent("broken/\(file)"), to: input.appendingPathComponent(file))
    try FileManager.default.copyItem(
      at: corpus.appendingPathComponent("mandates/rsg-vaccinationer.txt"),
      to: input.appendingPathComponent("good.txt"))
    // A stale result from an earlier run must not survive the file turning bad.
    let output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: output.appendingPathComponent("\(file).json"))

    let result = try CLIRunner.run(["extract", "in", "--out", "out"], in: folder)

    #expect(result.status == 3)
    #expect(result.stderr == "failed        in/\(file): \(message)\n")
    #expect(CLIRunner.files(under: output) == Self.goodOutputs)
  }

  /// A PDF just over `--max-pages` fails with its own kind; at the limit it is read.
  @Test(arguments: [(2, false), (3, true)])
  func pageLimit(maxPages: Int, isRead: Bool) throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: CLIRunner.root.appendingPathComponent("Corpus/mandates/rsg-vaccinationer.pdf"),
      to: folder.appendingPathComponent("three-pages.pdf"))
    let result = try CLIRunner.run(
      ["extract", "three-pages.pdf", "--out", "out", "--no-cache", "--max-pages", String(maxPages)], in: folder)
    #expect(result.status == (isRead ? 0 : 5))
    let summary = try String(contentsOf: folder.appendingPathComponent("out/summary.json"), encoding: .utf8)
    #expect(summary.contains("\"too-many-pages\"") == !isRead)
    if !isRead {
      #expect(
        result.stderr
          == "failed        three-pages.pdf: not read: it has 3 pages, more than the 2 a PDF may (--max-pages)\n")
    }
  }

  @Test func missingFileIsReportedAndTheRestIsWritten() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: CLIRunner.root.appendingPathComponent("Corpus/mandates/rsg-vaccinationer.txt"),
      to: folder.appendingPathComponent("good.txt"))

    let result = try CLIRunner.run(["extract", "gone.pdf", "good.txt", "--out", "out"], in: folder)

    #expect(result.status == 3)
    #expect(result.stderr == "failed        gone.pdf: no such file\n")
    #expect(CLIRunner.files(under: folder.appendingPathComponent("out")) == Self.goodOutputs)
  }
}
