import Foundation

/// Mandates to compare, from documents (extracted) or from mandate JSON files as `extract`
/// writes them.
public struct MandateLoading: Sendable {
  public var extractor: Extractor

  public init(extractor: Extractor) {
    self.extractor = extractor
  }

  /// What one side of a comparison holds, and what went wrong reading it.
  public struct Side: Sendable {
    public var mandates: [Mandate] = []
    public var problems: [String] = []
  }

  /// The mandates of a file or a folder. In a folder, documents that are not mandates and
  /// JSON files that are not mandate files (a summary, a report, a gold file) are passed
  /// over; a file named directly must hold a mandate.
  public func load(_ path: String) -> Side {
    var isDirectory: ObjCBool = false
    let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    var side = Side()
    for file in InputFiles.expand([path], alsoTaking: ["json"]) {
      if file.path.lowercased().hasSuffix(".json") {
        if let data = FileManager.default.contents(atPath: file.path),
          let mandate = try? JSONDecoder().decode(Mandate.self, from: data)
        {
          side.mandates.append(mandate)
        } else if !isFolder {
          side.problems.append("\(file.path): not a mandate file (the JSON `mandat extract` writes)")
        }
        continue
      }
      switch extractor.extract(path: file.path) {
      case .mandates(let found): side.mandates += found
      case .notAMandate(let reason): if !isFolder { side.problems.append("\(file.path): not a mandate: \(reason)") }
      case .failed(let error): side.problems.append(error.description)
      }
    }
    return side
  }
}
