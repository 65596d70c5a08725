/// The words that differ between two wordings, by the common subsequence of words with the
/// most letters, so that `behandling` is kept in common before `och`.
struct WordDiff: Hashable, Sendable {
  enum Part: Hashable, Sendable {
    case same(String)
    case removed(String)
    case added(String)
  }

  var parts: [Part]

  init(_ old: String, _ new: String) {
    let a = Self.words(old)
    let b = Self.words(new)
    let foldedA = a.map(ItemIdentity.folded)
    let foldedB = b.map(ItemIdentity.folded)
    var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] =
          foldedA[i] == foldedB[j]
          ? lengths[i + 1][j + 1] + b[j].count : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var parts: [Part] = []
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, foldedA[i] == foldedB[j] {
        parts.append(.same(b[j]))
        (i, j) = (i + 1, j + 1)
      } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
        parts.append(.added(b[j]))
        j += 1
      } else {
        parts.append(.removed(a[i]))
        i += 1
      }
    }
    self.parts = parts
  }

  /// `erbjudas diagnostik [-och-] {+,+} behandling …`: removed words in `[-…-]`, added in
  /// `{+…+}`, runs of either kept together.
  var marked: String {
    var out: [String] = []
    var index = 0
    while index < parts.count {
      if case .same(let word) = parts[index] {
        // Punctuation the two share stays on its word: `ska:`, not `ska :`.
        if let last = out.last, word.allSatisfy(\.isPunctuation) {
          out[out.count - 1] = last + word
        } else {
          out.append(word)
        }
        index += 1
        continue
      }
      var removed: [String] = []
      var added: [String] = []
      while index < parts.count {
        if case .removed(let word) = parts[index] {
          removed.append(word)
        } else if case .added(let word) = parts[index] {
          added.append(word)
        } else {
          break
        }
        index += 1
      }
      if !removed.isEmpty { out.append("[-" + removed.joined(separator: " ") + "-]") }
      if !added.isEmpty { out.append("{+" + added.joined(separator: " ") + "+}") }
    }
    return out.joined(separator: " ")
  }

  /// Words with their punctuation split off, so `diagnostik,` and `diagnostik` match.
  private static func words(_ text: String) -> [String] {
    var words: [String] = []
    for token in text.split(whereSeparator: \.isWhitespace) {
      var word = Substring(token)
      var trailing: [String] = []
      while let last = word.last, ",.;:!?".contains(last) {
        trailing.insert(String(last), at: 0)
        word = word.dropLast()
      }
      if !word.isEmpty { words.append(String(word)) }
      words += trailing
    }
    return words
  }
}
