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
