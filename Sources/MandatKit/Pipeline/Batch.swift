import Foundation

/// Writes what the extraction of input files found under an output folder.
///
/// Each mandate goes to `<name>.json` (several mandates in one file: `<name>.1.json`, …),
/// written whole or not at all; a file that fails leaves no output of its own behind,
/// including any from an earlier run. `summary.json` lists every file's outcome.
public struct Batch: Sendable {
  public var outputFolder: URL
  /// The folder's path, which every file written is named under.
  private let root: String
  private let folders = Folders()

  public init(outputFolder: URL) {
    self.outputFolder = outputFolder
    root = outputFolder.path
  }

  /// The outcome of one file, as reported in the summary.
  public struct FileReport: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Sendable {
      case mandate
      case notAMandate = "not-a-mandate"
      case failed
    }

    public var file: String
    public var status: Status
    /// Output files, relative to the output folder.
    public var outputs: [String]
    /// Why the file is not a mandate, or what is wrong with it.
    public var reason: String?
    /// The error's kind for failed files (`encrypted`, `damaged`, …).
    public var error: String?
    public var mandates: [MandateSummary]

    /// The report of a file, its mandates written to `outputs` (none when they were streamed).
    public init(_ file: InputFile, _ result: FileResult, outputs: [String] = []) {
      self.file = file.path
      self.outputs = outputs
      status = result.header.status
      reason = result.header.reason
      error = result.header.error
      mandates = result.header.mandates
    }
  }

  /// A line's worth of a mandate, for the summary.
  public struct MandateSummary: Codable, Hashable, Sendable {
    public var title: String
    public var group: Group?
    public var items: Int
  }

  public struct Summary: Codable, Hashable, Sendable {
    public var schemaVersion = Mandate.currentSchemaVersion
    public var files: [FileReport]

    public init(files: [FileReport]) {
      self.files = files
    }

    public var failed: Int { files.filter { $0.status == .failed }.count }
    public var notMandates: Int { files.filter { $0.status == .notAMandate }.count }
    public var mandates: Int { files.reduce(0) { $0 + $1.mandates.count } }
  }

  /// Writes what became of one file: its mandates, each whole or not at all, and nothing
  /// left of an earlier run's output for it. Safe to call for different files at once.
  public func write(_ result: FileResult, for file: InputFile) throws -> FileReport {
    let documents = result.documents
    let names =
      documents.count == 1
      ? [file.outputName + ".json"] : documents.indices.map { "\(file.outputName).\($0 + 1).json" }
    try removeOutputs(of: file, keeping: Set(names))
    for (written, (document, name)) in zip(documents, names).enumerated() {
      let path = root + "/" + name
      do {
        try folders.create(WholeFile.split(path).folder)
        try document.writeWhole(toPath: path)
      } catch {
        // The file fails as a whole: the mandates written before this one go too.
        for name in names.prefix(written) { _ = FileSystemPath.withCString(root + "/" + name) { unlink($0) } }
        throw error
      }
    }
    return FileReport(file, result, outputs: names)
  }

  /// Writes the summary of every file's outcome, in input order, as `name`.
  public func writeSummary(_ reports: [FileReport], as name: String = "summary.json") throws {
    try folders.create(root)
    try JSONExport.data(Summary(files: reports)).writeWhole(toPath: root + "/" + name)
  }

  /// Deletes what an earlier run wrote for this file, so no stale mandate outlives its source.
  private func removeOutputs(of file: InputFile, keeping kept: Set<String>) throws {
    let (folder, base) = WholeFile.split(root + "/" + file.outputName)
    let earlier = folders.earlierContents(of: folder)
    guard !earlier.isEmpty else { return }
    let prefix = WholeFile.split(file.outputName).folder
    for name in earlier where Self.isOutput(name, of: base) {
      let relative = prefix == "." ? name : prefix + "/" + name
      if !kept.contains(relative) { try FileManager.default.removeItem(atPath: folder + "/" + name) }
    }
  }

  /// `x.pdf.json` or `x.pdf.2.json` for `x.pdf`.
  private static func isOutput(_ name: String, of base: String) -> Bool {
    guard name.hasPrefix(base + "."), name.hasSuffix(".json") else { return false }
    let middle = name.dropFirst(base.count + 1).dropLast(".json".count)
    return middle.isEmpty || middle.allSatisfy(\.isNumber)
  }
}

extension Batch {
  /// The output folders a batch has made sure of, and what each held before the batch wrote
  /// to it: listed once per folder, not once per file, so a batch of thousands of files does
  /// not read its growing folder thousands of times.
  private final class Folders: @unchecked Sendable {
    private let lock = NSLock()
    private var created: Set<String> = []
    private var listings: [String: [String]] = [:]

    func create(_ folder: String) throws {
      guard lock.withLock({ !created.contains(folder) }) else { return }
      try WholeFile.makeFolders(folder)
      lock.withLock { _ = created.insert(folder) }
    }

    /// The names in `folder` when the batch first looked.
    func earlierContents(of folder: String) -> [String] {
      lock.withLock {
        if let names = listings[folder] { return names }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        listings[folder] = names
        return names
      }
    }
  }
}

extension Mandate {
  /// Items over all sections.
  public var itemCount: Int { sections.reduce(0) { $0 + $1.items.count } }
}
