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

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
