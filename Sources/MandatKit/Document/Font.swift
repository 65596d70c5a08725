/// The typography of a run of text, as far as the input format knows it.
public struct Font: Hashable, Sendable {
  /// The font's name as the file names it, subset prefix removed (`Carlito-Bold`).
  public var name: String
  /// Size in points.
  public var size: Double
  public var isBold: Bool
  public var isItalic: Bool

  public init(name: String, size: Double, isBold: Bool, isItalic: Bool) {
    self.name = name
    self.size = (size * 10).rounded() / 10
    self.isBold = isBold
    self.isItalic = isItalic
  }

  /// Reads weight and slant from a PostScript font name, which is all a PDF reliably tells.
  ///
  /// `ABCDEF+Carlito-BoldItalic` → name `Carlito-BoldItalic`, bold, italic.
  public init(postScriptName: String, size: Double) {
    let name = postScriptName.split(separator: "+", maxSplits: 1).last.map(String.init) ?? postScriptName
    let lowered = name.lowercased()
    // URW's fonts name their bold `Medi` (NimbusRomNo9L-Medi); TeX's Computer Modern and EC
    // fonts say weight and shape in a code (SFBX1200: bold extended, SFTI1000: text italic).
    let texCode = ["cm", "sf", "ec", "tc"].contains { lowered.hasPrefix($0) } ? lowered.dropFirst(2) : nil
    let bold =
      ["bold", "black", "heavy", "semibold", "demi", "medi"].contains { lowered.contains($0) }
      || texCode?.hasPrefix("bx") == true || texCode?.hasPrefix("b1") == true
    let italic =
      ["italic", "oblique"].contains { lowered.contains($0) }
      || texCode.map { ["ti", "sl", "bi"].contains(String($0.prefix(2))) } == true
    self.init(name: name, size: size, isBold: bold, isItalic: italic)
  }
}
