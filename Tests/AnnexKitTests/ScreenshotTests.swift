import Foundation
import Testing
@testable import AnnexKit

/// The HTML annex as a browser shows it: headless Chromium (Debian's `chromium`, installed by
/// `scripts/setup.sh --tests`) takes a screenshot of the section with Figuur 3 (a chart) and
/// Figuur 4 (a map), and the screenshot must show their colours. With `UPDATE_SCREENSHOT=1` it
/// replaces `docs/figures-screenshot.png`, the picture in docs/figures.md.
@Suite("Screenshot of the HTML annex in Chromium", .serialized)
struct ScreenshotTests {
    static let size = (width: 1280, height: 1500)

    /// Pixels of each colour in a PNG, counted by Python's standard library (zlib, no imaging package).
    static let counter = """
    import sys, zlib, struct
    data = open(sys.argv[1], 'rb').read()
    pos, idat, width, height, kind = 8, b'', 0, 0, 0
    while pos < len(data):
        length, name = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if name == b'IHDR': width, height, depth, kind = struct.unpack('>IIBB', body[:10])
        if name == b'IDAT': idat += body
        pos += 12 + length
    size = {2: 3, 6: 4}[kind]
    raw, rows, previous = zlib.decompress(idat), [], bytearray(width * size)
    for y in range(height):
        line = raw[y * (width * size + 1):(y + 1) * (width * size + 1)]
        kind_, row = line[0], bytearray(line[1:])
        for x in range(len(row)):
            a = row[x - size] if x >= size else 0
            b, c = previous[x], previous[x - size] if x >= size else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            predictor = a if pa <= pb and pa <= pc else b if pb <= pc else c
            row[x] = (row[x] + [0, a, b, (a + b) // 2, predictor][kind_]) & 255
        rows.append(row)
        previous = row
    print(width, height)
    for colour in sys.argv[2:]:
        rgb = bytes.fromhex(colour)
        print(colour, sum(1 for row in rows for x in range(0, len(row), size) if row[x:x + 3] == rgb))
    """

    /// How long Chromium may take to draw the page: a few seconds when it works.
    static let browserSeconds = 60
    /// Chromium started afresh (a new profile) when one start hangs: it has, now and then, on a loaded machine.
    static let browserStarts = 2

    /// Runs a program; its standard output and exit status.
    static func run(_ arguments: [String]) throws -> (text: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (text, process.terminationStatus)
    }

    /// Headless Chromium's screenshot of a page, each start bounded in time and with a profile of its own;
    /// whether a start succeeded.
    static func screenshot(of page: String, to shot: String, in folder: String) throws -> Bool {
        for start in 1...browserStarts {
            try? FileManager.default.removeItem(atPath: shot)
            let status = try run(["timeout", "--kill-after=5", "\(browserSeconds)",
                                  "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                  "--user-data-dir=\(folder)/profile-\(start)",
                                  "--window-size=\(size.width),\(size.height)",
                                  "--virtual-time-budget=10000", "--screenshot=\(shot)", "file://\(page)"]).status
            if status == 0 && FileManager.default.fileExists(atPath: shot) { return true }
        }
        return false
    }

    @Test("Chromium shows the annex's section with a chart and a map in their colours")
    func screenshot() throws {
        let build = try realBuild.get()
        let folder = try temporaryFolder()
        // The page scrolled to the section, through a frame: Chromium's screenshot ignores a '#' in its own URL.
        let annex = URL(fileURLWithPath: build.folder + "/samenwerking-2024.html").absoluteString
            + "#injus-meldingen-gemeente"
        let frame = "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\"\(annex)\" "
            + "style=\"border:0;width:\(Self.size.width)px;height:\(Self.size.height)px\"></iframe></body></html>"
        try Data(frame.utf8).write(to: URL(fileURLWithPath: folder + "/page.html"))
        let shot = folder + "/screenshot.png"
        // A browser that hangs at every start fails the test instead of holding up the suite.
        let taken = try Self.screenshot(of: folder + "/page.html", to: shot, in: folder)
        try #require(taken, "Chromium took no screenshot in \(Self.browserStarts) starts")
        let palette = FigureStyle.palette(5)
        let colours = [palette[4], palette[2], FigureStyle.seriesColours[0], FigureStyle.seriesColours[1]]
            .map { String($0.dropFirst()) }
        let counted = try Self.run(["/usr/bin/python3", "-c", Self.counter, shot] + colours)
        #expect(counted.status == 0, "the pixel counter failed")
        let counts = counted.text.split(separator: "\n")
        #expect(counts.first == "\(Self.size.width) \(Self.size.height)")
        // The map's darkest and middle classes and both series of the chart are on screen.
        for line in counts.dropFirst() {
            let parts = line.split(separator: " ")
            #expect(Int(parts[1]).map { $0 > 300 } == true,
                    "colour #\(parts[0]) is hardly on the screenshot: \(parts[1]) pixels")
        }
        if ProcessInfo.processInfo.environment["UPDATE_SCREENSHOT"] == "1" {
            let target = Paths.packageRoot + "/docs/figures-screenshot.png"
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: shot, toPath: target)
        }
    }
}
