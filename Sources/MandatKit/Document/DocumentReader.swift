import Foundation

/// Turns the bytes of one file of a known format into a ``RawDocument``.
///
/// Readers live in MandatIngest, the only module that touches C libraries; MandatKit
/// sees them through this protocol so that the rest of the pipeline stays pure Swift.
public protocol DocumentReader: Sendable {
  /// - Parameters:
  ///   - data: the whole file.
  ///   - path: the file's path, for messages only.
  /// - Throws: ``ReadError`` saying in plain words what is wrong with the file.
  func read(_ data: Data, path: String) throws(ReadError) -> RawDocument
}

/// Why a file could not be read: one case per thing a user can do something about.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
  case fileMissing(path: String)
  case unreadable(path: String, reason: String)
  case notAPDF(path: String)
  case unknownFormat(path: String)
  /// The file is of `format` but cannot be read whole.
  case damaged(path: String, format: InputFormat, detail: String)
  /// The file is of `format` but opens only with a password.
  case encrypted(path: String, format: InputFormat)
  case noTextLayer(path: String, pages: Int)
  case empty(path: String)
  /// The file asks for more than ``ReadLimits`` allow: `detail` says what and by how much.
  case overLimit(path: String, limit: ReadLimits.Limit, detail: String)

  /// A stable identifier for scripts and tests (`encrypted`, `no-text-layer`, …).
  public var kind: String {
    switch self {
    case .fileMissing: "file-missing"
    case .unreadable: "unreadable"
    case .notAPDF: "not-a-pdf"
    case .unknownFormat: "unknown-format"
    case .damaged: "damaged"
    case .encrypted: "encrypted"
    case .noTextLayer: "no-text-layer"
    case .empty: "empty"
    case .overLimit(_, let limit, _): limit.kind
    }
  }

  public var path: String {
    switch self {
    case .fileMissing(let path), .unreadable(let path, _), .notAPDF(let path),
      .unknownFormat(let path), .damaged(let path, _, _), .encrypted(let path, _),
      .noTextLayer(let path, _), .empty(let path), .overLimit(let path, _, _):
      path
    }
  }

  public var description: String {
    switch self {
    case .fileMissing(let path):
      "\(path): no such file"
    case .unreadable(let path, let reason):
      "\(path): cannot be read (\(reason))"
    case .notAPDF(let path):
      "\(path): not a PDF: the file is named .pdf but its content is something else"
    case .unknownFormat(let path):
      "\(path): unknown format: neither PDF, Word document, web page nor text"
    case .damaged(let path, let format, let detail):
      "\(path): damaged or truncated \(format.displayName) (\(detail))"
    case .encrypted(let path, let format):
      "\(path): \(format == .pdf ? "encrypted" : "password-protected") \(format.displayName): it needs a password; save an unprotected copy and try again"
    case .noTextLayer(let path, let pages):
      "\(path): no text layer: its \(pages == 1 ? "page is an image" : "\(pages) pages are images"); run OCR on it first"
    case .empty(let path):
      "\(path): empty: the document has no pages, or its pages show neither text nor images"
    case .overLimit(let path, _, let detail):
      "\(path): not read: \(detail)"
    }
  }
}
