// swift-tools-version: 6.1
import PackageDescription

/// Generic types' metadata reached through accessor functions that are handed the conformances, instead of
/// through mangled type names: the runtime resolves a mangled name's conformances (`Dictionary<Message, String>`
/// needs `Message: Hashable`) by scanning every conformance record of the program, some 6.300 with Foundation
/// linked in, once per type and protocol at first use (docs/performance.md, 'Start-up').
let startUpSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "annex",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AnnexKit", targets: ["AnnexKit"]),
        .executable(name: "annex", targets: ["annex"]),
    ],
    dependencies: [
        // CLI parsing: subcommands, help text, usage errors and exit codes. Plain `build` and `check` lines are
        // read without it at start-up (Sources/annex/PlainCommandLine.swift); every other line goes to it.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Report specifications are YAML; Yams decodes them straight into Codable types.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Workbooks as received (XLSX) are ZIP files of XML parts, read with it; tests also read the
        // written XLSX and ODS files back with it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Exact figures: every value is a fraction of arbitrary-size integers, so a 20-digit count
        // or a four-year mean of shares is never rounded or overflowed before the last step.
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        // Property-based tests of parsing, arithmetic and rounding (tests only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libxlsxwriter's declarations (Debian `libxlsxwriter-dev`). The program is not linked with it:
        // CXlsxWriterLoader opens it at the first call of its functions (the workbook with figures). Its
        // `lxw_tmpfile`, which libxlsxwriter calls for each part's temporary file, is exported from every program
        // that links it (the debug program and the tests too), so that the library finds it.
        .systemLibrary(name: "CXlsxWriter"),
        .target(
            name: "CXlsxWriterLoader",
            linkerSettings: [
                .linkedLibrary("dl"),
                .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=lxw_tmpfile"], .when(platforms: [.linux])),
            ]
        ),
        // Swaps the new annex folder with the old one in one step (Linux renameat2, RENAME_EXCHANGE).
        .systemLibrary(name: "CRenameExchange"),
        // Starts a file's writeback as soon as it is written (Linux sync_file_range), so that flushing
        // the annex before it is swapped in finds little left to do.
        .systemLibrary(name: "CWriteback"),
        // glibc's allocator set for a short run (one arena, large buffers kept in the heap): see Allocator.
        .systemLibrary(name: "CAllocator"),
        // zlib (Debian `zlib1g-dev`, which libxlsxwriter-dev installs): deflate and CRC-32 for the ZIP
        // files annex writes itself, the ODS and the streamed sheets of a large XLSX.
        .systemLibrary(name: "CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "AnnexKit",
            dependencies: [
                "CXlsxWriter",
                "CXlsxWriterLoader",
                "CRenameExchange",
                "CWriteback",
                "CDeflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "BigInt", package: "BigInt"),
            ],
            // The command line's messages, built into the program (see MessageBook).
            resources: [.embedInCode("Messages/nl.yaml"), .embedInCode("Messages/en.yaml")],
            swiftSettings: startUpSettings
        ),
        .executableTarget(
            name: "annex",
            dependencies: [
                "AnnexKit",
                "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startUpSettings
        ),
        .testTarget(
            name: "AnnexKitTests",
            dependencies: [
                "AnnexKit",
                // The tests write workbooks as ministries deliver them, to read them back as input.
                "CXlsxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // The tests edit YAML nodes as `annex new-edition` does; the verify test corpus is YAML.
                .product(name: "Yams", package: "Yams"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "BigInt", package: "BigInt"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "annexTests",
            dependencies: [
                "annex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Generated command lines, read with and without ArgumentParser.
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
