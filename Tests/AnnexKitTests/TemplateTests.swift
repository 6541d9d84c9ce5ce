import Foundation
import Testing
@testable import AnnexKit

/// The annex templates' Mustache: the syntax and whitespace rules the templates rely on, as the
/// Mustache specification and swift-mustache (whose output it keeps) have them.
@Suite("Templates")
struct TemplateTests {
    func render(_ template: String, _ view: [String: Any]) throws -> String {
        var output = TemplateOutput()
        try Template(template).render(TemplateValue(view)!, scale: 0, to: &output)
        return output.buffer.text
    }

    static var view: [String: Any] { [
        "title": ["text": "A & B <c> \"d\" 'e'", "md": "A & B"], "yes": true, "no": false, "empty": [Any](),
        "rows": [["label": "Noord", "total": false], ["label": "Zuid", "total": true]], "count": 3,
    ] }

    @Test("Variables: {{x}} escaped for HTML, {{{x}}} and {{& x}} as they are; dotted names and the stack")
    func variables() throws {
        #expect(try render("{{title.text}}", Self.view) == "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;")
        #expect(try render("{{{title.text}}}|{{& title.md}}", Self.view) == "A & B <c> \"d\" 'e'|A & B")
        #expect(try render("{{#rows}}{{label}}/{{count}}/{{title.md}} {{/rows}}", Self.view)
            == "Noord/3/A &amp; B Zuid/3/A &amp; B ")
        #expect(try render("{{missing}}|{{title.missing}}|{{yes}}|{{rows}}", Self.view) == "||true|")
        #expect(try render("{{#title}}{{.md}}:{{{md}}}{{/title}}", Self.view) == "A &amp; B:A & B")
    }

    @Test("A text given as bytes is written as a text would be: escaped by {{x}}, as it is by {{{x}}}")
    func bytes() throws {
        var svg = ByteBuffer()
        svg.append("<svg aria-label=\"a & b\">'é'</svg>")
        let view: [String: Any] = ["svg": svg, "text": svg.text]
        #expect(try render("{{{svg}}}", view) == "<svg aria-label=\"a & b\">'é'</svg>")
        #expect(try render("{{svg}}", view) == "&lt;svg aria-label=&quot;a &amp; b&quot;&gt;&#39;é&#39;&lt;/svg&gt;")
        #expect(try render("{{svg}}|{{#svg}}yes{{/svg}}|{{^svg}}no{{/svg}}", view)
            == (try render("{{text}}|{{#text}}yes{{/text}}|{{^text}}no{{/text}}", view)))
    }

    @Test("Sections: once for yes or a record, per element for a list; inverted for no, an empty list or nothing")
    func sections() throws {
        #expect(try render("{{#yes}}j{{/yes}}{{#no}}n{{/no}}{{#empty}}e{{/empty}}{{#missing}}m{{/missing}}", Self.view)
            == "j")
        #expect(try render("{{^yes}}j{{/yes}}{{^no}}n{{/no}}{{^empty}}e{{/empty}}{{^missing}}m{{/missing}}"
                           + "{{^rows}}r{{/rows}}", Self.view) == "nem")
        #expect(try render("{{#rows}}{{#total}}**{{/total}}{{label}}{{#total}}**{{/total}};{{/rows}}", Self.view)
            == "Noord;**Zuid**;")
        let lazy = TemplateList(count: 3) { .text(String($0)) }
        #expect(try render("{{#list}}{{.}},{{/list}}", ["list": lazy]) == "0,1,2,")
    }

    @Test("A tag alone on its line takes the line with it; one beside text does not")
    func standalone() throws {
        let template = "a\n  {{#rows}}\n  - {{label}}\n  {{/rows}}\n{{! comment }}\nb {{#yes}}\nc\n{{/yes}} d\n"
        #expect(try render(template, Self.view) == "a\n  - Noord\n  - Zuid\nb \nc\n d\n")
        #expect(try render("x\r\n{{#yes}}\r\ny\r\n{{/yes}}\r\n", Self.view) == "x\r\ny\r\n")
        // Spaces that end the template after a section are dropped, as swift-mustache drops them.
        #expect(try render("{{#yes}}  \n|{{/yes}}  ", Self.view) == "|")
    }

    @Test("What is not supported, or not closed, is an error with line and column")
    func errors() throws {
        for (template, reason, line, column) in [
            ("a\n {{> partial}}", "partials, blokken en instellingen", 2, 2),
            ("{{=<% %>=}}", "andere scheidingstekens", 1, 1),
            ("a\n{{#rows}}\nb", "sectie 'rows' wordt niet gesloten", 3, 2),
            ("{{#rows}}{{/tables}}", "sluittag 'tables' past niet bij sectie 'rows'", 1, 10),
            ("{{upper(title)}}", "tag niet afgesloten", 1, 1),
        ] {
            #expect(throws: Template.Problem.self) { try Template(template) }
            do {
                _ = try Template(template)
            } catch let problem as Template.Problem {
                #expect(problem.reason.description.hasPrefix(reason), "\(template): \(problem)")
                #expect(problem.line == line && problem.column == column, "\(template): \(problem)")
            }
        }
    }

    @Test("A render beyond its limits stops: the output, the repeats, and the nesting when read")
    func limits() throws {
        var limits = Limits()
        (limits.templateOutput, limits.templateRepeats, limits.templateNesting) = (10, 5, 2)
        let list = TemplateList(count: 6) { _ in .text("x") }
        var output = TemplateOutput()
        #expect(throws: Template.Exceeded.self) {
            try Template("{{#list}}{{.}}{{/list}}").render(.record(TemplateDictionary(["list": list])), scale: 0,
                                                           limits: limits, to: &output)
        }
        #expect(throws: Template.Problem.self) { try Template("{{#a}}{{#b}}{{#c}}{{/c}}{{/b}}{{/a}}", limits: limits) }
        var scaled = TemplateOutput()
        try Template("{{#list}}{{.}}{{/list}}").render(.record(TemplateDictionary(["list": list])), scale: 1,
                                                       limits: limits, to: &scaled)
        #expect(scaled.buffer.text == "xxxxxx")
    }
}
