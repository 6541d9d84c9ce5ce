import Foundation

/// Everything a report needs, loaded and validated: the spec, the reference and each table's data.
public struct ReportInputs: Sendable {
    public let spec: ReportSpec
    public let specPath: String
    public let gazetteer: Gazetteer
    /// Data per table id, for tables with a data file.
    public let datasets: [String: LoadedDataset]
    /// Published shares per table id (values are percentages).
    public let shares: [String: LoadedDataset]
    public let splitKeys: [SplitKey]
    public let population: Population?
    /// The municipal maps of the years the spec's map figures draw.
    public let maps: [Int: Topology]
    /// The folder the spec's paths are relative to.
    public let dataFolder: DataFolder
}

/// Loads a report spec and all data it names, collecting the errors of every file.
public enum ReportLoader {
    /// Loads the spec at `specPath`; data paths in it are relative to `dataRoot`, by default the
    /// `data` folder next to the spec's folder (`reports/x.yaml` → `data/`), and stay inside it.
    /// Without `charts`, the maps the spec's charts draw are not read (`annex verify` needs the
    /// tables only). A `loaded` spec (of `specPath`) is not read again; otherwise `outlined` is told what the
    /// spec's text says before it is decoded (see `SpecLoader.load`).
    public static func load(
        specPath: String, loaded: ReportSpec? = nil, dataRoot: String? = nil, charts: Bool = true,
        outlined: ((SpecOutline) -> Void)? = nil
    ) throws -> ReportInputs {
        if let loaded { return try load(specPath: specPath, loaded: loaded, early: nil, dataRoot: dataRoot,
                                        charts: charts) }
        let (spec, early) = try self.spec(at: specPath, dataRoot: dataRoot, outlined: outlined)
        return try load(specPath: specPath, loaded: spec, early: early, dataRoot: dataRoot, charts: charts)
    }

    /// The spec at `specPath`, with the reference folder its text names read beside its decoding and checks;
    /// `dataRoot` and `outlined` as for `load`, which takes the two.
    static func spec(at specPath: String, dataRoot: String?,
                     outlined: ((SpecOutline) -> Void)? = nil) throws -> (ReportSpec, EarlyReference?) {
        let folder = DataFolder(dataRoot ?? defaultDataRoot(specPath: specPath))
        var early: EarlyReference?
        do {
            let spec = try SpecLoader.load(path: specPath) { outline in
                early = outline.reference.map { EarlyReference(name: $0, folder: folder) }
                outlined?(outline)
            }
            return (spec, early)
        } catch {
            early?.finish()
            throw error
        }
    }

    /// Loads the data of `loaded`, the spec at `specPath`; its reference is `early`'s where that read the
    /// folder the spec names.
    static func load(specPath: String, loaded spec: ReportSpec, early: EarlyReference?, dataRoot: String?,
                     charts: Bool = true) throws -> ReportInputs {
        let folder = DataFolder(dataRoot ?? defaultDataRoot(specPath: specPath))
        let gazetteer = try early?.gazetteer(for: spec)
            ?? spec.reference.map { try ReferenceLoader.load(folder: folder.resolve($0)) } ?? Gazetteer()
        // The maps' geometry needs the spec and the reference only: it is read beside the tables.
        let mapsRead = charts ? spec.reference.map { reference in
            SideWork {
                try TopoJSONLoader.maps(for: spec, folder: folder.resolve(reference + "/geo"), gazetteer: gazetteer,
                                        specPath: specPath)
            }
        } : nil
        let corrections = try spec.corrections.map { path -> [Correction] in
            let file = try folder.resolve(path)
            return try CorrectionsLoader.load(path: file, file: file)
        } ?? []
        let splitKeys = try spec.splitKeys.map {
            try SplitKeyLoader.load(path: folder.resolve($0), gazetteer: gazetteer)
        } ?? []
        let population = try spec.population.map {
            try PopulationLoader.load(path: folder.resolve($0), gazetteer: gazetteer)
        }
        var errors = ErrorList()
        for correction in corrections where !spec.tables.contains(where: { $0.id == correction.dataset }) {
            errors.add(LoadError(file: correction.file, line: correction.line, column: 1,
                                 .unknownDataset(name: correction.dataset)))
        }
        var datasets: [String: LoadedDataset] = [:]
        var maps: [Int: Topology] = [:]
        var shares: [String: LoadedDataset] = [:]
        // The tables are read side by side; their errors are listed in the spec's order.
        let tables = SideBySide.map(spec.tables.count) { index in
            Result {
                try loadTable(spec.tables[index], of: spec, folder: folder, gazetteer: gazetteer,
                              corrections: corrections)
            }
        }
        for (table, result) in zip(spec.tables, tables) {
            let loaded = try result.get()
            for failure in loaded.errors { errors.add(failure) }
            shares[table.id] = loaded.shares
            datasets[table.id] = loaded.dataset
        }
        if let mapsRead {
            do {
                maps = try mapsRead.result()
            } catch let failure as LoadErrors {
                errors.add(failure)
            }
        }
        try errors.check()
        return ReportInputs(spec: spec, specPath: specPath, gazetteer: gazetteer, datasets: datasets, shares: shares,
                            splitKeys: splitKeys, population: population, maps: maps, dataFolder: folder)
    }

    /// One table of the spec as loaded: its data and published shares, or the errors that stopped them.
    private struct LoadedTable: Sendable {
        var dataset: LoadedDataset?
        var shares: LoadedDataset?
        var errors: [LoadErrors] = []
    }

    /// Reads the data files of `table`, its own region list and its published shares, and applies the
    /// corrections to it; the errors of its files are collected, any other error is thrown.
    private static func loadTable(_ table: TableSpec, of spec: ReportSpec, folder: DataFolder, gazetteer: Gazetteer,
                                  corrections: [Correction]) throws -> LoadedTable {
        var result = LoadedTable()
        let ownRegions: OwnRegions?
        do {
            ownRegions = try table.regions.map { source -> OwnRegions in
                guard case .list(let path) = source else { return .data }
                let file = try folder.resolve(path)
                return .list(try RegionListLoader.load(path: file, file: file))
            }
        } catch let failure as LoadErrors {
            result.errors.append(failure)
            return result
        }
        do {
            if let data = table.shares {
                let file = try folder.resolve(data.file)
                let citation = FileCitation(delivery: spec.delivery(of: data), table: data.table ?? "", file: data.file)
                result.shares = try TidyLoader.load(path: file, file: file, spec: table, citation: citation,
                                                    gazetteer: gazetteer, ownRegions: ownRegions,
                                                    valueKind: .percentage)
            }
        } catch let failure as LoadErrors {
            result.errors.append(failure)
        }
        var loaded: LoadedDataset?
        var failed = false
        for (data, periods) in zip(table.data, table.dataPeriods) {
            do {
                let file = try folder.resolve(data.file)
                let read = try loadData(path: file, file: file, spec: table, data: data,
                                        delivery: spec.delivery(of: data), periods: periods, gazetteer: gazetteer,
                                        ownRegions: ownRegions)
                if loaded == nil { loaded = read } else { loaded?.add(read) }
            } catch let failure as LoadErrors {
                result.errors.append(failure)
                failed = true
            }
        }
        guard var loaded, !failed else { return result }
        do {
            // Corrections name the table's own regions as its data does; the list (two keys a region) is
            // made only when a correction applies to the table.
            let correctsTable = corrections.contains { $0.dataset == loaded.dataset.id }
            let corrected = ownRegions.flatMap { _ in
                correctsTable ? OwnRegions.list(RegionList(Array(loaded.dataset.regions))) : nil
            }
            try CorrectionsLoader.apply(corrections, to: &loaded, spec: table, gazetteer: gazetteer,
                                        ownRegions: corrected) { period in
                zip(table.data, table.dataPeriods).first { $0.1.contains(period) }.map { spec.delivery(of: $0.0) }
                    ?? .reportSource(spec.source)
            }
            loaded.dataset.markNonexistentMunicipalities(gazetteer)
            result.dataset = loaded
        } catch let failure as LoadErrors {
            result.errors.append(failure)
        }
        return result
    }

    /// `<folder of the spec>/../data`.
    public static func defaultDataRoot(specPath: String) -> String { sibling("data", ofSpec: specPath) }

    /// The folder `name` beside the spec's folder (`reports/x.yaml` → `data`, `/p/reports/x.yaml`
    /// → `/p/data`), without '..' where it can be avoided.
    public static func sibling(_ name: String, ofSpec specPath: String) -> String {
        let folder = (specPath as NSString).deletingLastPathComponent
        if folder.isEmpty { return "../" + name }
        let parent = (folder as NSString).deletingLastPathComponent
        return parent.isEmpty ? name : parent + "/" + name
    }

    /// Loads one data file of a table: a tidy CSV file (header starting with `region_type`), or a
    /// table as received: CSV or a worksheet of an XLSX workbook, read as `data` says (by default
    /// the table's first entry under `data:`; see `ReceivedTableLoader`). Every figure cites
    /// `delivery` and the file as `data` names it; `periods` are the periods the file provides
    /// (nil: all of the table's); `ownRegions` the table's own regions (nil: the reference's).
    public static func loadData(path: String, file: String, spec: TableSpec, data: DataSource? = nil,
                                delivery: Delivery, periods: [Period]? = nil, gazetteer: Gazetteer,
                                ownRegions: OwnRegions? = nil) throws -> LoadedDataset {
        let options = data ?? spec.data.first ?? DataSource(file: file)
        let citation = FileCitation(delivery: delivery, table: options.table ?? "", file: options.file)
        switch InputFormat(path: path) {
        case .unsupported(let ext):
            throw LoadErrors([LoadError(file: file, .unsupportedFormat(extension: ext))])
        case .workbook:
            let sheet = try XLSXWorksheet(path: path, file: file, choice: options.sheet)
            let others = sheet.sheetNames.filter { $0 != sheet.name }
            let notices = options.sheet == nil && !others.isEmpty
                ? [InputNotice(file: file, line: nil, kind: .sheet(name: sheet.name, others: others))] : []
            return try ReceivedTableLoader.load(rows: sheet.rows, file: "\(file)[\(sheet.name)]", separator: nil,
                                                spec: spec, source: options, citation: citation.sheet(sheet.name),
                                                periods: periods, gazetteer: gazetteer, ownRegions: ownRegions,
                                                notices: notices)
        case .csv:
            var reader = try CSVReader(path: path, file: file)
            guard let header = reader.nextFields() else {
                throw LoadErrors([reader.error ?? LoadError(file: file, .emptyFile)])
            }
            if header.count > 0 && header.trimmed(0).lowercased() == "region_type" {
                return try TidyLoader.load(path: path, file: file, spec: spec, citation: citation, gazetteer: gazetteer,
                                           ownRegions: ownRegions, periods: periods)
            }
            // The file read a row at a time: its text is not held whole.
            var first: CSVFields? = header
            func next() throws -> InputRow? {
                if let record = first ?? reader.nextFields() {
                    first = nil
                    return record.inputRow
                }
                if let error = reader.error { throw LoadErrors([error]) }
                return nil
            }
            return try ReceivedTableLoader.load(rows: next, file: file, separator: reader.separator, spec: spec,
                                                source: options, citation: citation, periods: periods,
                                                gazetteer: gazetteer, ownRegions: ownRegions,
                                                fileSize: reader.fileSize)
        }
    }
}
