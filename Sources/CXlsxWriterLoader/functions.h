// The functions of libxlsxwriter that annex and its tests call, each as
// FORWARD(result, name, (parameters), (arguments)) or FORWARD_VOID(name, (parameters), (arguments)).
// The compiler checks every line against the declaration in <xlsxwriter.h>.

FORWARD(lxw_chart_series *, chart_add_series, (lxw_chart *chart, const char *categories, const char *values), (chart,
    categories, values))
FORWARD_VOID(chart_axis_set_crossing_max, (lxw_chart_axis *axis), (axis))
FORWARD_VOID(chart_axis_set_label_position, (lxw_chart_axis *axis, uint8_t position), (axis, position))
FORWARD_VOID(chart_axis_set_num_format, (lxw_chart_axis *axis, const char *num_format), (axis, num_format))
FORWARD_VOID(chart_axis_set_reverse, (lxw_chart_axis *axis), (axis))
FORWARD_VOID(chart_legend_set_position, (lxw_chart *chart, uint8_t position), (chart, position))
FORWARD_VOID(chart_series_set_categories, (lxw_chart_series *series, const char *sheetname, lxw_row_t first_row,
    lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (series, sheetname, first_row, first_col, last_row,
    last_col))
FORWARD_VOID(chart_series_set_fill, (lxw_chart_series *series, lxw_chart_fill *fill), (series, fill))
FORWARD_VOID(chart_series_set_labels, (lxw_chart_series *series), (series))
FORWARD_VOID(chart_series_set_labels_num_format, (lxw_chart_series *series, const char *num_format), (series,
    num_format))
FORWARD_VOID(chart_series_set_line, (lxw_chart_series *series, lxw_chart_line *line), (series, line))
FORWARD_VOID(chart_series_set_marker_fill, (lxw_chart_series *series, lxw_chart_fill *fill), (series, fill))
FORWARD_VOID(chart_series_set_marker_type, (lxw_chart_series *series, uint8_t type), (series, type))
FORWARD_VOID(chart_series_set_name_range, (lxw_chart_series *series, const char *sheetname, lxw_row_t row,
    lxw_col_t col), (series, sheetname, row, col))
FORWARD_VOID(chart_series_set_pattern, (lxw_chart_series *series, lxw_chart_pattern *pattern), (series, pattern))
FORWARD(lxw_error, chart_series_set_points, (lxw_chart_series *series, lxw_chart_point *points[]), (series, points))
FORWARD_VOID(chart_series_set_values, (lxw_chart_series *series, const char *sheetname, lxw_row_t first_row,
    lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (series, sheetname, first_row, first_col, last_row,
    last_col))
FORWARD_VOID(chart_title_set_name, (lxw_chart *chart, const char *name), (chart, name))
FORWARD_VOID(chart_title_set_name_font, (lxw_chart *chart, lxw_chart_font *font), (chart, font))
FORWARD_VOID(format_set_align, (lxw_format *format, uint8_t alignment), (format, alignment))
FORWARD_VOID(format_set_bold, (lxw_format *format), (format))
FORWARD_VOID(format_set_font_color, (lxw_format *format, lxw_color_t color), (format, color))
FORWARD_VOID(format_set_font_size, (lxw_format *format, double size), (format, size))
FORWARD_VOID(format_set_italic, (lxw_format *format), (format))
FORWARD_VOID(format_set_num_format, (lxw_format *format, const char *num_format), (format, num_format))
FORWARD_VOID(format_set_text_wrap, (lxw_format *format), (format))
FORWARD_VOID(format_set_underline, (lxw_format *format, uint8_t style), (format, style))
FORWARD(char *, lxw_strerror, (lxw_error error_num), (error_num))
FORWARD(lxw_chart *, workbook_add_chart, (lxw_workbook *workbook, uint8_t chart_type), (workbook, chart_type))
FORWARD(lxw_format *, workbook_add_format, (lxw_workbook *workbook), (workbook))
FORWARD(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *workbook, const char *sheetname), (workbook, sheetname))
FORWARD(lxw_error, workbook_close, (lxw_workbook *workbook), (workbook))
FORWARD(lxw_workbook *, workbook_new_opt, (const char *filename, lxw_workbook_options *options), (filename, options))
FORWARD(lxw_error, workbook_set_custom_property_string, (lxw_workbook *workbook, const char *name, const char *value),
    (workbook, name, value))
FORWARD(lxw_error, workbook_set_properties, (lxw_workbook *workbook, lxw_doc_properties *properties), (workbook,
    properties))
FORWARD_VOID(worksheet_activate, (lxw_worksheet *worksheet), (worksheet))
FORWARD(lxw_error, worksheet_add_table, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col,
    lxw_row_t last_row, lxw_col_t last_col, lxw_table_options *options), (worksheet, first_row, first_col, last_row,
    last_col, options))
FORWARD_VOID(worksheet_fit_to_pages, (lxw_worksheet *worksheet, uint16_t width, uint16_t height), (worksheet, width,
    height))
FORWARD_VOID(worksheet_freeze_panes, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col))
FORWARD(lxw_error, worksheet_ignore_errors, (lxw_worksheet *worksheet, uint8_t type, const char *range), (worksheet,
    type, range))
FORWARD(lxw_error, worksheet_insert_chart_opt, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col,
    lxw_chart *chart, lxw_chart_options *user_options), (worksheet, row, col, chart, user_options))
FORWARD(lxw_error, worksheet_insert_image_buffer_opt, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col,
    const unsigned char *image_buffer, size_t image_size, lxw_image_options *options), (worksheet, row, col,
    image_buffer, image_size, options))
FORWARD(lxw_error, worksheet_merge_range, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col,
    lxw_row_t last_row, lxw_col_t last_col, const char *string, lxw_format *format), (worksheet, first_row, first_col,
    last_row, last_col, string, format))
FORWARD(lxw_error, worksheet_repeat_columns, (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col),
    (worksheet, first_col, last_col))
FORWARD(lxw_error, worksheet_repeat_rows, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_row_t last_row),
    (worksheet, first_row, last_row))
FORWARD(lxw_error, worksheet_set_column, (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col,
    double width, lxw_format *format), (worksheet, first_col, last_col, width, format))
FORWARD_VOID(worksheet_set_landscape, (lxw_worksheet *worksheet), (worksheet))
FORWARD_VOID(worksheet_set_paper, (lxw_worksheet *worksheet, uint8_t paper_type), (worksheet, paper_type))
FORWARD_VOID(worksheet_set_portrait, (lxw_worksheet *worksheet), (worksheet))
FORWARD(lxw_error, worksheet_set_row, (lxw_worksheet *worksheet, lxw_row_t row, double height, lxw_format *format),
    (worksheet, row, height, format))
FORWARD_VOID(worksheet_set_selection, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col,
    lxw_row_t last_row, lxw_col_t last_col), (worksheet, first_row, first_col, last_row, last_col))
FORWARD(lxw_error, worksheet_write_formula_num, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col,
    const char *formula, lxw_format *format, double result), (worksheet, row, col, formula, format, result))
FORWARD(lxw_error, worksheet_write_number, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number,
    lxw_format *format), (worksheet, row, col, number, format))
FORWARD(lxw_error, worksheet_write_string, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string,
    lxw_format *format), (worksheet, row, col, string, format))
FORWARD(lxw_error, worksheet_write_url, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *url,
    lxw_format *format), (worksheet, row, col, url, format))
