import MandatKit

/// The readers Mandat ships, one per input format.
public enum Readers {
  public static let all: [InputFormat: any DocumentReader] = [
    .pdf: PDFReader(),
    .text: TextReader(),
    .html: HTMLReader(),
    .docx: DOCXReader(),
  ]
}
