// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Mandat",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "mandat", targets: ["mandat"]),
    .library(name: "MandatKit", targets: ["MandatKit"]),
    .library(name: "MandatIngest", targets: ["MandatIngest"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(
      name: "MandatKit",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "MandatIngest",
      dependencies: ["MandatKit", "CPoppler", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .executableTarget(
      name: "mandat",
      dependencies: [
        "MandatKit", "MandatIngest",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "MandatKitTests", dependencies: ["MandatKit"]),
    .testTarget(
      name: "MandatIngestTests",
      dependencies: ["MandatIngest", "MandatKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "MandatCLITests",
      dependencies: ["mandat", "MandatKit", .product(name: "Crypto", package: "swift-crypto")],
      exclude: ["Golden"]
    ),
  ]
)
