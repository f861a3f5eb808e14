@testable import CasebookModel
@testable import CasebookRender
import Testing

/// Charts that fit their canvas, band ranges that cover every total, links that say their language.
@Suite struct ReaderSignpostTests {
    @Test func aLongCriterionWrapsOntoLinesThatFitAndLosesNothing() {
        let label = "Расчёт стоимости и гендерно-ориентированное бюджетирование"
        let lines = ChartLabelWrapper.lines(label, width: 320, fontSize: 16)
        #expect(lines == ["Расчёт стоимости и гендерно-", "ориентированное бюджетирование"])
        #expect(lines.allSatisfy { ChartLabelWrapper.width(of: $0, fontSize: 16) <= 320 })
    }

    @Test func aShortLabelStaysOnOneLine() {
        #expect(ChartLabelWrapper.lines("Women", width: 320, fontSize: 16) == ["Women"])
        #expect(ChartLabelWrapper.lines("", width: 320, fontSize: 16) == [""])
    }

    @Test func aWordWiderThanTheChartIsBrokenWithAHyphen() {
        let lines = ChartLabelWrapper.lines(String(repeating: "ж", count: 30), width: 160, fontSize: 16)
        #expect(lines.count == 3)
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("-") })
        #expect(lines.joined().replacingOccurrences(of: "-", with: "") == String(repeating: "ж", count: 30))
        #expect(lines.allSatisfy { ChartLabelWrapper.width(of: $0, fontSize: 16) <= 160 })
    }

    @Test func theChartShowsEveryLabelWholeAtTheBodySize() {
        let label = "Дезагрегированные индикаторы и мониторинг по всем уязвимым группам населения"
        let chart = BarChart(id: "c", title: "T", description: "D", bars: [.init(label: label, value: 40, valueLabel: "40 %")],
                             maximum: 100, labelHeader: "L", valueHeader: "V")
        let html = chart.html(tableSummary: "Data")
        #expect(!html.contains("…"))
        #expect(html.contains("viewBox=\"0 0 320 99\" font-size=\"16\""))
        #expect(html.contains("<text class=\"chart-label\" x=\"0\" y=\"16\">Дезагрегированные индикаторы и</text>"))
        #expect(html.contains("<text class=\"chart-label\" x=\"0\" y=\"36\">мониторинг по всем уязвимым</text>"))
        #expect(html.contains("<text class=\"chart-label\" x=\"0\" y=\"56\">группам населения</text>"))
        #expect(html.contains("<rect class=\"chart-bar\" x=\"0\" y=\"65\" width=\"99.2\" height=\"18\"/>"))
    }

    @Test func onASlideATallChartPutsItsLabelsBesideTheBarsAndTakesMoreOfTheWidth() {
        let names = ["Участие уязвимых групп", "Дезагрегированные данные и социальное картирование",
                     "Гендерный анализ и анализ уязвимости", "Цели с явным учётом ГРСИ", "Мероприятия соответствуют потребностям",
                     "Расчёт стоимости и гендерно-ориентированное бюджетирование", "Дезагрегированные индикаторы и мониторинг",
                     "Соответствие методике", "Устойчивость", "Новизна и тиражируемость"]
        let chart = { (count: Int) in
            BarChart(id: "c", title: "T", description: "D", bars: names.prefix(count).map { .init(label: $0, value: 50, valueLabel: "50 %") },
                     maximum: 100, labelHeader: "L", valueHeader: "V")
        }
        let tall = chart(10).html(tableSummary: "Data", forSlide: true)
        #expect(tall.contains("<figure class=\"chart-figure chart-beside\"><svg class=\"chart\" viewBox=\"0 0 560 "))
        #expect(tall.contains("<text class=\"chart-label\" x=\"0\" y=\"15.5\">Участие уязвимых групп</text><rect class=\"chart-track\" x=\"250\""))
        // A short chart keeps the stacked layout, which is larger on a slide's half; so does every chart of a page.
        #expect(chart(4).html(tableSummary: "Data", forSlide: true).contains("<figure class=\"chart-figure\"><svg class=\"chart\" viewBox=\"0 0 320 "))
        #expect(chart(10).html(tableSummary: "Data").contains("<figure class=\"chart-figure\"><svg class=\"chart\" viewBox=\"0 0 320 "))
        let text = "<ul><li>Сильнее всего: соответствие методике</li></ul>"
        #expect(DeckSlideLayout(blocks: ["<h2>Результаты</h2>", tall, text]).figureShare == 0.59)
        #expect(DeckSlideLayout(blocks: ["<h2>Результаты</h2>", chart(2).html(tableSummary: "Data", forSlide: true), text]).figureShare == 0.5)
    }

    static let rubric = Rubric(criteria: [.init(id: "a", max: 100, labels: [:], descriptions: [:])], bands: [
        .init(id: "blind", min: 0, labels: [:]), .init(id: "promising", min: 20, labels: [:]),
        .init(id: "sensitive", min: 40, labels: [:]), .init(id: "responsive", min: 75, labels: [:]),
    ])

    @Test func bandRangesCoverFractionalTotals() {
        let strings = UIStrings(language: "ru", texts: ["band_range": "от {min} до менее {max}", "band_range_last": "от {min} до {max}"])
        let ranges = BandRangeText(rubric: Self.rubric, strings: strings)
        #expect(Self.rubric.bands.map(ranges.text(for:)) == ["от 0 до менее 20", "от 20 до менее 40", "от 40 до менее 75", "от 75 до 100"])
        // 39.5 lies "under 40", in the band that range names, and in no other.
        #expect(Self.rubric.band(for: 39.5)?.id == "promising")
        #expect(Self.rubric.band(for: 40)?.id == "sensitive")
    }

    @Test func aLinkToAnotherLanguagesPageSaysSo() {
        var links = CrossLanguageLinks()
        links.targets["../../ru/cases/x/index.html"] = "ru"
        let strings = UIStrings(language: "en", texts: ["in_language_ru": "in Russian"])
        let html = "<p>See <a href=\"../../ru/cases/x/index.html\">the bus</a> and <a href=\"../y/index.html\">y</a>.</p>"
        #expect(links.marking(html, strings: strings)
            == "<p>See <a href=\"../../ru/cases/x/index.html\" hreflang=\"ru\">the bus</a> <span class=\"lang-note\">(in Russian)</span> and <a href=\"../y/index.html\">y</a>.</p>")
    }
}
