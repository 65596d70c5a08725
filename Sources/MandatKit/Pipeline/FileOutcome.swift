/// What became of one input file, in a form that crosses a process boundary (a worker
/// sends it back as JSON) and a cache (it is stored as JSON): the mandates found, the reason
/// the file is no mandate, or what went wrong.
public enum FileOutcome: Codable, Hashable, Sendable {
  case mandates([Mandate])
  case notAMandate(reason: String)
  case failed(kind: String, message: String)

  public init(_ outcome: ExtractionOutcome) {
    switch outcome {
    case .mandates(let mandates): self = .mandates(mandates)
    case .notAMandate(let reason): self = .notAMandate(reason: reason)
    case .failed(let error): self = .failed(kind: error.kind, message: error.description)
    }
  }

  /// A file that took longer than the batch allows; its worker was stopped.
  static func timedOut(_ path: String, after seconds: Double) -> FileOutcome {
    .failed(
      kind: "timeout",
      message: "\(path): timed out: reading took longer than \(Int(seconds.rounded())) s and was stopped")
  }

  /// A file whose reader ended its worker (a crash in the PDF library, or worse).
  static func crashed(_ path: String, status: String) -> FileOutcome {
    .failed(
      kind: "crashed", message: "\(path): the reader crashed on this file (\(status)); the rest of the batch went on")
  }

  /// The same outcome as read from the file at another path: the mandates' `source.file`
  /// follows the file, so a cached result serves a moved or copied file too.
  func relocated(to path: String) -> FileOutcome {
    guard case .mandates(var mandates) = self else { return self }
    for index in mandates.indices { mandates[index].source.file = path }
    return .mandates(mandates)
  }
}
