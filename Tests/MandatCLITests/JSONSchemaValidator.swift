import Foundation

/// Validates JSON against the subset of JSON Schema (2020-12) that Mandat's schemas use.
///
/// A keyword outside that subset is reported as an error rather than skipped, so a schema
/// that grows beyond what this checks cannot pass silently.
struct JSONSchemaValidator {
  let root: [String: Any]

  init(schema: Data) throws {
    root = try JSONSerialization.jsonObject(with: schema) as! [String: Any]
  }

  /// Every violation, as `path: problem`; empty when the document is valid.
  func errors(in document: Data) throws -> [String] {
    var errors: [String] = []
    check(try JSONSerialization.jsonObject(with: document, options: .fragmentsAllowed), root, "$", &errors)
    return errors
  }

  private static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]

  private func check(_ value: Any, _ schema: [String: Any], _ path: String, _ errors: inout [String]) {
    for (keyword, rule) in schema where !Self.annotations.contains(keyword) {
      switch keyword {
      case "$ref":
        let name = (rule as! String).replacingOccurrences(of: "#/$defs/", with: "")
        check(value, (root["$defs"] as! [String: Any])[name] as! [String: Any], path, &errors)
      case "type":
        if !Self.has(type: rule as! String, value) { errors.append("\(path): not of type \(rule)") }
      case "const":
        if "\(value)" != "\(rule)" { errors.append("\(path): not \(rule)") }
      case "enum":
        if !(rule as! [Any]).contains(where: { "\($0)" == "\(value)" }) {
          errors.append("\(path): \(value) not in \(rule)")
        }
      case "pattern":
        if let string = value as? String, string.range(of: rule as! String, options: .regularExpression) == nil {
          errors.append("\(path): \"\(string)\" does not match \(rule)")
        }
      case "minLength":
        if let string = value as? String, string.count < rule as! Int { errors.append("\(path): shorter than \(rule)") }
      case "minimum":
        if let number = value as? NSNumber, number.doubleValue < (rule as! NSNumber).doubleValue {
          errors.append("\(path): below \(rule)")
        }
      case "minItems":
        if let array = value as? [Any], array.count < rule as! Int {
          errors.append("\(path): fewer than \(rule) items")
        }
      case "maxItems":
        if let array = value as? [Any], array.count > rule as! Int { errors.append("\(path): more than \(rule) items") }
      case "items":
        for (index, element) in (value as? [Any] ?? []).enumerated() {
          check(element, rule as! [String: Any], "\(path)[\(index)]", &errors)
        }
      case "required":
        for key in rule as! [String] where (value as? [String: Any])?[key] == nil {
          errors.append("\(path): missing \(key)")
        }
      case "properties":
        let properties = rule as! [String: [String: Any]]
        for (key, element) in value as? [String: Any] ?? [:] {
          if let propertySchema = properties[key] { check(element, propertySchema, "\(path).\(key)", &errors) }
        }
      case "additionalProperties":
        let known = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
        if rule as? Bool == false {
          for key in (value as? [String: Any] ?? [:]).keys where !known.contains(key) {
            errors.append("\(path): unexpected property \(key)")
          }
        }
      default:
        errors.append("\(path): schema keyword \(keyword) is not supported by this validator")
      }
    }
  }

  private static func has(type: String, _ value: Any) -> Bool {
    switch type {
    case "object": value is [String: Any]
    case "array": value is [Any]
    case "string": value is String
    case "integer": (value as? NSNumber).map { $0.doubleValue.rounded() == $0.doubleValue } ?? false
    case "number": value is NSNumber
    default: false
    }
  }
}
