import FuzzSupport

/// One input: decoded into a document of pages, lines and spans (see ``FuzzedDocument``), then
/// laid out, detected and parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzPipeline.run(FuzzedDocument.decode(UnsafeRawBufferPointer(start: bytes, count: count)))
  return 0
}

@main enum FuzzLayout {
  static func main() { FuzzDriver.run(fuzzLayout) }
}
