import Foundation

/// What a web page says about itself rather than the mandate it shows: a line led by a label
/// such as `Senast uppdaterad:` or `Sidansvarig:`, a toolbar of buttons (`Skriv ut`, `Dela`),
/// a feedback question with its answers. The web page reader leaves it out of the content, and
/// a page printed to PDF ends its mandate there: what follows is the site around it.
public enum PageMatter {
  /// Labels of lines that say something about the page rather than the mandate.
  static let labels = [
    "senast uppdaterad", "senast ändrad", "sidan uppdaterades", "sidan senast uppdaterad", "uppdaterad",
    "sidansvarig", "sidansvariga", "innehållsansvarig", "ansvarig för sidan", "publicerad", "publicerades",
    "granskad", "last updated", "last modified", "published",
  ]
  /// Labels whose date is when the page last changed.
  static let modifiedLabels: Set<String> = [
    "senast uppdaterad", "senast ändrad", "sidan uppdaterades", "sidan senast uppdaterad", "uppdaterad",
    "last updated", "last modified",
  ]
  /// What the buttons of a page's toolbar say.
  static let toolbarWords: Set<String> = [
    "skriv ut", "skriv ut sidan", "dela", "dela sidan", "lyssna", "läs upp", "lyssna på sidan", "tipsa",
    "tipsa en vän", "e-post", "e-posta", "mejla", "facebook", "twitter", "x", "linkedin", "kopiera länk",
    "skicka länk", "spara som pdf", "ladda ner som pdf", "print", "share", "listen",
  ]
  /// The answers of a feedback widget's question, as links where they are no buttons.
  static let feedbackAnswers: Set<String> = ["ja", "nej", "yes", "no", "delvis"]

  static let months = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december",
  ]

  /// The label a line starts with, followed by a colon or a date (`Publicerad 12 maj 2023`);
  /// `nil` for a line of more than 160 characters, which says more than that.
  public static func label(of text: String) -> String? {
    guard text.utf8.count <= 320, text.count <= 160 else { return nil }
    let lowered = text.lowercased()
    return labels.filter { lowered.hasPrefix($0) }.max { $0.count < $1.count }.flatMap { label in
      let rest = lowered.dropFirst(label.count).drop(while: \.isWhitespace)
      return rest.first == ":" || rest.first?.isNumber == true || months.contains { rest.hasPrefix($0) } ? label : nil
    }
  }

  /// Whether the label's date is when the page last changed.
  public static func tellsModified(_ label: String) -> Bool {
    modifiedLabels.contains(label)
  }

  /// Pieces of text that are all a toolbar's buttons (`Dela:`, `Facebook`, `E-post`).
  public static func isToolbar(_ pieces: [String]) -> Bool {
    !pieces.isEmpty && pieces.joined(separator: " ").count <= 120
      && pieces.allSatisfy { toolbarWords.contains(word($0)) }
  }

  /// A question followed only by its answers (`Hittade du det du sökte?` `Ja` `Nej`).
  public static func isFeedback(_ pieces: [String]) -> Bool {
    let answers = pieces.dropFirst().map(word)
    return pieces.first?.hasSuffix("?") == true && !answers.isEmpty && answers.allSatisfy(feedbackAnswers.contains)
  }

  /// A line of text that is the page's own matter: a label's line, or a toolbar's words. Most
  /// lines are told apart by their first word alone.
  public static func isPageMatter(_ text: String) -> Bool {
    // A character takes at least a byte: a long text is surely no such line.
    guard text.utf8.count <= 320, firstWords.contains(word(String(text.prefix { $0 != " " && $0 != ":" }))) else {
      return false
    }
    return label(of: text) != nil || isToolbar(text.split(whereSeparator: { $0 == " " || $0 == ":" }).map(String.init))
  }

  /// The words a label's line or a toolbar can start with.
  static let firstWords = Set(
    (labels + toolbarWords).compactMap { $0.split(separator: " ").first.map(String.init) })

  /// A piece of text as a word of a button: lowercased, without punctuation at either end
  /// (`Dela:` → `dela`).
  static func word(_ piece: String) -> String {
    let lowered = piece.lowercased()
    guard let first = lowered.firstIndex(where: { !$0.isPunctuation }),
      let last = lowered.lastIndex(where: { !$0.isPunctuation })
    else { return "" }
    return String(lowered[first...last])
  }

  /// The first date of a line as `yyyy-mm-dd`: written so, or `12 maj 2023`.
  public static func date(in text: String) -> String? {
    if let match = text.firstMatch(of: /(\d{4})-(\d{2})-(\d{2})/) { return String(match.output.0) }
    guard let match = text.lowercased().firstMatch(of: /(\d{1,2})\s+([a-zåäö]+)\s+(\d{4})/),
      let month = months.firstIndex(of: String(match.output.2)), let day = Int(match.output.1)
    else { return nil }
    return "\(match.output.3)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
  }
}
