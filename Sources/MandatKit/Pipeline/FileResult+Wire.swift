/// A ``FileResult/Header`` in its ``WireCodable`` form, and every type it holds.
///
/// Each type writes all of its fields, in the order it declares them, and reads them back
/// the same way: a field left out here would be lost between a worker and the report, so
/// `FileResultTests` sends values with every field set and compares what arrives. Changing
/// a form changes what the cache keeps: raise ``ExtractionCache/layout`` with it.
extension FileResult.Header: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(
      status: try wire.read(), reason: try wire.read(), error: try wire.read(), file: try wire.read(),
      mandates: try wire.read(), check: try wire.read(), sha256: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(status, reason, error, file, mandates, check, sha256)
  }
}

extension FileResult.CheckShare: WireCodable {
  /// A batch view travels as the fields a view holds (see ``Checker/batchView(of:)``).
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    checker = try wire.read()
    findings = try wire.read()
    batchViews = []
    for _ in 0..<(try wire.readCount()) {
      batchViews.append(
        Checker.batchView(
          source: try wire.read(), title: try wire.read(), group: try wire.read(), generalTasks: try wire.read(),
          section: try wire.read()))
    }
  }

  func write(to wire: inout WireWriter) {
    wire.write(checker, findings)
    wire.writeNumber(UInt64(batchViews.count))
    for view in batchViews {
      wire.write(view.source, view.title, view.group, view.generalTasks, view.sections.first)
    }
  }
}

extension Batch.FileReport.Status: WireCodable {}
extension Finding.Severity: WireCodable {}
extension InputFormat: WireCodable {}

extension Batch.MandateSummary: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(title: try wire.read(), group: try wire.read(), items: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(title, group, items)
  }
}

extension Finding: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(
      rule: try wire.read(), severity: try wire.read(), message: try wire.read(), file: try wire.read(),
      mandate: try wire.read(), section: try wire.read(), item: try wire.read(), page: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(rule, severity, message, file, mandate, section, item, page)
  }
}

extension Group: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(kind: try wire.read(), name: try wire.read(), organization: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(kind, name, organization)
  }
}

extension SourceFile: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(file: try wire.read(), sha256: try wire.read(), format: try wire.read(), pages: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(file, sha256, format, pages)
  }
}

extension Section: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(
      key: try wire.read(), heading: try wire.read(), text: try wire.read(), items: try wire.read(),
      source: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(key, heading, text, items, source)
  }
}

extension Item: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(id: try wire.read(), text: try wire.read(), source: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(id, text, source)
  }
}

extension SourceRef: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(page: try wire.read(), box: try wire.read(), lines: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(page, box, lines)
  }
}

extension Box: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(x0: try wire.read(), y0: try wire.read(), x1: try wire.read(), y1: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(x0, y0, x1, y1)
  }
}
