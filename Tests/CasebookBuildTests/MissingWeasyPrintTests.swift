@testable import CasebookBuild
import CasebookModel
import CasebookRender
import Testing

/// Without WeasyPrint the build says in one short error how many PDFs it did not make, names
/// the first three and how to install it, in English and Russian.
@Suite struct MissingWeasyPrintTests {
    static func jobs(_ count: Int) -> [PDFJob] {
        (1...count).map { PDFJob(html: "ru/forms/m\($0).html", pdf: "ru/forms/m\($0).pdf") }
    }

    static let install = "install it with `pip install weasyprint==70.0` (scripts/install-weasyprint.sh), or build with --no-pdf"
    static let installRussian = "установите его командой `pip install weasyprint==70.0` (scripts/install-weasyprint.sh) или собирайте с --no-pdf"

    @Test(arguments: [
        (1, "weasyprint was not found, so 1 PDF was not made (ru/forms/m1.pdf); \(install)"),
        (3, "weasyprint was not found, so 3 PDFs were not made (ru/forms/m1.pdf, ru/forms/m2.pdf, ru/forms/m3.pdf); \(install)"),
        (47, "weasyprint was not found, so 47 PDFs were not made (ru/forms/m1.pdf, ru/forms/m2.pdf, ru/forms/m3.pdf and 44 more); \(install)"),
    ])
    func inEnglish(_ count: Int, _ expected: String) {
        #expect(PDFMaker.missingMessage(for: Self.jobs(count)).rendered(in: .english) == expected)
    }

    @Test(arguments: [
        (1, "weasyprint не найден, поэтому 1 файл PDF не сделан (ru/forms/m1.pdf); \(installRussian)"),
        (4, "weasyprint не найден, поэтому 4 файла PDF не сделаны (ru/forms/m1.pdf, ru/forms/m2.pdf, ru/forms/m3.pdf и ещё 1); \(installRussian)"),
        (47, "weasyprint не найден, поэтому 47 файлов PDF не сделаны (ru/forms/m1.pdf, ru/forms/m2.pdf, ru/forms/m3.pdf и ещё 44); \(installRussian)"),
    ])
    func inRussian(_ count: Int, _ expected: String) {
        #expect(PDFMaker.missingMessage(for: Self.jobs(count)).rendered(in: .russian) == expected)
    }
}
