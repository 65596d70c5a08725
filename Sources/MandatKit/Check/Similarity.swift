/// How alike two wordings are, 0…1: one less the edit distance (Levenshtein, over
/// characters, ignoring case) as a share of the longer wording.
///
/// `stödja regionala programområden` and `stödja de regionala programområdena` are 0.89
/// alike: a rewording of one task, where comparing whole words would see two different ones.
func similarity(_ a: String, _ b: String) -> Double {
  // Each character numbered once, so that the distance compares integers, not strings.
  var numbers: [Character: Int] = [:]
  func numbered(_ text: String) -> [Int] {
    text.lowercased().map { character in
      if let number = numbers[character] { return number }
      numbers[character] = numbers.count
      return numbers.count - 1
    }
  }
  let x = numbered(a)
  let y = numbered(b)
  guard !x.isEmpty || !y.isEmpty else { return 1 }
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
