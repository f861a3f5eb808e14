import CasebookTestSupport
import Foundation
import Testing

/// The PDFs of the printable book, made by WeasyPrint and read back with poppler's tools:
/// metadata, outline, fonts, and the table of contents against the pages themselves.
@Suite(.enabled(if: PDFTools.present,
                "needs weasyprint and poppler-utils (pdfinfo, pdftotext, pdffonts); scripts/install-system-packages.sh installs them"))
struct PDFTests {

    /// The bilingual fixture with a publisher (the PDFs' author), built with PDFs.
    static func builtBook() throws -> TemporaryCasebook {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let config = try #require(book.read("content/casebook.yml"))
        try book.write("content/casebook.yml", config + "publisher: {ru: \"Проект МСУ\", en: \"LSG project\"}\n")
        let report = book.build(makePDFs: true)
        #expect(report.wrote)
        #expect(report.pdfs.filter { !$0.contains("/forms/") } == ["ru/slides/review.pdf", "ru/casebook.pdf", "en/slides/review.pdf", "en/casebook.pdf"])
        #expect(!report.pdfFailed)
        #expect(report.diagnostics.sorted.filter { $0.description.contains("weasyprint") }.map(\.description) == [])
        return book
    }

    @Test(arguments: [
        ("ru", "Сборник", "Проект МСУ", ["Колонки и справедливый тариф": "case-pump", "Полудневная группа": "case-kindergarten"], "Содержание"),
        ("en", "Casebook", "LSG project", ["Standpipes and a fair tariff": "case-pump"], "Contents"),
    ])
    func thePDFIsTheBook(_ language: String, _ title: String, _ author: String, _ cases: [String: String], _ contents: String) throws {
        let book = try Self.builtBook()
        let pdf = book.root.appendingPathComponent("site/\(language)/casebook.pdf")
        let bytes = try PDFTools.objects(pdf)
        let info = try PDFTools.run("pdfinfo", ["-isodates", pdf.path])
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
        #expect(field("Title") == title)
        #expect(field("Author") == author)
        #expect(field("CreationDate") == "2022-06-30T00:00:00Z")
        #expect(field("Page size")?.hasPrefix("595.276 x 841.89 pts") == true)
        let outline = PDFOutline(bytes)
        #expect(outline.language == language)
        // Tagged (PDF/UA-1) for screen readers, the book and the deck alike.
        #expect(field("Tagged") == "yes")
        let deck = book.root.appendingPathComponent("site/\(language)/slides/review.pdf")
        #expect(try PDFTools.run("pdfinfo", [deck.path]).contains("\nTagged:          yes\n"))
        #expect(PDFOutline(try PDFTools.objects(deck)).language == language)

        // The outline: the parts of print.order, and the chapters under theirs.
        let parts = outline.items.filter { $0.level == 1 }.map(\.title)
        let expectedParts = language == "ru"
            ? ["Содержание", "Методика", "Кейсы", "Итоги конкурса", "Оценки ПСЭР"]
            : ["Contents", "Method", "Cases", "Contest results", "SEDP evaluations"]
        #expect(parts == expectedParts)
        let chapters = outline.items.filter { $0.level == 2 }.map(\.title)
        #expect(chapters == cases.keys.sorted { cases[$0]! > cases[$1]! } + (language == "ru" ? ["Альфа", "Бета"] : ["Alpha", "Beta"]))

        // The book ends with the last chapter, which fits on one page: no blank page after it.
        let pages = try #require(field("Pages").flatMap { Int($0) })
        #expect(pages == outline.items.last?.page)

        // Each entry of the contents names the page where its chapter starts: its title
        // stands on that page (as heading and running head) and not on the page before.
        let contentsPage = try #require(outline.items.first { $0.title == contents }?.page)
        let toc = try PDFTools.text(pdf, page: contentsPage)
        for item in outline.items where item.title != contents {
            let pattern = NSRegularExpression.escapedPattern(for: item.title) + " ?\\.{3,} ?(\\d+)\\n"
            let match = try #require(toc.range(of: pattern, options: .regularExpression), "no '\(item.title)' in the contents:\n\(toc)")
            let number = try #require(Int(toc[match].split(separator: " ").last!.filter(\.isNumber)))
            #expect(number == item.page, "contents: \(item.title) on p. \(number), outline: p. \(item.page)")
            if let anchor = cases[item.title] { #expect(outline.destinations[anchor] == number, "\(anchor)") }
            #expect(try PDFTools.text(pdf, page: number).contains(item.title))
            if number - 1 != contentsPage {
                #expect(try !PDFTools.text(pdf, page: number - 1).contains(item.title), "\(item.title) also on p. \(number - 1)")
            }
        }
        #expect(cases.values.allSatisfy { outline.destinations[$0] != nil })
        // Links between chapters know their pages too ("see p. N").
        if language == "ru" {
            let kindergarten = try #require(outline.items.first { $0.title == "Полудневная группа" }?.page)
            let pumpPage = try #require(outline.items.first { $0.title == "Колонки и справедливый тариф" }?.page)
            let pump = try (pumpPage..<kindergarten).map { try PDFTools.text(pdf, page: $0) }.joined()
            #expect(pump.contains("детский сад (см. с. \(kindergarten))"))
            #expect(pump.contains("1. По данным опроса 2020 года."), "the footnote at the page's foot")
        }

        // Every font is embedded (Cyrillic included).
        let fonts = try PDFTools.run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.contains(" yes yes yes "), "\(font)") }
        #expect(bytes.count > 10_000)
    }

    @Test func aRebuildGivesTheSamePDF() throws {
        let book = try Self.builtBook()
        let other = book.root.appendingPathComponent("second")
        let report = book.build(output: other, makePDFs: true)
        // What went wrong, should a PDF be missing (WeasyPrint's own message is in the diagnostics).
        #expect(report.pdfs.filter { !$0.contains("/forms/") }.count == 4, "\(report.diagnostics.sorted.map(\.description))")
        for pdf in ["ru/casebook.pdf", "en/casebook.pdf", "ru/slides/review.pdf", "en/slides/review.pdf"] {
            let first = try Data(contentsOf: book.root.appendingPathComponent("site/\(pdf)"))
            let second = try Data(contentsOf: other.appendingPathComponent(pdf))
            #expect(first == second, "\(pdf) differs between two builds")
            // A link to the build folder on this computer would differ per build and lead nowhere.
            // Read with the object streams expanded: the link annotations are compressed inside them.
            let objects = try PDFTools.objects(book.root.appendingPathComponent("site/\(pdf)"))
            #expect(objects.range(of: Data("/URI".utf8)) != nil || pdf.contains("slides"), "\(pdf) has no web links to look at")
            #expect(objects.range(of: Data("file://".utf8)) == nil, "\(pdf) links into the build folder")
        }
        let home = try #require(book.read("site/ru/index.html"))
        #expect(home.contains("<a href=\"print/index.html\">Версия для печати</a> · <a href=\"casebook.pdf\" type=\"application/pdf\">Сборник в PDF</a>"))
    }

    @Test func aRebuildRemakesOnlyThePDFsWhoseInputsChanged() throws {
        let book = try Self.builtBook()
        let all = ["ru/slides/review.pdf", "ru/casebook.pdf", "en/slides/review.pdf", "en/casebook.pdf"]
        // The evaluation forms' PDFs are the forms' own concern (EvaluationFormTests).
        func notForms(_ paths: [String]) -> [String] { paths.filter { !$0.contains("/forms/") } }
        func bytes() throws -> [Data] { try all.map { try Data(contentsOf: book.root.appendingPathComponent("site/\($0)")) } }
        let first = try bytes()
        // Nothing changed: every PDF is copied, none made again.
        let again = book.build(makePDFs: true)
        #expect(notForms(again.pdfs) == all)
        #expect(notForms(again.reusedPDFs) == all)
        #expect(try bytes() == first)
        // The website's style sheet and a page outside the book are no input of a PDF.
        let css = try #require(book.read("themes/default/assets/casebook.css"))
        try book.write("themes/default/assets/casebook.css", css + "\nbody { color: #111; }\n")
        #expect(notForms(book.build(makePDFs: true).reusedPDFs) == all)
        // A Russian case's text is in the Russian book only.
        let pump = try #require(book.read("content/cases/pump.ru.md"))
        try book.write("content/cases/pump.ru.md", pump + "\nЕщё один абзац.\n")
        let edited = book.build(makePDFs: true)
        #expect(notForms(edited.pdfs) == all)
        #expect(notForms(edited.reusedPDFs) == ["ru/slides/review.pdf", "en/slides/review.pdf", "en/casebook.pdf"])
        #expect(try PDFTools.text(book.root.appendingPathComponent("site/ru/casebook.pdf"), page: 1).isEmpty == false)
        // The print style sheet is read by every book.
        let print = try #require(book.read("themes/default/assets/print.css"))
        try book.write("themes/default/assets/print.css", print + "\nh1 { letter-spacing: 0.01em; }\n")
        #expect(notForms(book.build(makePDFs: true).reusedPDFs) == ["ru/slides/review.pdf", "en/slides/review.pdf"])
        // A PDF changed by hand in the site is made again, not trusted.
        try book.write("site/en/casebook.pdf", "not a PDF")
        let repaired = book.build(makePDFs: true)
        #expect(!repaired.reusedPDFs.contains("en/casebook.pdf"))
        #expect(book.read("site/en/casebook.pdf")?.hasPrefix("%PDF-") == true)
    }
}
