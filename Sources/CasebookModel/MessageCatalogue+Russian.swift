extension MessageCatalogue {
    /// Russian, keyed by the English text; `{0}`, `{1}`… are the values, in any order, and
    /// `{1#…|…|…}` the forms for one, few and many.
    static let russian: [String: String] = [
        "  See '{0} <subcommand>' for detailed help.":
            "  Подробная справка по команде: {0} <команда>",
        "  See '{0}' for more information.":
            "  Подробнее: {0}",
        "  labels    content/casebook.yml: no {0} label for {1}":
            "  подписи   content/casebook.yml: нет подписи на {0} для: {1}",
        "  missing   {0} '{1}' (original: {2})":
            "  нет       {0} «{1}» (оригинал: {2})",
        "  outdated  {0}: the original changed; update it, then run: casebook translated {1}":
            "  устарел   {0}: оригинал изменился; обновите перевод, затем выполните: casebook translated {1}",
        "  untracked {0}: no translation_of; once it is current, run: casebook translated {1}":
            "  без связи {0}: нет translation_of; когда перевод будет актуален, выполните: casebook translated {1}",
        " (default: {0})":
            " (по умолчанию: {0})",
        " (did you mean '{0}'?)":
            " (может быть, «{0}»?)",
        " (its time is ahead of this computer's clock: correct the clock, or `touch` it)":
            " (его время впереди часов этого компьютера: исправьте часы или выполните для него `touch`)",
        " (values: {0})":
            " (значения: {0})",
        "'@import' in a style":
            "«@import» в стиле",
        "'beneficiaries'":
            "«beneficiaries»",
        "'funding' must be a list of {source: …, kgs: …}":
            "«funding» должно быть списком вида {source: …, kgs: …}",
        "'scores'":
            "«scores»",
        "'top' must be a positive whole number":
            "«top» должно быть целым положительным числом",
        "'translation_of' belongs only in a translation, not in the {0} original":
            "«translation_of» пишут только в переводе, а не в оригинале на языке {0}",
        "'{0}' does not line up with the fields above it; start it in column {1} like '{2}' on line {3}, or in the column of the field it belongs to":
            "«{0}» не выровнено по полям выше; начните его в столбце {1}, как «{2}» в строке {3}, или в столбце поля, к которому оно относится",
        "'{0}' does not line up with the list above it: a field of the list item starts in column {1}, a list item with '- ' in column {2}":
            "«{0}» не выровнено по списку выше: поле элемента списка начинается в столбце {1}, а новый элемент с «- » — в столбце {2}",
        "'{0}' has no {1} translation; linking to the {2} page":
            "у «{0}» нет перевода на {1}; ссылка ведёт на страницу на {2}",
        "'{0}' is '{1}', which is not a date: a year has 12 months":
            "«{0}»: «{1}» — такой даты нет: в году 12 месяцев",
        "'{0}' is '{1}', which is not a date: {2} has {3} {4#day|days}":
            "«{0}»: «{1}» — такой даты нет: в месяце {2} {3} {4#день|дня|дней}",
        "'{0}' is empty":
            "«{0}» пусто",
        "'{0}' is empty in {1}":
            "«{0}» пусто в {1}",
        "'{0}' is indented more than '{1}' above it, so YAML reads it as part of the value of '{2}'; start '{3}' in the same column as '{4}', or, if it belongs to that value, put the whole value in double quotes":
            "у «{0}» отступ больше, чем у «{1}» выше, поэтому YAML читает его как часть значения «{2}»; начните «{3}» в том же столбце, что и «{4}», а если это часть значения — заключите всё значение в двойные кавычки",
        "'{0}' is not a configured language ({1})":
            "«{0}» нет среди языков из настроек ({1})",
        "'{0}' is not a field: write a field as 'name: value', with a colon and a space after the name":
            "«{0}» — не поле: поле записывается как «имя: значение», с двоеточием и пробелом после имени",
        "'{0}' is not a language code like 'ru', 'en' or 'ky'":
            "«{0}» — не код языка вроде «ru», «en» или «ky»",
        "'{0}' is not a language code: use a BCP 47 code such as ru, en or ky":
            "«{0}» — не код языка: укажите код BCP 47, например ru, en или ky",
        "'{0}' is not a name: names have no spaces":
            "«{0}» — не имя: в именах нет пробелов",
        "'{0}' is not a number (write a score such as 7 or 7,5)":
            "«{0}» — не число (напишите балл, например 7 или 7,5)",
        "'{0}' is not a partial name":
            "«{0}» — не имя вложенного шаблона",
        "'{0}' is not a valid id: use lowercase letters a–z, digits and '-' (e.g. masy-kindergarten)":
            "«{0}» не годится как идентификатор: используйте строчные буквы a–z, цифры и «-» (например, masy-kindergarten)",
        "'{0}' is not in the file":
            "«{0}» в файле нет",
        "'{0}' is not published in this build; the link goes to the home page":
            "«{0}» не публикуется в этой сборке; ссылка ведёт на главную страницу",
        "'{0}' is not written as one field per line; write it so or change '{1}' by hand":
            "«{0}» записано не по одному полю в строке; запишите так или измените «{1}» вручную",
        "'{0}' is the name of '{1}', not of '{2}': were the rows sorted without the id column?":
            "«{0}» — название «{1}», а не «{2}»: не сортировали ли строки без столбца id?",
        "'{0}' is written twice (first on line {1}); keep one of them":
            "ключ «{0}» повторяется (первый раз — в строке {1}); оставьте один из них",
        "'{0}' must be a finite number, not '{1}'":
            "«{0}» должно быть конечным числом, а не «{1}»",
        "'{0}' must be a list like [a, b]":
            "«{0}» должно быть списком вида [a, b]",
        "'{0}' must be between {1} and {2}, not {3}":
            "«{0}» должно быть от {1} до {2}, а не {3}",
        "'{0}' must be text, not a {1}":
            "«{0}» должно быть текстом, а не {1}",
        "'{0}' must be written YYYY-MM-DD, not '{1}'":
            "«{0}» пишут в виде ГГГГ-ММ-ДД, а не «{1}»",
        "'{0}' must be written in plain decimal digits, not '{1}'":
            "«{0}» пишут обычными десятичными цифрами, а не «{1}»",
        "'{0}' must be {1} written without quotes, not \"{2}\"":
            "«{0}» должно быть {1} без кавычек, а не \"{2}\"",
        "'{0}' must be {1}, not '{2}'":
            "«{0}» должно быть {1}, а не «{2}»",
        "'{0}' needs at least one {1}":
            "в «{0}» нужно хотя бы одно значение ({1})",
        "'{0}' uses a transform; only {1} are supported":
            "в «{0}» есть преобразование; поддерживаются только {1}",
        ", {0} {1#label|labels} in {2}":
            ", {0} {1#подпись|подписи|подписей} на {2}",
        "--delimiter must be ';' or ','":
            "--delimiter должен быть «;» или «,»",
        "--lang '{0}' is not one of the configured languages: {1}":
            "--lang «{0}» нет среди языков из настроек: {1}",
        "--languages names a language twice":
            "в --languages язык указан дважды",
        "--languages names no language, e.g. --languages ru,en":
            "в --languages не указан ни один язык; пример: --languages ru,en",
        "--only: unknown output '{0}'; choose from {1}":
            "--only: неизвестный результат «{0}»; выберите из: {1}",
        "--root '{0}' is not a folder":
            "--root «{0}» — не папка",
        "<subcommand>":
            "<команда>",
        "ARGUMENTS:":
            "АРГУМЕНТЫ:",
        "Also list every file written.":
            "Перечислить также все записанные файлы.",
        "Build a bilingual casebook website from Markdown files.":
            "Собрать двуязычный сайт-сборник из файлов Markdown.",
        "Build the site first when it is missing or older than its sources (with PDFs, as casebook build).":
            "Сначала собрать сайт, если его нет или он старше исходных файлов (с PDF, как casebook build).",
        "Check every content file, report all errors and warnings and what is left to translate; writes nothing.":
            "Проверить все файлы содержимого, сообщить обо всех ошибках и предупреждениях и о том, что осталось перевести; ничего не записывает.",
        "Check the content and write the website to site/ (nothing is written if there is an error).":
            "Проверить содержимое и записать сайт в site/ (при ошибке ничего не записывается).",
        "Copy the built-in default theme to themes/default/ for customising (a theme folder wins over the built-in one).":
            "Скопировать встроенную тему в themes/default/, чтобы её настроить (папка темы важнее встроенной темы).",
        "Create a new case, evaluation, page or deck in every language, as a draft with every field explained.":
            "Создать новый кейс, оценку, страницу или презентацию на всех языках — черновик с пояснением к каждому полю.",
        "Do not make the PDFs of the printable book and the slide decks (their HTML is still written).":
            "Не делать PDF печатной книги и презентаций (их HTML всё равно записывается).",
        "Error: {0}":
            "Ошибка: {0}",
        "Help:  {0}":
            "Справка:  {0}",
        "Include documents marked 'draft: true'.":
            "Включить документы с пометкой «draft: true».",
        "It is a draft: fill it in, check it with 'casebook check', then remove 'draft: true'.":
            "Это черновик: заполните его, проверьте командой «casebook check», затем уберите «draft: true».",
        "Languages to create, e.g. ru,en (default: every configured language).":
            "Языки, на которых создать файлы, например ru,en (по умолчанию — все языки из настроек).",
        "Make only these outputs, comma-separated: {0} (default: all; the website and its results exports are always made). `--only web` leaves out the print book, the slide decks and their PDFs.":
            "Сделать только эти результаты, через запятую: {0} (по умолчанию — все; сайт и выгрузки итогов делаются всегда). `--only web` пропускает печатную книгу, презентации и их PDF.",
        "Mark translations as up to date with their original (writes translation_of into their front matter).":
            "Отметить переводы как соответствующие оригиналу (записывает translation_of в их заголовок).",
        "Missing expected argument '{0}'":
            "не указан обязательный аргумент «{0}»",
        "Missing value for '{0}'":
            "не указано значение для «{0}»",
        "Next{0}: edit content/casebook.yml, then 'casebook serve --drafts' to see the drafts, 'casebook build' to write site/.":
            "Дальше{0}: отредактируйте content/casebook.yml, затем «casebook serve --drafts», чтобы посмотреть черновики, и «casebook build», чтобы записать site/.",
        "Not found":
            "Не найдено",
        "Nothing to change: the evaluation files already say what the sheet says.":
            "Менять нечего: в файлах оценок уже то же, что в таблице.",
        "OPTIONS:":
            "ПАРАМЕТРЫ:",
        "OVERVIEW: {0}":
            "ОПИСАНИЕ: {0}",
        "Overwrite the files of an existing themes/default/.":
            "Перезаписать файлы в существующей папке themes/default/.",
        "Pack the built site into one zip (plus a .sha256 checksum file) for a USB stick or a messenger.":
            "Упаковать собранный сайт в один zip-архив (и файл контрольной суммы .sha256) для флешки или мессенджера.",
        "Preview the site at http://127.0.0.1:8000/ and rebuild it whenever content/ or themes/ change (site/ is not written).":
            "Показать сайт по адресу http://127.0.0.1:8000/ и пересобирать его при каждом изменении content/ или themes/ (site/ не записывается).",
        "Print only errors.":
            "Выводить только ошибки.",
        "Print the evaluation results as CSV or JSON (one row per evaluated SEDP, in rank order), or the evaluation sheet to fill in (form).":
            "Вывести итоги оценки в CSV или JSON (по строке на каждый оценённый ПСЭР, в порядке рейтинга) или таблицу для заполнения оценок (form).",
        "Read a filled-in evaluation sheet (from 'casebook export form') into the evaluation files.":
            "Перенести заполненную таблицу оценок (из «casebook export form») в файлы оценок.",
        "Refuses a site older than its sources (a file under content/ or themes/ changed after the build); --build builds it first. Exit status 3: the zip was written, but PDFs the pages link to are missing (or, with --build, could not be made).":
            "Не упаковывает сайт, который старше исходных файлов (файл в content/ или themes/ изменился после сборки); с --build сначала собирает его. Код выхода 3: архив записан, но PDF, на которые ссылаются страницы, отсутствуют (или, с --build, их не удалось сделать).",
        "Run it in a casebook folder (one with content/casebook.yml), or pass --root DIR.\nCases, evaluations and pages are Markdown files with YAML front matter under content/;\nthe website is written to site/.\n\nExit status: 0 success, 1 content errors, 2 wrong command-line usage.\n`build` exits with 3 when it wrote the website but could not make a PDF (WeasyPrint\nmissing or failing); --no-pdf skips the PDFs.":
            "Запускайте в папке сборника (в которой есть content/casebook.yml) или укажите --root ПАПКА. Кейсы, оценки и страницы — файлы Markdown с заголовком YAML (front matter) в content/; сайт записывается в site/.\n\nКоды выхода: 0 — успех, 1 — ошибки в содержимом, 2 — неверная командная строка. `build` завершается с кодом 3, если сайт записан, но PDF сделать не удалось (WeasyPrint не установлен или выдал ошибку); --no-pdf пропускает PDF.",
        "SUBCOMMANDS:":
            "КОМАНДЫ:",
        "Show help information.":
            "Показать справку.",
        "Show the version.":
            "Показать версию.",
        "Start a new casebook: content/casebook.yml with every setting explained, and an example case, evaluation and page as drafts.":
            "Начать новый сборник: content/casebook.yml с пояснением к каждой настройке и примеры кейса, оценки и страницы в виде черновиков.",
        "The built site (default: site/ in the casebook folder).":
            "Собранный сайт (по умолчанию — site/ в папке сборника).",
        "The casebook folder (holds content/ and themes/).":
            "Папка сборника (в ней content/ и themes/).",
        "The casebook folder.":
            "Папка сборника.",
        "The folder to make it in (created if missing; default: the current folder).":
            "Папка, в которой его создать (создаётся, если её нет; по умолчанию — текущая).",
        "The id: lowercase letters, digits and '-', e.g. masy-kindergarten. For an evaluation, the municipality id.":
            "Идентификатор: строчные буквы, цифры и «-», например masy-kindergarten. Для оценки — идентификатор муниципалитета.",
        "The language to work in: of messages (en or ru; default: CASEBOOK_LANG, then the locale) and, for export, of names and labels (default: the first configured language).":
            "Язык работы: сообщений (en или ru; по умолчанию — из CASEBOOK_LANG, затем из локали) и, для export, названий и подписей (по умолчанию — первый язык из настроек).",
        "The languages, the default first.":
            "Языки, основной — первым.",
        "The option '{0}' does not take any value, but '{1}' was specified.":
            "параметр «{0}» не принимает значения, а указано «{1}»",
        "The port to listen on (127.0.0.1 only). Without it: 8000, or the next free port if 8000 is in use.":
            "Порт (только 127.0.0.1). Без него — 8000 или следующий свободный, если 8000 занят.",
        "The sheet may be saved with ';' or ',' between fields, decimal commas or points, with or\nwithout a byte-order mark. Without --write it only shows what would change.":
            "Таблицу можно сохранить с «;» или «,» между полями, с десятичной запятой или точкой, с меткой порядка байтов или без неё. Без --write команда только показывает, что изменится.",
        "The sheet, a CSV file.":
            "Таблица, файл CSV.",
        "The value '{0}' is invalid for '{1}'":
            "недопустимое значение «{0}» для «{1}»",
        "The zip to write (default: casebook-<date>.zip in the casebook folder).":
            "Какой zip-файл записать (по умолчанию — casebook-<дата>.zip в папке сборника).",
        "Translation files, e.g. content/cases/x.en.md (relative to the casebook folder).":
            "Файлы переводов, например content/cases/x.en.md (относительно папки сборника).",
        "Treat warnings as errors (exit status 1 if there is any).":
            "Считать предупреждения ошибками (код выхода 1, если есть хоть одно).",
        "USAGE: {0}":
            "ИСПОЛЬЗОВАНИЕ: {0}",
        "Unexpected argument '{0}'":
            "лишний аргумент «{0}»",
        "Unknown option '{0}'":
            "неизвестный параметр «{0}»",
        "Unknown option '{0}'. Did you mean '{1}'?":
            "неизвестный параметр «{0}». Может быть, «{1}»?",
        "Usage: {0}":
            "Использование: {0}",
        "What to export: results, or form (the sheet to fill in; CSV only).":
            "Что выгрузить: results (итоги) или form (таблицу для заполнения; только CSV).",
        "What to import: evaluations.":
            "Что загрузить: evaluations (оценки).",
        "Where to write the website (default: site/ in the casebook folder).":
            "Куда записать сайт (по умолчанию — site/ в папке сборника).",
        "Work with the theme: the default theme is built into casebook; eject it to customise it.":
            "Работа с темой: основная тема встроена в casebook; чтобы её настроить, выгрузите её (eject).",
        "Write the changes (without it, only show them).":
            "Записать изменения (без этого параметра они только показываются).",
        "Wrote {0} changed and {1} new file{2}.":
            "Записано изменённых файлов: {0}, новых: {1}.",
        "YAML anchors and aliases (&name, *name) are not allowed; write the value out in full":
            "якоря и ссылки YAML (&имя, *имя) не допускаются; напишите значение полностью",
        "a <{0}> element":
            "элемент <{0}>",
        "a backslash escape in a style":
            "экранирование обратной косой чертой в стиле",
        "a case has at most 5 highlights, this one has {0}":
            "у кейса может быть не больше 5 главных пунктов (highlights), а здесь {0}",
        "a casebook block holds one directive, e.g. 'chart: bands'":
            "в блоке casebook одна директива, например «chart: bands»",
        "a file without a language part is in the default language ({0})":
            "файл без указания языка в имени считается написанным на основном языке ({0})",
        "a funding entry":
            "запись о финансировании",
        "a funding entry needs both 'source' and 'kgs'":
            "в записи о финансировании нужны и «source», и «kgs»",
        "a list item ('- …') among the fields; put it under its field (such as 'highlights:') and indent it by two spaces":
            "элемент списка («- …») среди полей; поместите его под его поле (например, «highlights:») с отступом в два пробела",
        "a number":
            "числом",
        "a page":
            "одна страница",
        "a reference to '{0}' in '{1}'":
            "ссылка на «{0}» в «{1}»",
        "a rubric band":
            "уровень шкалы",
        "a rubric band needs 'id' and 'min'":
            "уровню шкалы нужны «id» и «min»",
        "a rubric criterion":
            "критерий шкалы",
        "a tab character; YAML allows only spaces here, replace it with spaces":
            "символ табуляции: здесь YAML допускает только пробелы; замените его пробелами",
        "a whole number":
            "целым числом",
        "a {0} has the fields: {1}":
            "допустимые поля: {1}",
        "an entity declaration '{0}'":
            "объявление сущности «{0}»",
        "an evaluation's id is its file name in content/evaluations/ without language and extension":
            "идентификатор оценки — имя её файла в content/evaluations/ без языка и расширения",
        "an event attribute '{0}'":
            "атрибут события «{0}»",
        "band '{0}'":
            "уровень «{0}»",
        "band '{0}' must start above band '{1}' (bands go in ascending order of 'min')":
            "уровень «{0}» должен начинаться выше уровня «{1}» (уровни идут по возрастанию «min»)",
        "base_url is not set: the link of the {0} printable book to the website leads nowhere in its PDF":
            "base_url не задан: в PDF печатной книги на {0} ссылка на сайт никуда не ведёт",
        "base_url is not set: the {0} {1#link|links} of the {2} printable book to the website lead nowhere in its PDF":
            "base_url не задан: в PDF печатной книги на {2} {0} {1#ссылка|ссылки|ссылок} на сайт никуда не ведут",
        "base_url must start with https:// or http://":
            "base_url должен начинаться с https:// или http://",
        "beneficiaries by sex (women, men, girls, boys) add up to {0}, more than the total {1}":
            "благополучателей по полу (women, men, girls, boys) в сумме {0} — больше общего числа {1}",
        "beneficiaries has: {0}":
            "в beneficiaries есть: {0}",
        "build failed ({0} {1#error|errors}); nothing has been built yet, so there is nothing to serve until they are fixed":
            "сборка не удалась ({0} {1#ошибка|ошибки|ошибок}); удачных сборок ещё не было, поэтому показывать нечего, пока ошибки не исправлены",
        "build failed ({0} {1#error|errors}); still serving the last good build":
            "сборка не удалась ({0} {1#ошибка|ошибки|ошибок}); показывается последняя удачная сборка",
        "build failed: {0}; nothing was bundled":
            "сборка не удалась: {0}; архив не создан",
        "build failed: {0}; {1} was not changed":
            "сборка не удалась: {0}; {1} не изменён",
        "building… {0} s":
            "сборка… {0} с",
        "built {0}: {1} pages, {2} files{3} in {4} s":
            "собрано в {0}: страниц — {1}, файлов — {2}{3}, за {4} с",
        "bundled {0} files into {1} ({2} KiB), sha256 {3}":
            "в {1} упаковано файлов: {0} ({2} КиБ), sha256 {3}",
        "cannot change '{0}': its value is not written on one line; change it by hand":
            "не удаётся изменить «{0}»: значение записано не в одну строку; измените его вручную",
        "cannot fill in the scaffold: {0}":
            "не удаётся заполнить заготовку: {0}",
        "cannot listen on 127.0.0.1:{0}: {1}":
            "не удаётся открыть порт 127.0.0.1:{0}: {1}",
        "cannot make an evaluation of '{0}': {1} exists but is not one; fix or move it":
            "не удаётся сделать оценку из «{0}»: {1} существует, но это не оценка; исправьте или переместите его",
        "cannot read '{0}'":
            "не удаётся прочитать «{0}»",
        "cannot read YAML: {0}":
            "не удаётся прочитать YAML: {0}",
        "cannot read its front matter; run casebook check":
            "не удаётся прочитать его заголовок; выполните casebook check",
        "cannot read the CSV: {0}":
            "не удаётся прочитать CSV: {0}",
        "cannot read the file":
            "не удаётся прочитать файл",
        "cannot read the file: {0}":
            "не удаётся прочитать файл: {0}",
        "carriage return without line feed at byte offset {0}; use LF or CRLF line endings":
            "возврат каретки без перевода строки в байте {0}; используйте концы строк LF или CRLF",
        "case":
            "кейс",
        "case '{0}' has an image but no 'image_alt' in {1}; describe the image for readers who cannot see it":
            "у кейса «{0}» есть изображение, но нет «image_alt» на {1}; опишите изображение для тех, кто не может его увидеть",
        "case, evaluation, page or deck.":
            "case, evaluation, page или deck (кейс, оценка, страница или презентация).",
        "casebook.yml":
            "casebook.yml",
        "casebook.yml has no 'languages', e.g. languages: [ru, en]":
            "в casebook.yml нет «languages», например: languages: [ru, en]",
        "casebook.yml has no 'rubric'":
            "в casebook.yml нет «rubric»",
        "casebook.yml has no 'title'":
            "в casebook.yml нет «title»",
        "casebook.yml needs at least one entry in '{0}'":
            "в casebook.yml нужна хотя бы одна запись в «{0}»",
        "casebook: the last change has errors; showing the last good build.":
            "casebook: в последнем изменении есть ошибки; показана последняя удачная сборка.",
        "charts: {0}":
            "диаграммы: {0}",
        "check: {0}":
            "проверка: {0}",
        "closing tag '{0}' does not match the open section '{1}' (opened at {2}:{3})":
            "закрывающий тег «{0}» не соответствует открытой секции «{1}» (открыта в {2}:{3})",
        "closing tag '{0}' has no open section":
            "у закрывающего тега «{0}» нет открытой секции",
        "cohort":
            "набор",
        "column {0} \"{1}\": {2}":
            "столбец {0} «{1}»: {2}",
        "content/":
            "content/",
        "could not run {0} for {1}: {2}; {3} was not made":
            "не удалось запустить {0} для {1}: {2}; {3} не сделан",
        "could not write {0}: {1}":
            "не удалось записать {0}: {1}",
        "created {0}":
            "создан {0}",
        "criterion '{0}'":
            "критерий «{0}»",
        "criterion description":
            "описание критерия",
        "csv (UTF-8, opens in spreadsheet programs) or json.":
            "csv (UTF-8, открывается в табличных редакторах) или json.",
        "date must be written YYYY-MM-DD, not '{0}'":
            "дату пишут в виде ГГГГ-ММ-ДД, а не «{0}»",
        "form":
            "form",
        "form.date must be written YYYY-MM-DD, not '{0}'":
            "form.date пишут в виде ГГГГ-ММ-ДД, а не «{0}»",
        "deck":
            "презентация",
        "description":
            "описание",
        "directives: chart, ranking, stats, cases":
            "директивы: chart, ranking, stats, cases",
        "district":
            "район",
        "duplicate key '{0}' in YAML mapping":
            "ключ «{0}» повторяется",
        "duplicate {0} '{1}' in {2}: {3} is the same document":
            "повтор: {0} «{1}» на языке {2} — это тот же документ, что и {3}",
        "dynamic partial names ('{0}>*') are not supported":
            "динамические имена вложенных шаблонов («{0}>*») не поддерживаются",
        "empty casebook block; write one of: {0}":
            "пустой блок casebook; напишите одно из: {0}",
        "empty slide: two '---' with nothing between them":
            "пустой слайд: две строки «---» подряд",
        "empty tag: a name is missing":
            "пустой тег: нет имени",
        "error":
            "ошибка",
        "error: cannot serve: {0}":
            "ошибка: не удаётся запустить просмотр: {0}",
        "error: {0}":
            "ошибка: {0}",
        "evaluation":
            "оценка",
        "evaluation '{0}' has no '{1}' file to hold this summary; write its translation first or leave the cell empty":
            "у оценки «{0}» нет файла на «{1}» для этого резюме; сначала напишите перевод или оставьте ячейку пустой",
        "evaluation '{0}' is a draft: its scores are left out of the ranking until 'draft: true' is removed":
            "оценка «{0}» — черновик: её баллы не входят в рейтинг, пока не убрано «draft: true»",
        "evaluations":
            "evaluations",
        "evaluations.publish is 'none', so this block of scores is left out":
            "evaluations.publish равно «none», поэтому этот блок с баллами не выводится",
        "evaluations.publish must be full, summary or none, not '{0}'":
            "evaluations.publish должно быть full, summary или none, а не «{0}»",
        "export failed: {0}":
            "экспорт не удался: {0}",
        "file is UTF-16 at byte offset 0; save it as UTF-8":
            "файл в кодировке UTF-16 (байт 0); сохраните его в UTF-8",
        "file is empty; it must start with front matter between '---' lines":
            "файл пуст; он должен начинаться с заголовка между строками «---»",
        "file name '{0}' has too many dots; use <id>.<lang>.md":
            "в имени файла «{0}» слишком много точек; нужно <id>.<язык>.md",
        "form: ';' (default, with decimal commas, as Excel and LibreOffice in a Russian locale expect) or ','.":
            "для form: «;» (по умолчанию, с десятичной запятой, как ждут Excel и LibreOffice в русской локали) или «,».",
        "form: write the sheet to FILE instead of printing it.":
            "для form: записать таблицу в ФАЙЛ, а не выводить её.",
        "fragment":
            "фрагмент",
        "front matter":
            "заголовок файла (front matter)",
        "front matter is not closed: add a '---' line after the last field":
            "заголовок не закрыт: добавьте строку «---» после последнего поля",
        "funding adds up to more than {0} som":
            "финансирование в сумме больше {0} сомов",
        "funding adds up to {0} som but budget_kgs is {1}":
            "финансирование в сумме {0} сомов, а budget_kgs — {1}",
        "id":
            "id",
        "ignored: only <id>.<lang>.md files belong in content/{0}/":
            "пропущен: в content/{0}/ место только файлам <id>.<язык>.md",
        "image":
            "изображение",
        "image 'content/media/{0}'":
            "изображение «content/media/{0}»",
        "image 'media/{0}' not found in content/media/{1}":
            "изображение «media/{0}» не найдено в content/media/{1}",
        "image '{0}' has no alt text; write ![what the image shows]({1})":
            "у изображения «{0}» нет замещающего текста; напишите ![что изображено]({1})",
        "image '{0}' is not in content/media/; the site must work offline, so copy the image there":
            "изображения «{0}» нет в content/media/; сайт должен работать без интернета, поэтому скопируйте изображение туда",
        "image cannot be read: {0}":
            "изображение не читается: {0}",
        "import failed: fix the content first ({0})":
            "загрузка не удалась: сначала исправьте содержимое ({0})",
        "import failed: {0}; nothing was written":
            "загрузка не удалась: {0}; ничего не записано",
        "invalid UTF-8 at byte offset {0}; save the file as UTF-8":
            "ошибка UTF-8 в байте {0}; сохраните файл в UTF-8",
        "invalid YAML: {0}":
            "ошибка в YAML: {0}",
        "invalid YAML: {0} ({1} at line {2})":
            "ошибка в YAML: {0} ({1} в строке {2})",
        "invalid YAML: {0} at byte offset {1}":
            "ошибка в YAML: {0} (байт {1})",
        "invalid delimiter change: '{0}=' takes two delimiters, without spaces or '=' in them":
            "неверная смена разделителей: «{0}=» принимает два разделителя без пробелов и «=»",
        "labels are given per configured language: {0}":
            "подписи задают для каждого языка из настроек: {0}",
        "language '{0}' is listed twice":
            "язык «{0}» указан дважды",
        "language '{0}' is not configured in casebook.yml (languages: {1})":
            "язык «{0}» не указан в casebook.yml (языки: {1})",
        "language '{0}' is not configured in casebook.yml (languages: {1}){2}":
            "язык «{0}» не указан в casebook.yml (языки: {1}){2}",
        "leave a blank line above '---' to start a new slide":
            "чтобы начать новый слайд, оставьте пустую строку над «---»",
        "link":
            "ссылка",
        "link '{0}' does not name a content file":
            "ссылка «{0}» не указывает на файл содержимого",
        "link '{0}' is neither a content file (cases/, evaluations/, pages/, slides/) nor under content/media/":
            "ссылка «{0}» ведёт не на файл содержимого (cases/, evaluations/, pages/, slides/) и не в content/media/",
        "link '{0}' leaves content/":
            "ссылка «{0}» выходит за пределы content/",
        "link '{0}' uses a scheme that is not allowed; use http, https, mailto or tel":
            "в ссылке «{0}» недопустимая схема; используйте http, https, mailto или tel",
        "link to a missing {0}: content/{1}/{2}.md does not exist{3}":
            "ссылка ведёт на несуществующий файл content/{1}/{2}.md{3}",
        "max":
            "max",
        "media path '{0}' is absolute; write it relative to content/media/":
            "путь «{0}» абсолютный; укажите его относительно content/media/",
        "media path '{0}' leaves content/; media files live under content/media/":
            "путь «{0}» выходит за пределы content/; медиафайлы хранятся в content/media/",
        "media path '{0}' names no file":
            "путь «{0}» не указывает на файл",
        "min":
            "min",
        "missing score for criterion '{0}' (0–{1})":
            "нет балла за критерий «{0}» (0–{1})",
        "missing score for criterion '{0}' ({1})":
            "нет балла за критерий «{0}» ({1})",
        "missing {0} {1#string|strings}: {2}; the built-in theme's texts are used":
            "нет {0} {1#строки|строк|строк}: {2}; используются тексты встроенной темы",
        "missing {0} {1#string|strings}: {2}; the {3} texts are used":
            "нет {0} {1#строки|строк|строк}: {2}; используются тексты на {3}",
        "municipality":
            "муниципалитет",
        "municipality '{0}' already has an evaluation in {1}; at most one evaluation each":
            "у муниципалитета «{0}» уже есть оценка в {1}; у каждого может быть не больше одной",
        "municipality '{0}' is already on row {1}":
            "муниципалитет «{0}» уже есть в строке {1}",
        "no \"id\" column: the sheet must keep the municipality ids of 'casebook export form'":
            "нет столбца «id»: в таблице должны остаться идентификаторы муниципалитетов из «casebook export form»",
        "no casebook here: {0} is missing":
            "здесь нет сборника: не найден {0}",
        "no column for criterion '{0}' (\"{1}\")":
            "нет столбца для критерия «{0}» («{1}»)",
        "no front matter between '---' lines":
            "нет заголовка между строками «---»",
        "no front matter: the file must start with a '---' line, then YAML fields, then another '---' line":
            "нет заголовка: файл должен начинаться со строки «---», затем поля YAML, затем ещё одна строка «---»",
        "no interface strings for '{0}'; the built-in theme's are used":
            "нет строк интерфейса для «{0}»; используются строки встроенной темы",
        "no interface strings for '{0}'; the {1} strings are used":
            "нет строк интерфейса для «{0}»; используются строки на {1}",
        "no municipality id; copy it from the exported sheet":
            "нет идентификатора муниципалитета; скопируйте его из выгруженной таблицы",
        "no problems found":
            "проблем не найдено",
        "nomination":
            "номинация",
        "not a Markdown file":
            "это не файл Markdown",
        "not a column of the evaluation sheet; ignored":
            "такого столбца в таблице оценок нет; пропущен",
        "not well-formed XML ({0})":
            "XML с ошибкой ({0})",
        "note":
            "подсказка",
        "page":
            "страница",
        "page id '{0}' is taken by a section of the website; rename the file":
            "идентификатор страницы «{0}» занят разделом сайта; переименуйте файл",
        "port {0} is in use; serving on {1} instead":
            "порт {0} занят; сайт показывается на порту {1}",
        "port {0} is in use; stop the program that uses it or choose another with --port":
            "порт {0} занят; остановите программу, которая его использует, или выберите другой порт с помощью --port",
        "ports {0}–{1} are all in use; choose a free one with --port":
            "порты {0}–{1} все заняты; укажите свободный порт с помощью --port",
        "pragmas ('{0}%') are not supported":
            "прагмы («{0}%») не поддерживаются",
        "print":
            "print",
        "print.order entry '{0}' must be cases, results, evaluations or pages/<id>":
            "элемент print.order «{0}» должен быть cases, results, evaluations или pages/<id>",
        "print.page_size '{0}' is not a page size; write A4, A5, letter, … (optionally with landscape) or a width and a height such as '170mm 240mm'":
            "print.page_size «{0}» — не размер страницы; напишите A4, A5, letter, … (можно с landscape) или ширину и высоту, например «170mm 240mm»",
        "publisher":
            "издатель",
        "query":
            "запрос",
        "ranking takes {top: N} or nothing":
            "ranking принимает {top: N} или ничего",
        "raw HTML is not passed through and was dropped: '{0}'":
            "HTML в тексте не допускается и удалён: «{0}»",
        "rebuilt in {0} s":
            "пересобрано за {0} с",
        "refusing to write the bundle to {0}: it is inside {1}":
            "архив не будет записан в {0}: путь ведёт внутрь {1}",
        "refusing to write the bundle to {0}: that is the casebook folder":
            "архив не будет записан в {0}: это папка сборника",
        "refusing to write the bundle to {0}: that is {1}":
            "архив не будет записан в {0}: это {1}",
        "refusing to write the site inside {0}":
            "сайт не будет записан внутрь {0}",
        "refusing to write the site into {0}":
            "сайт не будет записан в {0}",
        "refusing to write the site into {0}: it holds {1}":
            "сайт не будет записан в {0}: там находится {1}",
        "region":
            "область",
        "remove one of them":
            "удалите одну из них",
        "rubric":
            "rubric",
        "rubric criterion '{0}' is listed twice":
            "критерий шкалы «{0}» указан дважды",
        "rubric criterion '{0}' needs a positive 'max'":
            "критерию шкалы «{0}» нужен положительный «max»",
        "rubric criterion has no 'id'":
            "у критерия шкалы нет «id»",
        "rubric has no bands":
            "в шкале (rubric) нет уровней",
        "rubric has no criteria":
            "в шкале (rubric) нет критериев",
        "rubric.bands must be a list of bands":
            "rubric.bands должно быть списком уровней",
        "rubric.criteria must be a list of criteria":
            "rubric.criteria должно быть списком критериев",
        "run casebook in a casebook folder, or pass --root DIR":
            "запустите casebook в папке сборника или укажите --root ПАПКА",
        "s":
            "",
        "score {0} for '{1}' is out of range 0–{2}":
            "балл {0} за «{1}» вне диапазона 0–{2}",
        "score {0} is out of range {1}":
            "балл {0} вне диапазона {1}",
        "section '{0}' is not closed":
            "секция «{0}» не закрыта",
        "sector":
            "сектор",
        "serving on http://127.0.0.1:{0}/ — watching content/ and themes/; Ctrl+C stops":
            "сайт на http://127.0.0.1:{0}/ — слежу за content/ и themes/; остановить — Ctrl+C",
        "set base_url to the address the website is published at, e.g. base_url: https://example.org/casebook/":
            "задайте в base_url адрес, по которому опубликован сайт, например base_url: https://example.org/casebook/",
        "shared field '{0}' differs from {1}":
            "общее поле «{0}» не совпадает с {1}",
        "shared field '{0}' is set here but not in {1}":
            "общее поле «{0}» задано здесь, но не в {1}",
        "shared fields are written once, in the {0} file":
            "общие поля пишут один раз, в файле на языке {0}",
        "shared fields must be the same in every translation; write them once, in the {0} file":
            "общие поля должны совпадать во всех переводах; напишите их один раз, в файле на языке {0}",
        "slide {0} holds more than fits on its 16:9 stage (about {1} of it); it will be shrunk on screen and cut in the PDF":
            "на слайде {0} больше, чем умещается в кадре 16:9 (около {1} кадра); на экране он будет уменьшен, а в PDF обрезан",
        "sources: {0}":
            "источники: {0}",
        "split it with a '---' line or shorten it":
            "разделите его строкой «---» или сократите",
        "stopped":
            "остановлено",
        "string '{0}' must be text or a map of plural forms":
            "строка «{0}» должна быть текстом или набором форм множественного числа",
        "subtitle":
            "подзаголовок",
        "symbolic link to '{0}', outside the casebook folder; nothing outside it is published, so copy the file in":
            "символическая ссылка на «{0}» за пределами папки сборника; оттуда ничего не публикуется, поэтому скопируйте файл внутрь",
        "tab character in YAML indentation; indent with spaces":
            "табуляция в отступе YAML; делайте отступы пробелами",
        "target group":
            "целевая группа",
        "template inheritance ('{0}<' and '{1}$') is not supported":
            "наследование шаблонов («{0}<» и «{1}$») не поддерживается",
        "text (for people) or json (for tools).":
            "text (для людей) или json (для программ).",
        "the '{0}' that opens the value of '{1}' is not closed with '{2}' on the same line; close it, and put any item that contains ', ' or ': ' in double quotes":
            "скобка «{0}» в начале значения поля «{1}» не закрыта скобкой «{2}» в той же строке; закройте её, а элементы с «, » или «: » заключите в двойные кавычки",
        "the HTTP server stopped ({0}); starting it again":
            "HTTP-сервер остановился ({0}); запускаю его снова",
        "the evaluation forms were not written to {0}/: {1}":
            "формы оценки не записаны в {0}/: {1}",
        "the file is UTF-16; save it as CSV in UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: 'CSV UTF-8')":
            "файл в кодировке UTF-16; сохраните его как CSV в UTF-8 (LibreOffice: кодировка «Юникод (UTF-8)»; Excel: «CSV UTF-8»)",
        "the file is not UTF-8 text; save it as CSV in UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: 'CSV UTF-8')":
            "файл — не текст в UTF-8; сохраните его как CSV в UTF-8 (LibreOffice: кодировка «Юникод (UTF-8)»; Excel: «CSV UTF-8»)",
        "the form is exported as CSV only":
            "таблица для заполнения выгружается только в CSV",
        "the quote ({0}) opened here is never closed; end the value with {1}":
            "кавычка {0}, открытая здесь, не закрыта; поставьте {1} в конце значения",
        "the quote ({0}) that opens the value of '{1}' is never closed; end the value with {2}":
            "кавычка {0}, с которой начинается значение поля «{1}», не закрыта; поставьте {2} в конце значения",
        "the same column as column {0}":
            "тот же столбец, что и столбец {0}",
        "the sheet is empty; export one with 'casebook export form'":
            "таблица пуста; выгрузите её командой «casebook export form»",
        "the site folder":
            "папка сайта",
        "the site has no {0}, which {1} link{2} to; run casebook build with WeasyPrint installed to make it":
            "на сайте нет {0}, хотя на него ссылается {1}; чтобы его сделать, выполните casebook build с установленным WeasyPrint",
        "the starter casebook.yml is invalid: {0}":
            "начальный casebook.yml содержит ошибку: {0}",
        "the theme has no strings for the default language '{0}'":
            "в теме нет строк для основного языка «{0}»",
        "the value of '{0}' contains '{1}', which YAML reads as the start of another field; put the whole value in double quotes: {2}":
            "значение поля «{0}» содержит «{1}», и YAML принимает это за начало нового поля; заключите всё значение в двойные кавычки: {2}",
        "the value of '{0}' ends before ' #': YAML reads the rest of the line as a comment; put the whole value in double quotes: {1}":
            "значение поля «{0}» обрывается перед « #»: остаток строки YAML считает комментарием; заключите всё значение в двойные кавычки: {1}",
        "the value of '{0}' goes on after its closing quote; put the whole value in double quotes, writing each \" inside it as \\\": {1}":
            "значение поля «{0}» продолжается после закрывающей кавычки; заключите всё значение в двойные кавычки, а каждую \" внутри запишите как \\\": {1}",
        "the value of '{0}' starts with '{1}', which has a meaning of its own in YAML; put the whole value in double quotes: {2}":
            "значение поля «{0}» начинается с «{1}», а этот знак в YAML имеет особый смысл; заключите всё значение в двойные кавычки: {2}",
        "theme '{0}' not found: there is no {1}/ folder":
            "тема «{0}» не найдена: нет папки {1}/",
        "theme template '{0}' is missing":
            "в теме нет шаблона «{0}»",
        "themes/":
            "themes/",
        "this '---' right under a line of text makes that text a heading, not a new slide":
            "эта строка «---» прямо под строкой текста делает из текста заголовок, а не начинает новый слайд",
        "this list item does not line up with the items above it; start every '- ' in column {0}":
            "этот элемент списка не выровнен по элементам выше; начинайте каждый «- » в столбце {0}",
        "title":
            "заголовок",
        "translations {0}: complete":
            "переводы на {0}: всё переведено",
        "translations {0}: {1} missing, {2} outdated, {3} without translation_of{4}":
            "переводы на {0}: нет — {1}, устарели — {2}, без translation_of — {3}{4}",
        "true or false":
            "true или false",
        "unclosed tag: no '{0}' after this '{1}'":
            "тег не закрыт: после «{1}» нет «{0}»",
        "unknown case '{0}'{1}":
            "неизвестный кейс «{0}»{1}",
        "unknown chart '{0}'{1}":
            "неизвестная диаграмма «{0}»{1}",
        "unknown criterion '{0}'{1}":
            "неизвестный критерий «{0}»{1}",
        "unknown directive '{0}'{1}":
            "неизвестная директива «{0}»{1}",
        "unknown evaluation '{0}'{1}":
            "неизвестная оценка «{0}»{1}",
        "unknown field '{0}' in a {1}{2}":
            "неизвестное поле «{0}»{2}",
        "unknown field '{0}' in cases{1}":
            "неизвестное поле «{0}» в cases{1}",
        "unknown field '{0}' in ranking{1}":
            "неизвестное поле «{0}» в ranking{1}",
        "unknown funding source '{0}'{1}":
            "неизвестный источник финансирования «{0}»{1}",
        "unknown key '{0}' in beneficiaries{1}":
            "неизвестный ключ «{0}» в beneficiaries{1}",
        "unknown key '{0}' in evaluations{1}":
            "неизвестный ключ «{0}» в evaluations{1}",
        "unknown key '{0}' in funding{1}":
            "неизвестный ключ «{0}» в funding{1}",
        "unknown key '{0}' in form{1}":
            "неизвестный ключ «{0}» в form{1}",
        "unknown key '{0}' in print{1}":
            "неизвестный ключ «{0}» в print{1}",
        "unknown key '{0}' in rubric{1}":
            "неизвестный ключ «{0}» в rubric{1}",
        "unknown key '{0}' in {1}{2}":
            "неизвестный ключ «{0}» в {1}{2}",
        "unknown municipality '{0}'{1}":
            "неизвестный муниципалитет «{0}»{1}",
        "unknown municipality '{0}'{1}; an evaluation's id is the id of its municipality in content/casebook.yml; nothing was written":
            "неизвестный муниципалитет «{0}»{1}; идентификатор оценки — это идентификатор её муниципалитета в content/casebook.yml; ничего не записано",
        "unknown nomination '{0}'{1}":
            "неизвестная номинация «{0}»{1}",
        "unknown setting '{0}'{1}":
            "неизвестная настройка «{0}»{1}",
        "unknown {0} '{1}' for {2} '{3}'{4}":
            "{0}: неизвестное значение «{1}» у элемента «{3}» ({2}){4}",
        "unknown {0} '{1}'{2}":
            "{0}: неизвестное значение «{1}»{2}",
        "unzip it anywhere and open {0}/index.html":
            "распакуйте его в любое место и откройте {0}/index.html",
        "updated {0} in {1} ms":
            "обновлено за {1} мс: {0}",
        "warning":
            "предупреждение",
        "warning: {0}":
            "предупреждение: {0}",
        "weasyprint":
            "weasyprint",
        "weasyprint failed on {0} ({1}){2}; {3} was not made":
            "weasyprint не справился с {0} ({1}){2}; {3} не сделан",
        "weasyprint was not found, so {0} {1#PDF was|PDFs were} not made ({2}); install it with `{3}` (scripts/install-weasyprint.sh), or build with --no-pdf":
            "weasyprint не найден, поэтому {0} {1#файл PDF не сделан|файла PDF не сделаны|файлов PDF не сделаны} ({2}); установите его командой `{3}` (scripts/install-weasyprint.sh) или собирайте с --no-pdf",
        "weasyprint, {0}: {1}":
            "weasyprint, {0}: {1}",
        "write it in Markdown instead":
            "напишите это на Markdown",
        "wrote {0} files to {1}/; casebook now uses them instead of the built-in theme":
            "в {1}/ записано файлов: {0}; теперь casebook использует их вместо встроенной темы",
        "{0} '{1}' already exists: content/{2}/{3}":
            "{0} «{1}» уже есть: content/{2}/{3}",
        "{0} '{1}' has no '{2}'":
            "{0} «{1}»: нет «{2}»",
        "{0} '{1}' has no '{2}' in {3}":
            "{0} «{1}»: нет «{2}» на языке {3}",
        "{0} '{1}' is a draft and left out of this build; the link goes to the home page":
            "{0} «{1}» — черновик и в эту сборку не входит; ссылка ведёт на главную страницу",
        "{0} '{1}' is listed twice":
            "{0} «{1}» указан дважды",
        "{0} '{1}' is shown as text: a path with spaces must stand in angle brackets, {2}[{3}](<{4}>)":
            "{0} «{1}» выводится как текст: путь с пробелами нужно заключить в угловые скобки: {2}[{3}](<{4}>)",
        "{0} '{1}': '{2}' in a link starts a {3}; write the file name as '{4}'":
            "{0} «{1}»: «{2}» в ссылке начинает {3}; запишите имя файла как «{4}»",
        "{0} (new, from the scaffold)":
            "{0} (новый, из заготовки)",
        "{0} already has a content/ folder; nothing was written (casebook init starts a casebook in a new or empty folder)":
            "в {0} уже есть папка content/; ничего не записано (casebook init начинает сборник в новой или пустой папке)",
        "{0} and {1} more":
            "{0} и ещё {1}",
        "{0} and {1} other page{2}":
            "{0} и другие страницы ({1})",
        "{0} changed":
            "изменился {0}",
        "{0} changed (a file in it was added, removed or renamed)":
            "изменилась папка {0} (в ней добавили, удалили или переименовали файл)",
        "{0} exists and is not a casebook bundle; refusing to overwrite it (remove it or choose another --output)":
            "{0} уже есть, и это не архив casebook; перезаписывать его нельзя (удалите его или укажите другой --output)",
        "{0} exists and is not a checksum file of casebook; refusing to overwrite it (remove it or choose another --output)":
            "{0} уже есть, и это не файл контрольной суммы casebook; перезаписывать его нельзя (удалите его или укажите другой --output)",
        "{0} file{1} would change and {2} would be created; run again with --write to do it.":
            "Изменятся файлы: {0}, будут созданы: {2}; чтобы это сделать, запустите ещё раз с --write.",
        "{0} has no '{1}' label; every configured language needs one":
            "{0}: нет подписи на «{1}»; она нужна на каждом языке из настроек",
        "{0} has no '{1}' label; the {2} label '{3}' is shown until it has one":
            "{0}: нет подписи на «{1}»; пока её нет, показывается подпись на {2}: «{3}»",
        "{0} id '{1}' must use lowercase letters a–z, digits and '-'":
            "{0}: в идентификаторе «{1}» допустимы только строчные буквы a–z, цифры и «-»",
        "{0} is a file, not a folder":
            "{0} — файл, а не папка",
        "{0} is a folder; give the path of the zip file to write":
            "{0} — папка; укажите путь к zip-файлу, который нужно записать",
        "{0} is in the default language ({1}); stamp its translations instead":
            "{0} написан на основном языке ({1}); отмечайте его переводы",
        "{0} is not a built site (no {1}); run casebook build first":
            "{0} — не собранный сайт (нет {1}); сначала выполните casebook build",
        "{0} is not a regular file (a link?); a bundle holds regular files only":
            "{0} — не обычный файл (ссылка?); в архив попадают только обычные файлы",
        "{0} is not allowed in YAML; remove it":
            "{0} в YAML недопустим; удалите его",
        "{0} is not empty and was not written by casebook (no {1} file); choose an empty folder with --output or remove it":
            "папка {0} не пуста и записана не casebook (нет файла {1}); укажите пустую папку в --output или удалите эту",
        "{0} is older than its sources: {1} after the last build{2}; run casebook build first, or casebook bundle --build":
            "{0} старше исходных файлов: после последней сборки {1}{2}; сначала выполните casebook build или casebook bundle --build",
        "{0} is refused at line {1}, column {2}: {3}; an SVG is published only without scripts, event attributes and references outside the file":
            "{0} не принято (строка {1}, столбец {2}): {3}; SVG публикуется только без скриптов, атрибутов событий и ссылок за пределы файла",
        "{0} is too old to write tagged PDFs (it needs WeasyPrint 66 or later); install it with `{1}` (scripts/install-weasyprint.sh); {2} was not made":
            "{0} слишком стар для PDF с разметкой (нужен WeasyPrint 66 или новее); установите его командой `{1}` (scripts/install-weasyprint.sh); {2} не сделан",
        "{0} must be a mapping of 'key: value' lines":
            "{0}: нужны строки вида «ключ: значение»",
        "{0} target 'content/media/{1}' not found{2}":
            "{0}: файл «content/media/{1}» не найден{2}",
        "{0} {1#error|errors}, {2} {3#warning|warnings}":
            "{0} {1#ошибка|ошибки|ошибок}, {2} {3#предупреждение|предупреждения|предупреждений}",
        "{0} {1#unexpected argument|unexpected arguments}: {2}":
            "{0} {1#лишний аргумент|лишних аргумента|лишних аргументов}: {2}",
        "{0} {1} s":
            "{0} {1} с",
        "{0}/ already exists; nothing was written (use --force to overwrite its files with the built-in theme's)":
            "{0}/ уже есть; ничего не записано (чтобы заменить его файлы файлами встроенной темы, добавьте --force)",
        "{0}: no front matter between '---' lines":
            "{0}: нет заголовка между строками «---»",
        "{0}: not a content file like content/cases/<id>.<lang>.md":
            "{0}: это не файл содержимого вида content/cases/<id>.<язык>.md",
        "{0}: there is no {1} original ({2})":
            "{0}: нет оригинала на {1} ({2})",
        "{0}: translation_of {1}":
            "{0}: translation_of {1}",
        "{0}{1}; this is the original of {2}: fix it, then run translated again":
            "{0}{1}; это оригинал {2}: исправьте его и снова выполните translated",
        "{0}×{1} pixels ({2} megapixels)":
            "{0}×{1} пикселей ({2} мегапикселей)",
    ]
}
