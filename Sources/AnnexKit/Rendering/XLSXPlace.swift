/// Where in a workbook libxlsxwriter reported a problem, said in the run's language.
enum XLSXPlace {
    /// A worksheet, by its name.
    case sheet(String)
    /// A cell of a worksheet: the sheet's name and the cell's reference ('B6').
    case cell(String, String)
    /// The figure placed on a worksheet.
    case figure(String)
    /// The workbook's document properties.
    case properties

    /// The place as a message.
    var text: MessageText {
        switch self {
        case .sheet(let sheet): MessageText(.xlsxPlaceSheet, ["sheet": "\(sheet)"])
        case .cell(let sheet, let cell): MessageText(.xlsxPlaceCell, ["sheet": "\(sheet)", "cell": "\(cell)"])
        case .figure(let sheet): MessageText(.xlsxPlaceFigure, ["sheet": "\(sheet)"])
        case .properties: MessageText(.xlsxPlaceProperties)
        }
    }
}
