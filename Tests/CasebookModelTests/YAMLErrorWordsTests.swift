import CasebookModel
import Testing

/// A YAML mistake is told in plain words with its likely fix, at the field that is wrong,
/// in English and in Russian.
@Suite struct YAMLErrorWordsTests {
    /// One mistake: front matter (after the opening `---`), and the message in both languages.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var english: String
        var russian: String
        var testDescription: String { name }
    }

    static let file = "content/cases/x.ru.md"

    static let mistakes: [Mistake] = [
        Mistake(name: "': ' in a value", yaml: "id: x\ntitle: Детсад: новый\nsummary: y\n",
                english: "\(file):3:1: error: the value of 'title' contains ': ', which YAML reads as the start of another field; put the whole value in double quotes: title: \"Детсад: новый\"",
                russian: "\(file):3:1: ошибка: значение поля «title» содержит «: », и YAML принимает это за начало нового поля; заключите всё значение в двойные кавычки: title: \"Детсад: новый\""),
        Mistake(name: "':' ending a value", yaml: "title: x\nsummary: Итоги:\n",
                english: "\(file):3:1: error: the value of 'summary' contains ':', which YAML reads as the start of another field; put the whole value in double quotes: summary: \"Итоги:\"",
                russian: "\(file):3:1: ошибка: значение поля «summary» содержит «:», и YAML принимает это за начало нового поля; заключите всё значение в двойные кавычки: summary: \"Итоги:\""),
        Mistake(name: "': ' in a list item's field", yaml: "funding:\n  - source: Бюджет: местный\n",
                english: "\(file):3:5: error: the value of 'source' contains ': ', which YAML reads as the start of another field; put the whole value in double quotes: source: \"Бюджет: местный\"",
                russian: "\(file):3:5: ошибка: значение поля «source» содержит «: », и YAML принимает это за начало нового поля; заключите всё значение в двойные кавычки: source: \"Бюджет: местный\""),
        Mistake(name: "unclosed double quote", yaml: "title: \"Детсад\nsummary: y\n",
                english: "\(file):2:1: error: the quote (\") that opens the value of 'title' is never closed; end the value with \"",
                russian: "\(file):2:1: ошибка: кавычка \", с которой начинается значение поля «title», не закрыта; поставьте \" в конце значения"),
        Mistake(name: "a quote left open runs into the next field", yaml: "title: \"Детсад\nsummary: \"Кратко.\"\n",
                english: "\(file):2:1: error: the quote (\") that opens the value of 'title' is never closed; end the value with \"",
                russian: "\(file):2:1: ошибка: кавычка \", с которой начинается значение поля «title», не закрыта; поставьте \" в конце значения"),
        Mistake(name: "unclosed single quote in a list", yaml: "highlights:\n  - 'Детсад\n  - b\n",
                english: "\(file):3:5: error: the quote (') opened here is never closed; end the value with '",
                russian: "\(file):3:5: ошибка: кавычка ', открытая здесь, не закрыта; поставьте ' в конце значения"),
        Mistake(name: "text after the closing quote", yaml: "title: \"Ак-Жылдыз\" детсад\nsummary: y\n",
                english: "\(file):2:1: error: the value of 'title' goes on after its closing quote; put the whole value in double quotes, writing each \" inside it as \\\": title: \"\\\"Ак-Жылдыз\\\" детсад\"",
                russian: "\(file):2:1: ошибка: значение поля «title» продолжается после закрывающей кавычки; заключите всё значение в двойные кавычки, а каждую \" внутри запишите как \\\": title: \"\\\"Ак-Жылдыз\\\" детсад\""),
        Mistake(name: "a value starting with @", yaml: "title: x\ncontact: @akimiat\n",
                english: "\(file):3:1: error: the value of 'contact' starts with '@', which has a meaning of its own in YAML; put the whole value in double quotes: contact: \"@akimiat\"",
                russian: "\(file):3:1: ошибка: значение поля «contact» начинается с «@», а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: contact: \"@akimiat\""),
        Mistake(name: "a value starting with a backtick", yaml: "title: `Детсад`\n",
                english: "\(file):2:1: error: the value of 'title' starts with '`', which has a meaning of its own in YAML; put the whole value in double quotes: title: \"`Детсад`\"",
                russian: "\(file):2:1: ошибка: значение поля «title» начинается с «`», а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: title: \"`Детсад`\""),
        Mistake(name: "a value starting with [", yaml: "title: [Черновик] Детсад\n",
                english: "\(file):2:1: error: the value of 'title' starts with '[', which has a meaning of its own in YAML; put the whole value in double quotes: title: \"[Черновик] Детсад\"",
                russian: "\(file):2:1: ошибка: значение поля «title» начинается с «[», а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: title: \"[Черновик] Детсад\""),
        Mistake(name: "a value starting with *", yaml: "title: *важно*\n",
                english: "\(file):2:1: error: the value of 'title' starts with '*', which has a meaning of its own in YAML; put the whole value in double quotes: title: \"*важно*\"",
                russian: "\(file):2:1: ошибка: значение поля «title» начинается с «*», а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: title: \"*важно*\""),
        Mistake(name: "a value starting with |", yaml: "title: | Детсад\n",
                english: "\(file):2:1: error: the value of 'title' starts with '|', which has a meaning of its own in YAML; put the whole value in double quotes: title: \"| Детсад\"",
                russian: "\(file):2:1: ошибка: значение поля «title» начинается с «|», а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: title: \"| Детсад\""),
        Mistake(name: "a value starting with '- '", yaml: "title: - Детсад\n",
                english: "\(file):2:1: error: the value of 'title' starts with '- ', which has a meaning of its own in YAML; put the whole value in double quotes: title: \"- Детсад\"",
                russian: "\(file):2:1: ошибка: значение поля «title» начинается с «- », а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: title: \"- Детсад\""),
        Mistake(name: "a field indented under another", yaml: "title: x\n  summary: y\n",
                english: "\(file):3:3: error: 'summary' is indented more than 'title' above it, so YAML reads it as part of the value of 'title'; start 'summary' in the same column as 'title', or, if it belongs to that value, put the whole value in double quotes",
                russian: "\(file):3:3: ошибка: у «summary» отступ больше, чем у «title» выше, поэтому YAML читает его как часть значения «title»; начните «summary» в том же столбце, что и «title», а если это часть значения — заключите всё значение в двойные кавычки"),
        Mistake(name: "a field indented less than its siblings", yaml: "title:\n  ru: x\n en: y\n",
                english: "\(file):4:2: error: 'en' does not line up with the fields above it; start it in column 3 like 'ru' on line 3, or in the column of the field it belongs to",
                russian: "\(file):4:2: ошибка: «en» не выровнено по полям выше; начните его в столбце 3, как «ru» в строке 3, или в столбце поля, к которому оно относится"),
        Mistake(name: "a line without a colon", yaml: "title x\nsummary: y\n",
                english: "\(file):2:1: error: 'title x' is not a field: write a field as 'name: value', with a colon and a space after the name",
                russian: "\(file):2:1: ошибка: «title x» — не поле: поле записывается как «имя: значение», с двоеточием и пробелом после имени"),
        Mistake(name: "a line without a colon between fields", yaml: "title: x\nsummary y\nmunicipality: alpha\n",
                english: "\(file):3:1: error: 'summary y' is not a field: write a field as 'name: value', with a colon and a space after the name",
                russian: "\(file):3:1: ошибка: «summary y» — не поле: поле записывается как «имя: значение», с двоеточием и пробелом после имени"),
        Mistake(name: "a list item among the fields", yaml: "title: x\n- вода\nsummary: y\n",
                english: "\(file):3:1: error: a list item ('- …') among the fields; put it under its field (such as 'highlights:') and indent it by two spaces",
                russian: "\(file):3:1: ошибка: элемент списка («- …») среди полей; поместите его под его поле (например, «highlights:») с отступом в два пробела"),
        Mistake(name: "a list item out of line", yaml: "highlights:\n  - a\n - b\n",
                english: "\(file):4:2: error: this list item does not line up with the items above it; start every '- ' in column 3",
                russian: "\(file):4:2: ошибка: этот элемент списка не выровнен по элементам выше; начинайте каждый «- » в столбце 3"),
        Mistake(name: "a list item's field out of line", yaml: "funding:\n  - source: a\n   kgs: 5\n",
                english: "\(file):4:4: error: 'kgs' does not line up with the list above it: a field of the list item starts in column 5, a list item with '- ' in column 3",
                russian: "\(file):4:4: ошибка: «kgs» не выровнено по списку выше: поле элемента списка начинается в столбце 5, а новый элемент с «- » — в столбце 3"),
        Mistake(name: "an unclosed [ list", yaml: "sectors: [water, preschool\nsummary: y\n",
                english: "\(file):2:1: error: the '[' that opens the value of 'sectors' is not closed with ']' on the same line; close it, and put any item that contains ', ' or ': ' in double quotes",
                russian: "\(file):2:1: ошибка: скобка «[» в начале значения поля «sectors» не закрыта скобкой «]» в той же строке; закройте её, а элементы с «, » или «: » заключите в двойные кавычки"),
        Mistake(name: "a key written twice", yaml: "title: x\nsummary: y\ntitle: z\n",
                english: "\(file):4:1: error: 'title' is written twice (first on line 2); keep one of them",
                russian: "\(file):4:1: ошибка: ключ «title» повторяется (первый раз — в строке 2); оставьте один из них"),
        Mistake(name: "a tab in the indentation", yaml: "title:\n\tru: x\n",
                english: "\(file):3:1: error: tab character in YAML indentation; indent with spaces",
                russian: "\(file):3:1: ошибка: табуляция в отступе YAML; делайте отступы пробелами"),
    ]

    @Test(arguments: mistakes) func mistakeIsToldWithItsFix(_ mistake: Mistake) {
        var diagnostics = Diagnostics()
        let node = YAMLReader(file: Self.file, lineOffset: 1).parse(mistake.yaml, into: &diagnostics)
        #expect(node == nil)
        #expect(diagnostics.sorted.map { $0.rendered(in: .english) } == [mistake.english])
        #expect(diagnostics.sorted.map { $0.rendered(in: .russian) } == [mistake.russian])
    }

    @Test func aNumberSignThatCutsAValueIsAWarning() {
        var diagnostics = Diagnostics()
        let yaml = "title: Детсад #1\nmunicipality: alpha   # shared\nsummary: \"Группа #2\"\nyear: 2021 #2022\n"
        let node = YAMLReader(file: Self.file, lineOffset: 1).parse(yaml, into: &diagnostics)
        #expect(node != nil)
        #expect(diagnostics.sorted.map { $0.rendered(in: .english) } == [
            "\(Self.file):2:1: warning: the value of 'title' ends before ' #': YAML reads the rest of the line as a comment; put the whole value in double quotes: title: \"Детсад #1\"",
            "\(Self.file):5:1: warning: the value of 'year' ends before ' #': YAML reads the rest of the line as a comment; put the whole value in double quotes: year: \"2021 #2022\"",
        ])
        #expect(diagnostics.sorted.map { $0.rendered(in: .russian) }.first ==
            "\(Self.file):2:1: предупреждение: значение поля «title» обрывается перед « #»: остаток строки YAML считает комментарием; заключите всё значение в двойные кавычки: title: \"Детсад #1\"")
    }

    @Test func aMistakeOfAnotherKindKeepsLibyamlsWords() {
        var diagnostics = Diagnostics()
        _ = YAMLReader(file: Self.file, lineOffset: 1).parse("title: x\n? [a\n", into: &diagnostics)
        #expect(diagnostics.sorted.map(\.description).first?.hasPrefix("\(Self.file):") == true)
        #expect(diagnostics.sorted.map(\.description).first?.contains("invalid YAML: ") == true)
    }
}
