import Foundation

/// Runs the built `mandat` binary the way a user does, from the package root.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package's root folder, found from this file's place in Tests/.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The folder SwiftPM built the test bundle, and so the `mandat` binary, into.
  static let productsFolder: URL = {
    let candidates =
      [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL]
      + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
    return candidates.compactMap { $0 }.first {
      FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("mandat").path)
    } ?? Bundle.main.bundleURL
  }()

  /// The cache the tests' runs share, never the user's own.
  static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "mandat-test-cache-\(ProcessInfo.processInfo.processIdentifier)")

  static func run(
    _ arguments: [String], in folder: URL = root, environment: [String: String] = [:],
    executable: URL = productsFolder.appendingPathComponent("mandat")
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["MANDAT_CACHE_DIR": cacheFolder.path].merging(environment) { $1 }
    ) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mandat-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Whether golden files are being re-recorded (`MANDAT_RECORD=1`).
  static var isRecording: Bool { ProcessInfo.processInfo.environment["MANDAT_RECORD"] == "1" }

  /// Every file under `folder`, as sorted relative paths.
  static func files(under folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
      .filter { path in
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
        return !isDirectory.boolValue
      }
      .sorted()
  }
}
