/// How alike two wordings are, 0…1: one less the edit distance (Levenshtein, over
/// characters, ignoring case) as a share of the longer wording.
///
/// `stödja regionala programområden` and `stödja de regionala programområdena` are 0.89
/// alike: a rewording of one task, where comparing whole words would see two different ones.
func similarity(_ a: String, _ b: String) -> Double {
  similarity(a, b, reaching: 0)!
}

/// The wording among `candidates` most like `text` (the first of equals), if one is at least
/// `minimum` alike: a rewording of it.
func closestWording(to text: String, among candidates: [String], atLeast minimum: Double) -> (
  wording: String, likeness: Double
)? {
  var closest: (wording: String, likeness: Double)?
  for candidate in candidates {
    guard let likeness = similarity(candidate, text, reaching: max(minimum, closest?.likeness ?? 0)),
      likeness >= minimum, likeness > closest?.likeness ?? -1
    else { continue }
    closest = (candidate, likeness)
  }
  return closest
}

/// ``similarity(_:_:)``, or `nil` when the lengths alone keep it below `minimum` (the edit
/// distance is at least the difference in length), so that the distance is not worked out.
private func similarity(_ a: String, _ b: String, reaching minimum: Double) -> Double? {
  let (x, y) = numberedCharacters(a.lowercasedQuickly, b.lowercasedQuickly)
  guard !x.isEmpty || !y.isEmpty else { return 1 }
  guard 1 - Double(abs(x.count - y.count)) / Double(max(x.count, y.count)) >= minimum else { return nil }
  var previous = Array(0...y.count)
  var current = previous
  for i in 1...max(x.count, 1) where !x.isEmpty {
    current[0] = i
    for j in stride(from: 1, through: y.count, by: 1) {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
    }
    swap(&previous, &current)
  }
  let distance = x.isEmpty ? y.count : previous[y.count]
  return 1 - Double(distance) / Double(max(x.count, y.count))
}

/// The characters of both texts as numbers, the same where the characters are the same, so
/// that the distance compares integers, not strings: a character is its scalar where every
/// scalar of both texts is a character of its own (Latin letters without combining marks),
/// else each character is numbered as it first appears.
private func numberedCharacters(_ a: String, _ b: String) -> (x: [Int], y: [Int]) {
  if a.scalarsAreCharacters, b.scalarsAreCharacters {
    return (a.unicodeScalars.map { Int($0.value) }, b.unicodeScalars.map { Int($0.value) })
  }
  var numbers: [Character: Int] = [:]
  func numbered(_ text: String) -> [Int] {
    text.map { character in
      if let number = numbers[character] { return number }
      numbers[character] = numbers.count
      return numbers.count - 1
    }
  }
  return (numbered(a), numbered(b))
}
