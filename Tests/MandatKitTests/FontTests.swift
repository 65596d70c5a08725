import Testing

@testable import MandatKit

@Suite struct FontTests {
  @Test(arguments: [
    ("BAAAAA+Carlito", "Carlito", false, false),
    ("CAAAAA+Carlito-Bold", "Carlito-Bold", true, false),
    ("Calibri-BoldItalic", "Calibri-BoldItalic", true, true),
    ("ArialMT-Oblique", "ArialMT-Oblique", false, true),
    ("SourceSansPro-Semibold", "SourceSansPro-Semibold", true, false),
    ("FDXAJG+NimbusRomNo9L-Medi", "NimbusRomNo9L-Medi", true, false),
    ("NimbusRomNo9L-Regu", "NimbusRomNo9L-Regu", false, false),
    ("ABCDEF+SFBX1200", "SFBX1200", true, false),
    ("SFRM1000", "SFRM1000", false, false),
    ("SFTI1000", "SFTI1000", false, true),
    ("CMBX12", "CMBX12", true, false),
    ("CMR10", "CMR10", false, false),
  ])
  func weightAndSlantComeFromThePostScriptName(postScript: String, name: String, bold: Bool, italic: Bool) {
    #expect(Font(postScriptName: postScript, size: 11) == Font(name: name, size: 11, isBold: bold, isItalic: italic))
  }
}
