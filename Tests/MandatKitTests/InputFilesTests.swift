import Foundation
import Testing

@testable import MandatKit

@Suite struct InputFilesTests {
  /// Builds folders of empty files under a fresh temporary folder.
  func tree(_ paths: [String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("mandat-inputs-\(UUID().uuidString)")
    for path in paths {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data().write(to: url)
    }
    return root
  }

  @Test func foldersAreSearchedForKnownFormatsInSortedOrder() throws {
    let root = try tree(["b/x.pdf", "a.txt", "notes.md", ".hidden/y.pdf", "b/.z.pdf", "c.PDF"])
    defer { try? FileManager.default.removeItem(at: root) }
    let files = InputFiles.expand([root.path])
    #expect(files.map(\.outputName) == ["a.txt", "b/x.pdf", "c.PDF"])
    #expect(files[1].path == root.path + "/b/x.pdf")
  }

  /// A link to a file is taken as the file; a link to a folder is not followed, so no folder
  /// is listed twice nor a loop walked forever.
  @Test func linksAreTakenAsFilesAndNotFollowedIntoFolders() throws {
    let root = try tree(["b/x.pdf"])
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      atPath: root.path + "/a.pdf", withDestinationPath: root.path + "/b/x.pdf")
    try FileManager.default.createSymbolicLink(atPath: root.path + "/c", withDestinationPath: root.path + "/b")
    try FileManager.default.createSymbolicLink(atPath: root.path + "/b/loop", withDestinationPath: root.path)
    #expect(InputFiles.expand([root.path]).map(\.outputName) == ["a.pdf", "b/x.pdf"])
  }

  @Test func webPagesAndWordDocumentsAreTakenFromFolders() throws {
    let root = try tree(["a.html", "b.HTM", "c.docx", "d.doc", "e.zip"])
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(InputFiles.expand([root.path]).map(\.outputName) == ["a.html", "b.HTM", "c.docx"])
  }

  @Test func aFileNamedDirectlyIsTakenWhateverItsExtension() {
    #expect(
      InputFiles.expand(["/somewhere/uppdrag.bin"]) == [
        InputFile(path: "/somewhere/uppdrag.bin", outputName: "uppdrag.bin")
      ])
  }

  @Test func sameNameFromTwoFoldersKeepsBothApart() throws {
    let root = try tree(["2023/x.pdf", "2024/x.pdf", "2024/y.pdf"])
    defer { try? FileManager.default.removeItem(at: root) }
    let files = InputFiles.expand([root.path + "/2023", root.path + "/2024"])
    let base = root.path.split(separator: "/").joined(separator: "/")
    #expect(files.map(\.outputName) == [base + "/2023/x.pdf", base + "/2024/x.pdf", "y.pdf"])
  }
}
