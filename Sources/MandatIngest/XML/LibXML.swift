import CLibXML2
import Foundation

/// An element of a parsed HTML page or XML part, copied out of libxml2 into Swift values.
struct MarkupElement: Sendable {
  /// The local name; libxml2's HTML parser lowercases it.
  var name: String
  /// The namespace URI, for XML.
  var namespace: String?
  /// Attribute values by local name (`w:val` → `val`), entities decoded.
  var attributes: [String: String]
  var children: [MarkupNode]
}

/// What an element holds: elements and runs of text, in document order.
enum MarkupNode: Sendable {
  case element(MarkupElement)
  case text(String)
}

/// A problem libxml2's HTML parser recovered from.
struct MarkupProblem: Sendable {
  var line: Int
  var message: String
  /// An element HTML 4 does not know (`main`, `nav`): libxml2 reports every HTML5 element so.
  var isUnknownElement: Bool
}

/// The only file that calls libxml2. Each call parses into a libxml2 tree, copies it into
/// ``MarkupElement`` values and frees it, so nothing of libxml2 outlives the call.
enum LibXML {
  /// What the HTML parser made of a page.
  enum HTMLResult {
    case parsed(root: MarkupElement?, problems: [MarkupProblem])
    /// Elements nest deeper than the limit asked for: nothing was copied.
    case tooDeep
  }

  /// Parses HTML as a browser would, recovering from errors; the declared encoding (a byte
  /// order mark, `<meta charset>` or the `Content-Type` of `<meta http-equiv>`) is honoured.
  ///
  /// libxml2's own limit of 256 levels, past which it silently drops the rest of the page, is
  /// lifted (`XML_PARSE_HUGE`); the tree's depth is measured instead, without recursion, and a
  /// page nested deeper than `maxDepth` is not copied, so that copying and reading it never
  /// recurse deeper than that.
  static func parseHTML(_ data: Data, maxDepth: Int) -> HTMLResult {
    _ = initialized
    let collector = ProblemCollector()
    let context = Unmanaged.passUnretained(collector).toOpaque()
    xmlSetStructuredErrorFunc(context) { context, error in
      guard let context, let error else { return }
      let collector = Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue()
      let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
      collector.problems.append(
        MarkupProblem(
          line: Int(error.pointee.line),
          message: message.trimmingCharacters(in: .whitespacesAndNewlines),
          isUnknownElement: error.pointee.code == Int32(XML_HTML_UNKNOWN_TAG.rawValue)))
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
    guard let size = Int32(exactly: data.count) else { return .parsed(root: nil, problems: []) }
    let document = data.withUnsafeBytes { bytes in
      htmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), size, nil, nil, options)
    }
    defer { xmlFreeDoc(document) }
    guard let root = document.flatMap({ xmlDocGetRootElement($0) }) else {
      return .parsed(root: nil, problems: collector.problems)
    }
    guard !nests(root, deeperThan: maxDepth) else { return .tooDeep }
    return .parsed(root: element(root), problems: collector.problems)
  }

  /// Whether elements nest more than `limit` deep, `root` being 1, walked along the tree's own links.
  private static func nests(_ root: xmlNodePtr, deeperThan limit: Int) -> Bool {
    var node = root
    var depth = 1
    while true {
      let isElement = node.pointee.type == XML_ELEMENT_NODE
      if isElement, depth > limit { return true }
      if isElement, let child = node.pointee.children {
        depth += 1
        node = child
        continue
      }
      while node != root, node.pointee.next == nil, let parent = node.pointee.parent {
        node = parent
        depth -= 1
      }
      guard node != root, let next = node.pointee.next else { return false }
      node = next
    }
  }

  /// Parses a well-formed XML part, or gives `nil`. Nothing is fetched from the network and
  /// no entity is expanded: a part of a Word file needs neither.
  static func parseXML(_ data: Data) -> MarkupElement? {
    _ = initialized
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    guard let size = Int32(exactly: data.count),
      let document = data.withUnsafeBytes({ bytes in
        xmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), size, nil, nil, options)
      })
    else { return nil }
    defer { xmlFreeDoc(document) }
    return xmlDocGetRootElement(document).map(element)
  }

  /// libxml2 must be initialised once before threads use it.
  private static let initialized: Void = xmlInitParser()

  private final class ProblemCollector {
    var problems: [MarkupProblem] = []
  }

  private static func element(_ node: xmlNodePtr) -> MarkupElement {
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      attributes[string(current.pointee.name)] = text(of: current.pointee.children)
      attribute = current.pointee.next
    }
    var children: [MarkupNode] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE: children.append(.element(element(current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: children.append(.text(string(current.pointee.content)))
      default: break  // comments, processing instructions, unexpanded entity references
      }
      child = current.pointee.next
    }
    return MarkupElement(
      name: string(node.pointee.name), namespace: node.pointee.ns.map { string($0.pointee.href) },
      attributes: attributes, children: children)
  }

  /// The text of an attribute's value nodes.
  private static func text(of first: xmlNodePtr?) -> String {
    var result = ""
    var node = first
    while let current = node {
      if current.pointee.type == XML_TEXT_NODE { result += string(current.pointee.content) }
      node = current.pointee.next
    }
    return result
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
    string(UnsafePointer(pointer))
  }
}
