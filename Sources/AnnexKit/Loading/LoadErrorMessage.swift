extension LoadError.Problem {
    /// The problem as a message, said in the language of the run; input it quotes is cut to
    /// `Limits.quotedCharacters` characters (`LoadError.quote`).
    public var message: MessageText {
        let quote = LoadError.quote
        switch self {
        case .unreadable(let reason): return MessageText(.errorUnreadable, ["reason": .message(reason)])
        case .fileTooLarge(let size, let limit):
            return MessageText(.errorFileTooLarge, ["size": .bytes(size), "limit": .bytes(limit)])
        case .invalidEncoding: return MessageText(.errorInvalidEncoding)
        case .controlCharacter(let scalar): return MessageText(.errorControlCharacter, ["scalar": "\(scalar)"])
        case .unterminatedQuote: return MessageText(.errorUnterminatedQuote)
        case .fieldTooLong(let limit): return MessageText(.errorFieldTooLong, ["limit": .bytes(limit)])
        case .recordTooLong(let limit): return MessageText(.errorRecordTooLong, ["limit": .bytes(limit)])
        case .missingColumn(let name): return MessageText(.errorMissingColumn, ["name": "\(quote(name))"])
        case .emptyFile: return MessageText(.errorEmptyFile)
        case .noData: return MessageText(.errorNoData)
        case .outsideFolder(let path, let folder):
            return MessageText(.errorOutsideFolder, ["path": "\(quote(path))", "folder": "\(quote(folder))"])
        case .tooManyFields(let expected, let found):
            return MessageText(.errorTooManyFields, ["expected": .number(expected), "found": .number(found)])
        case .tooFewFields(let expected, let found):
            return MessageText(.errorTooFewFields, ["expected": .number(expected), "found": .number(found)])
        case .notANumber(let cell, let expected):
            return MessageText(.errorNotANumber, ["cell": "\(quote(cell))", "expected": .message(expected)])
        case .ambiguousMarker(let cell): return MessageText(.errorAmbiguousMarker, ["cell": "\(quote(cell))"])
        case .exponentNotation(let cell): return MessageText(.errorExponentNotation, ["cell": "\(quote(cell))"])
        case .mixedNotation(let cell, let notation, let evidence):
            var values: [String: MessageText.Value] = ["cell": "\(quote(cell))", "notation": .message(notation)]
            guard let evidence else { return MessageText(.errorMixedNotation, values) }
            values["evidence"] = .message(evidence)
            return MessageText(.errorMixedNotationExample, values)
        case .ambiguousNumber(let cell): return MessageText(.errorAmbiguousNumber, ["cell": "\(quote(cell))"])
        case .negativeCount(let cell, let measure):
            return MessageText(.errorNegativeCount, ["cell": "\(quote(cell))", "measure": "\(quote(measure))"])
        case .fractionalCount(let cell, let measure, let readAs):
            let values: [String: MessageText.Value] = ["cell": "\(quote(cell))", "measure": "\(quote(measure))"]
            guard let readAs else { return MessageText(.errorFractionalCount, values) }
            return MessageText(.errorFractionalCountReadAs, values.merging(["notation": .message(readAs)]) { $1 })
        case .unknownMunicipality(let name, let suggestions):
            return suggestions.isEmpty ? MessageText(.errorUnknownMunicipality, ["name": "\(quote(name))"])
                : MessageText(.errorUnknownMunicipalitySuggestions,
                              ["name": "\(quote(name))", "suggestions": "\(suggestions.joined(separator: ", "))"])
        case .unknownArrondissement(let name):
            return MessageText(.errorUnknownArrondissement, ["name": "\(quote(name))"])
        case .unknownProvince(let name): return MessageText(.errorUnknownProvince, ["name": "\(quote(name))"])
        case .unknownRegionType(let name): return MessageText(.errorUnknownRegionType, ["name": "\(quote(name))"])
        case .unknownMeasure(let name, let known):
            return MessageText(
                .errorUnknownMeasure, ["name": "\(quote(name))", "known": "\(known.joined(separator: ", "))"])
        case .unknownPeriod(let name, let known):
            return MessageText(
                .errorUnknownPeriod, ["name": "\(quote(name))", "known": "\(known.joined(separator: ", "))"])
        case .duplicateFigure(let region, let measure, let period, let firstLine):
            return MessageText(.errorDuplicateFigure, ["region": "\(quote(region))", "measure": "\(quote(measure))",
                                                       "period": "\(quote(period))", "line": .number(firstLine)])
        case .correctionMismatch(let expected, let found):
            return MessageText(.errorCorrectionMismatch, ["expected": .message(Self.shown(expected)),
                                                          "found": .message(Self.shown(found))])
        case .unknownDataset(let name): return MessageText(.errorUnknownDataset, ["name": "\(quote(name))"])
        case .invalidSpec(let reason): return MessageText(.errorInvalidSpec, ["reason": .message(reason)])
        case .invalidTemplate(let reason): return MessageText(.errorInvalidTemplate, ["reason": .message(reason)])
        case .invalidTranslation(let reason): return MessageText(.errorInvalidTranslation, ["reason": .message(reason)])
        case .missingTranslation(let report, let language):
            return MessageText(.errorMissingTranslation, ["report": "\(report)", "language": "\(language)"])
        case .unsupportedFormat(let ext): return MessageText(.errorUnsupportedFormat, ["extension": "\(quote(ext))"])
        case .notAWorkbook(let reason): return MessageText(.errorNotAWorkbook, ["reason": .message(reason)])
        case .unknownSheet(let choice, let sheets):
            return MessageText(.errorUnknownSheet, ["sheet": "\(quote(choice))",
                    "sheets": "\(sheets.map { "'\(quote($0))'" }.joined(separator: ", "))",
                ])
        case .tooLarge(let part, let limit):
            return MessageText(.errorPartTooLarge, ["part": "\(part)", "limit": .bytes(limit << 20)])
        case .tooManyCells(let limit): return MessageText(.errorTooManyCells, ["limit": .number(limit)])
        case .noHeader(let known): return MessageText(.errorNoHeader, ["known": .message(known)])
        case .unmappedColumns(let problems, let found, let known):
            return MessageText(.errorUnmappedColumns, ["problems": .list(problems, separator: "; "),
                                                       "found": "\(found.map(quote).joined(separator: ", "))",
                                                       "known": .message(known)])
        case .absentColumns(let names, let found):
            let quoted = names.map { "'\(quote($0))'" }
            return MessageText(.errorAbsentColumns, ["names": "\(quoted.joined(separator: ", "))",
                                                     "found": "\(found.map(quote).joined(separator: ", "))"])
        case .nameTooLong(let length, let limit):
            return MessageText(.errorNameTooLong, ["length": .number(length), "limit": .number(limit)])
        case .missingRegionName: return MessageText(.errorMissingRegionName)
        case .invalidGeometry(let reason): return MessageText(.errorInvalidGeometry, ["reason": .message(reason)])
        case .unknownRegion(let name, let suggestions):
            return suggestions.isEmpty ? MessageText(.errorUnknownRegion, ["name": "\(quote(name))"])
                : MessageText(.errorUnknownRegionSuggestions,
                              ["name": "\(quote(name))", "suggestions": "\(suggestions.joined(separator: ", "))"])
        case .conflictingRegion(let code, let name, let earlier):
            return MessageText(.errorConflictingRegion, ["code": "\(quote(code))", "name": "\(quote(name))",
                                                         "earlier": "\(quote(earlier))"])
        case .duplicateRegion(let name): return MessageText(.errorDuplicateRegion, ["name": "\(quote(name))"])
        case .emptyInRegionList(let field): return MessageText(.errorEmptyInRegionList, ["field": "\(field)"])
        }
    }

    /// A value of a correction as the corrections file writes it, or 'leeg' / 'x'.
    private static func shown(_ text: String) -> MessageText {
        switch text {
        case "": MessageText(.errorBlank)
        default: MessageText(.errorValue, ["value": "\(text)"])
        }
    }
}
