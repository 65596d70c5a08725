import MandatKit

/// The readers Mandat ships, one per input format.
public enum Readers {
  public static let all: [InputFormat: any DocumentReader] = Self.all(limits: ReadLimits())

  /// The readers, those that unpack, parse markup or hold text bounded by `limits`.
  public static func all(limits: ReadLimits) -> [InputFormat: any DocumentReader] {
    [
      .pdf: PDFReader(limits: limits),
      .text: TextReader(limits: limits),
      .html: HTMLReader(limits: limits),
      .docx: DOCXReader(limits: limits),
    ]
  }
}
