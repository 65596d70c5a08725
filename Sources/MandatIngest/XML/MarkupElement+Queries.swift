extension MarkupElement {
  /// The child elements, in order.
  var elements: [MarkupElement] {
    children.compactMap { node in
      if case .element(let element) = node { element } else { nil }
    }
  }

  /// The first child element of that name.
  func child(_ name: String) -> MarkupElement? {
    elements.first { $0.name == name }
  }

  /// Every element of that name below this one, in document order (not below a match).
  func descendants(_ name: String) -> [MarkupElement] {
    elements.flatMap { $0.name == name ? [$0] : $0.descendants(name) }
  }

  /// Whether an element of one of these names lies anywhere below.
  func contains(anyOf names: Set<String>) -> Bool {
    elements.contains { names.contains($0.name) || $0.contains(anyOf: names) }
  }

  /// Whether an element of one of these names lies below, looking at no more than `limit`
  /// elements in document order; `nil` when there are more and none of those was one.
  func contains(anyOf names: Set<String>, visitingAtMost limit: Int) -> Bool? {
    // The children being looked through at each level and the next to look at: no level's
    // children are copied, however many they are.
    var levels: [(children: [MarkupNode], next: Int)] = [(children, 0)]
    var visited = 0
    while let (children, next) = levels.last {
      guard next < children.count else {
        levels.removeLast()
        continue
      }
      levels[levels.count - 1].next += 1
      guard case .element(let element) = children[next] else { continue }
      if names.contains(element.name) { return true }
      visited += 1
      if visited >= limit { return nil }
      levels.append((element.children, 0))
    }
    return false
  }

  /// All the text below, in document order.
  var text: String {
    children.map { node in
      switch node {
      case .text(let text): text
      case .element(let element): element.text
      }
    }.joined()
  }
}
