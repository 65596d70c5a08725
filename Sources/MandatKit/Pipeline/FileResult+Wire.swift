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
      mandates: try wire.read(), check: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(status)
    wire.write(reason)
    wire.write(error)
    wire.write(file)
    wire.write(mandates)
    wire.write(check)
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
    wire.write(checker)
    wire.write(findings)
    wire.writeNumber(UInt64(batchViews.count))
    for view in batchViews {
      wire.write(view.source)
      wire.write(view.title)
      wire.write(view.group)
      wire.write(view.generalTasks)
      wire.write(view.sections.first)
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
    wire.write(title)
    wire.write(group)
    wire.write(items)
  }
}

extension Finding: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(
      rule: try wire.read(), severity: try wire.read(), message: try wire.read(), file: try wire.read(),
      mandate: try wire.read(), section: try wire.read(), item: try wire.read(), page: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(rule)
    wire.write(severity)
    wire.write(message)
    wire.write(file)
    wire.write(mandate)
    wire.write(section)
    wire.write(item)
    wire.write(page)
  }
}

extension Group: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(kind: try wire.read(), name: try wire.read(), organization: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(kind)
    wire.write(name)
    wire.write(organization)
  }
}

extension SourceFile: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(file: try wire.read(), sha256: try wire.read(), format: try wire.read(), pages: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(file)
    wire.write(sha256)
    wire.write(format)
    wire.write(pages)
  }
}

extension Section: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(
      key: try wire.read(), heading: try wire.read(), text: try wire.read(), items: try wire.read(),
      source: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(key)
    wire.write(heading)
    wire.write(text)
    wire.write(items)
    wire.write(source)
  }
}

extension Item: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(id: try wire.read(), text: try wire.read(), source: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(id)
    wire.write(text)
    wire.write(source)
  }
}

extension SourceRef: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(page: try wire.read(), box: try wire.read(), lines: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(page)
    wire.write(box)
    wire.write(lines)
  }
}

extension Box: WireCodable {
  init(from wire: inout WireReader) throws(WireReader.Malformed) {
    self.init(x0: try wire.read(), y0: try wire.read(), x1: try wire.read(), y1: try wire.read())
  }

  func write(to wire: inout WireWriter) {
    wire.write(x0)
    wire.write(y0)
    wire.write(x1)
    wire.write(y1)
  }
}
