import Foundation

/// The kinds of file Mandat reads, recognised by their first bytes rather than their names.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
  case pdf
  case text
  case html
  case docx

  /// The format of a file's content, or `nil` when no reader knows it.
  ///
  /// - A PDF by `%PDF-` within its first kilobyte (as PDF viewers accept).
  /// - A Word document by being a ZIP package that names `word/document.xml` (in a local header
  ///   or its table of contents), or any ZIP package named `.docx`, so that a damaged one is
  ///   called damaged; a password-protected one by being an OLE compound file holding an
  ///   `EncryptedPackage`, which is how Office encrypts a `.docx`.
  /// - HTML by `<!doctype html`, `<html`, `<head` or `<body` at its start, after a byte order
  ///   mark and white space, in any case.
  /// - Text by decoding as UTF-8 or, failing that, by having no control bytes.
  ///
  /// - Parameters:
  ///   - data: the whole file: a ZIP package names its parts in a table of contents at its end.
  ///   - path: the file's name, consulted only for a ZIP package that names no Word part.
  public static func detect(_ data: Data, path: String = "") -> InputFormat? {
    let prefix = data.prefix(1024)
    if prefix.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
    if data.starts(with: zipMagic) {
      let namesWordPart = data.range(of: Data("word/document.xml".utf8)) != nil
      return namesWordPart || path.lowercased().hasSuffix(".docx") ? .docx : nil
    }
    if data.starts(with: oleMagic) {
      return data.range(of: Data("EncryptedPackage".utf16LittleEndian)) != nil ? .docx : nil
    }
    if looksLikeHTML(prefix) { return .html }
    if looksLikeText(prefix) { return .text }
    return nil
  }

  /// File extensions conventionally used for the format, to pick files from a folder.
  public var extensions: Set<String> {
    switch self {
    case .pdf: ["pdf"]
    case .text: ["txt", "text"]
    case .html: ["html", "htm"]
    case .docx: ["docx"]
    }
  }

  /// What a person calls a file of the format, for messages.
  public var displayName: String {
    switch self {
    case .pdf: "PDF"
    case .text: "text file"
    case .html: "web page"
    case .docx: "Word document"
    }
  }

  /// The first bytes of a ZIP package, which a `.docx` is.
  static let zipMagic = Data([0x50, 0x4B, 0x03, 0x04])
  /// The first bytes of an OLE compound file, which an encrypted `.docx` is.
  public static let oleMagic = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])

  /// Bytes with no control characters but tab, line ends and form feed.
  public static func looksLikeText(_ bytes: Data) -> Bool {
    let allowedControls: Set<UInt8> = [0x09, 0x0A, 0x0C, 0x0D]
    return !bytes.contains { $0 < 0x20 && !allowedControls.contains($0) || $0 == 0x7F }
  }

  private static func looksLikeHTML(_ bytes: Data) -> Bool {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    start = start.drop { [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains($0) }
    let head = String(decoding: start.prefix(16), as: UTF8.self).lowercased()
    return ["<!doctype html", "<html", "<head", "<body"].contains { tag in
      head.hasPrefix(tag) && head.dropFirst(tag.count).first.map { $0 == ">" || $0.isWhitespace } != false
    }
  }
}

extension String {
  fileprivate var utf16LittleEndian: [UInt8] {
    utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }
}
