// swift-tools-version: 6.0
// libFuzzer targets for Mandat's readers and for its layout and parsing, in a package of their
// own so that the sanitizer flags they need never touch the main build. Built and run by
// Scripts/fuzz; they do not link without `-sanitize=fuzzer` (it brings libFuzzer).
import Foundation
import PackageDescription

/// The main package, one folder up; SwiftPM names a package found by its path after its folder.
let mandat = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let mandatPackage = mandat.lastPathComponent.lowercased()

let support: [Target.Dependency] = ["FuzzSupport"]

let package = Package(
  name: "MandatFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(path: mandat.path)],
  targets: [
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: [
        "CFuzzer",
        .product(name: "MandatKit", package: mandatPackage), .product(name: "MandatIngest", package: mandatPackage),
      ]
    ),
    .executableTarget(name: "FuzzPDF", dependencies: support),
    .executableTarget(name: "FuzzHTML", dependencies: support),
    .executableTarget(name: "FuzzDOCX", dependencies: support),
    .executableTarget(name: "FuzzText", dependencies: support),
    .executableTarget(name: "FuzzLayout", dependencies: support),
  ]
)
