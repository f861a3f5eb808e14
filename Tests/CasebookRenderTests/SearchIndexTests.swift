@testable import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// The search index of a small site, byte for byte: each page once (title, link from the
/// search page, kind, summary), then every term with the pages and the best field it occurs
/// in; beside it the start of each page's text, block boundaries made separators.
@Suite struct SearchIndexTests {
    @Test func indexOfASmallSite() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/bus.ru.md": Doc.case("Автобус из отдалённого села", body: """
                ## Проблема

                Село Сай-Булак в аймаке Чоң-Токой. Учёт детей — в сборник.
                ### Кто ездил
                - девочки
                - мальчики
                """),
            "content/cases/bus.en.md": Doc.translation("A bus from a remote village", body: "## Problem\n\nGirls were budgeting for rides.\n"),
        ])
        #expect(book.build().wrote)
        #expect(book.read("site/ru/search/index.js") == """
            window.CASEBOOK_SEARCH={"chunk":20,"docs":[{"kind":"Кейс","summary":"Кратко.","title":"Автобус из отдалённого села",\
            "url":"../cases/bus/index.html"}],"terms":{"автобус":[2],"аймак":[0],"булак":[0],"девочк":[0],"дет":[0],\
            "езд":[0],"из":[2],"кратк":[1],"кто":[0],"мальчик":[0],"отдален":[2],"проблем":[0],"са":[0],"сайбулак":[0],\
            "сборник":[0],"сел":[2],"ток":[0],"учет":[0],"чон":[0],"чонток":[0]}};

            """)
        #expect(book.read("site/en/search/index.js") == """
            window.CASEBOOK_SEARCH={"chunk":20,"docs":[{"kind":"Case","summary":"Short.",\
            "title":"A bus from a remote village","url":"../cases/bus/index.html"}],"terms":{"budget":[0],"bus":[2],\
            "for":[0],"from":[2],"girl":[0],"problem":[0],"remot":[2],"ride":[0],"short":[1],"villag":[2],"were":[0]}};

            """)
    }

    @Test func snippetTextsAreLoadedSeparately() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/bus.ru.md": Doc.case("Автобус", body: "## Проблема\n\nВ этот сборник.\n## Кто мог участвовать\n\nВсе.\n"),
        ])
        #expect(book.build().wrote)
        #expect(book.read("site/ru/search/text-0.js") == """
            (window.CASEBOOK_SEARCH_TEXT=window.CASEBOOK_SEARCH_TEXT||[])[0]=["Проблема · В этот сборник. Кто мог участвовать · Все."];

            """)
        #expect(book.read("site/ru/search/text-1.js") == nil)
    }

    @Test func textChunksHoldTwentyPagesEach() {
        let pages = (0..<41).map { number in
            SearchIndexItem(SearchEntry(title: "t", url: "ru/cases/\(number)/index.html", kind: "k", summary: "", text: "Текст \(number)"),
                            language: "ru")
        }
        let chunk = String(decoding: SearchIndexJSON.textChunk(pages[40...], number: 2), as: UTF8.self)
        #expect(chunk == "(window.CASEBOOK_SEARCH_TEXT=window.CASEBOOK_SEARCH_TEXT||[])[2]=[\"Текст 40\"];\n")
        #expect(SearchIndexJSON.textsPerChunk == 20)
    }

    @Test func postingsCountFromThePreviousPage() throws {
        let pages = ["в", "б", "а"].map { letter in
            SearchIndexItem(SearchEntry(title: "Заголовок \(letter)", url: "ru/cases/\(letter)/index.html", kind: "Кейс",
                                        summary: "", text: letter == "б" ? "Текст." : "Заголовок в тексте."),
                            language: "ru")
        }.sorted { $0.url < $1.url }
        let script = String(decoding: SearchIndexJSON.index(pages), as: UTF8.self)
        // Every title holds "заголовок" (page 0: 0*3+2, then +1 page each: 1*3+2), every text "текст".
        #expect(script.hasSuffix(#""terms":{"заголовок":[2,5,5],"текст":[0,3,3]}};"# + "\n"))
    }
}
