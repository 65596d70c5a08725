/// The most a reader takes from one file, so that a hostile or broken file fails fast with a
/// clear error instead of exhausting the machine's memory or the batch's time.
///
/// The defaults are far above any real mandate (1–10 pages, some 20 000 characters, a Word file's
/// parts a few hundred kilobytes unpacked) and keep a file at the limits under two seconds and
/// 300 MB of memory.
public struct ReadLimits: Sendable, Equatable {
  /// The bytes the parts a Word document is read from (document, styles, numbering, properties)
  /// may unpack to together, checked against the sizes the package declares before anything is
  /// unpacked, and again while unpacking.
  public var unpackedBytes: Int
  /// How many times larger than its packed size a part of a Word document may unpack to; parts
  /// that unpack to less than ``ReadLimits/ratioExemptBytes`` are not asked.
  public var compressionRatio: Int
  /// The bytes a web page's file may hold: libxml2 and the reader cost memory and time by the
  /// element, and a page of nothing but markup holds no text for the other limits to catch.
  public var pageBytes: Int
  /// How deep elements of a web page may nest. Browsers stop at 512 too (Chromium's parser puts
  /// anything deeper beside its parent).
  public var nestingDepth: Int
  /// How many characters of text one document may hold.
  public var textCharacters: Int
  /// How many pages a PDF may have: each is read, and a file of a million empty pages is
  /// cheap to make.
  public var pages: Int

  /// A part this small may be compressed any amount: it cannot hurt.
  public static let ratioExemptBytes = 1 << 20

  public init(
    unpackedBytes: Int = 4 << 20, compressionRatio: Int = 200, pageBytes: Int = 2 << 20, nestingDepth: Int = 512,
    textCharacters: Int = 1_000_000, pages: Int = 2_000
  ) {
    self.unpackedBytes = unpackedBytes
    self.compressionRatio = compressionRatio
    self.pageBytes = pageBytes
    self.nestingDepth = nestingDepth
    self.textCharacters = textCharacters
    self.pages = pages
  }

  /// The limits in a few characters, for the names of what depends on them (the cache's folder):
  /// a result read under other limits is never served.
  public var fingerprint: String {
    "\(unpackedBytes).\(compressionRatio).\(pageBytes).\(nestingDepth).\(textCharacters).\(pages)"
  }

  /// One of the limits, for the error that names it.
  public enum Limit: String, Sendable, Equatable, CaseIterable {
    case unpackedBytes, compressionRatio, pageBytes, nestingDepth, textCharacters, pages

    /// The error kind a file over this limit gets in `summary.json`.
    public var kind: String {
      switch self {
      case .unpackedBytes: "unpacked-too-large"
      case .compressionRatio: "compression-ratio-too-high"
      case .pageBytes: "page-too-large"
      case .nestingDepth: "nested-too-deep"
      case .textCharacters: "text-too-long"
      case .pages: "too-many-pages"
      }
    }
  }

  /// A size for a message: megabytes from one megabyte on, to the next tenth where not whole (so
  /// that a size just over a limit never reads as the limit), else bytes.
  public static func size(_ bytes: Int) -> String {
    guard bytes >= 1 << 20 else { return "\(bytes) bytes" }
    let tenths = (bytes * 10 + (1 << 20) - 1) >> 20
    return bytes & (1 << 20 - 1) == 0 ? "\(bytes >> 20) MB" : "\(tenths / 10).\(tenths % 10) MB"
  }
}
