/// A self-contained HTML page, as Mandat's reports are: no scripts, no external assets, a
/// viewport for phones, and well-formed XML, so that any parser can read it.
enum HTMLPage {
  static func render(title: String, style: String, body: [String]) -> String {
    """
    <!DOCTYPE html>
    <html lang="sv">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>\(escape(title))</title>
    <style>\(style)</style>
    </head>
    <body>
    \(body.joined(separator: "\n"))
    </body>
    </html>

    """
  }

  /// The text with `&`, `<`, `>` and `"` as entities; one pass, for reports of thousands of findings.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
