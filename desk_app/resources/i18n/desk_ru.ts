<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddWordDialog</name>
    <message>
        <location filename="../../ui/editor/spell_dialog.py" line="+17"/>
        <source>the newsroom dictionary</source>
        <translation>словарь редакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your personal dictionary</source>
        <translation>личный словарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to {0}</source>
        <translation>Добавить в {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the word in its dictionary form (for a noun, the nominative singular). To make every form of it correct, name a listed word that changes the same way: “габион” like “вагон” also accepts “габионами”. Leave it empty to accept this exact form only.</source>
        <translation>Введите слово в словарной форме (для существительного — именительный падеж единственного числа). Чтобы правильными считались все его формы, укажите слово из словаря, которое изменяется так же: «габион» как «вагон» — и тогда будет принято и «габионами». Оставьте поле пустым, чтобы принимать только эту форму.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone in this workspace gets the word.</source>
        <translation>Слово получат все пользователи этой рабочей базы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a listed word, e.g. вагон</source>
        <translation>слово из словаря, например «вагон»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a listed word, e.g. wagon</source>
        <translation>слово из словаря, например «wagon»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Word:</source>
        <translation>&amp;Слово:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inflected &amp;like:</source>
        <translation>Изменяется &amp;как:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/editor/pane.py" line="+64"/>
        <source>This article is {status}: start a correction to edit it (Workflow → Start correction).</source>
        <translation>Статус статьи — «{status}»: чтобы править её, начните исправление (Процесс → Начать исправление).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This article is spiked: unspike it to edit it (Workflow → Unspike).</source>
        <translation>Статья снята: чтобы править её, верните её в работу (Процесс → Вернуть в работу).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot edit this article: it is {status} and you are {role}.</source>
        <translation>Вы не можете править эту статью: её статус — «{status}», а ваша роль — {role}.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Link (not opened from the preview): {url}</source>
        <translation>Ссылка (из предпросмотра не открывается): {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No article is open.
Choose one in the list, or create a new article.</source>
        <translation>Статья не открыта.
Выберите её в списке или создайте новую статью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+327"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>The article cannot be opened</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new article cannot be started</source>
        <translation>Не удалось создать новую статью</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Только чтение.&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article cannot be edited here.</source>
        <translation>Эту статью здесь нельзя править.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Saved “{headline}” (version {version}).</source>
        <translation>Статья «{headline}» сохранена (версия {version}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+32"/>
        <source>The article was not saved</source>
        <translation>Статья не сохранена</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>{error}

Your text is still in the editor.</source>
        <translation>{error}

Ваш текст остался в редакторе.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not saved: someone else saved a newer version; your text is unchanged — save again to compare.</source>
        <translation>Не сохранено: кто-то сохранил более новую версию; ваш текст не изменён — сохраните ещё раз, чтобы сравнить.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: the article keeps changing on the server; try again.</source>
        <translation>Не сохранено: статья на сервере продолжает меняться; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The foreign-agent notice was restored: {summary} Save to keep the corrected text.</source>
        <translation>Маркировка иноагента восстановлена: {summary} Сохраните статью, чтобы закрепить исправленный текст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored text does not carry the foreign-agent notice as required ({summary}); it is shown corrected here. Someone who may edit this article must save it.</source>
        <translation>В сохранённом тексте нет обязательной маркировки иноагента ({summary}); здесь он показан исправленным. Сохранить его должен тот, кто может править эту статью.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovered, not saved yet</source>
        <translation>Восстановлено, ещё не сохранено</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The foreign-agent notice required for {language} articles was added.</source>
        <translation>Добавлена маркировка иноагента, обязательная для статей на языке «{language}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current policy does not require the notice on {language} articles; it is no longer protected.</source>
        <translation>Действующие правила маркировки не требуют её в статьях на языке «{language}»; она больше не защищена.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} word</source>
        <translation>Слов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} words</source>
        <translation>Слов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} character</source>
        <translation>знаков: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} characters</source>
        <translation>знаков: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words} · {characters}  (without the notice)</source>
        <translation>{words} · {characters}  (без маркировки)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview failed</source>
        <translation>Ошибка предпросмотра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview could not be rendered: {error}</source>
        <translation>Не удалось построить предпросмотр: {error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unsaved changes · recovery copy {time}</source>
        <translation>Несохранённые изменения · резервная копия {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recovery copy could not be written: {error}</source>
        <translation>Не удалось записать резервную копию: {error}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict/dialog.py" line="+89"/>
        <source>Someone else saved this article</source>
        <translation>Эту статью сохранил кто-то другой</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;span style=&quot;{theirs_style}&quot;&gt;only in theirs&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;{mine_style}&quot;&gt;only in mine&lt;/span&gt;&amp;nbsp;&amp;nbsp;— whichever text you do not keep stays in the article&apos;s history.</source>
        <translation>&lt;span style=&quot;{theirs_style}&quot;&gt;только в их тексте&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;{mine_style}&quot;&gt;только в моём&lt;/span&gt;&amp;nbsp;&amp;nbsp;— текст, который вы не оставите, сохранится в истории статьи.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;The article was removed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Статья удалена.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs — version {version}, saved by {name}</source>
        <translation>Их текст — версия {version}, сохранил: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs — removed</source>
        <translation>Их текст — статья удалена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine — your unsaved text</source>
        <translation>Мой — ваш несохранённый текст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Mine</source>
        <translation>Мой</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>theirs (only they changed it)</source>
        <translation>их (изменили только они)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine (only you changed it)</source>
        <translation>мой (изменили только вы)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mine in every marked place</source>
        <translation>Мой во всех отмеченных местах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs in every marked place</source>
        <translation>Их во всех отмеченных местах</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merged result — edit freely</source>
        <translation>Результат объединения — правьте свободно</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine as a new article</source>
        <translation>Сохранить мой как новую статью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use merge</source>
        <translation>Применить объединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this and keep editing; nothing is saved yet.</source>
        <translation>Закрыть и продолжить правку; пока ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{count} paragraph both of you changed is marked: keep the words you want and delete the marker lines, or use the buttons.</source>
        <translation>Отмечено мест, которые изменили вы оба: {count}. Оставьте нужные слова и удалите строки-маркеры или воспользуйтесь кнопками.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} places both of you changed are marked: keep the words you want and delete the marker lines, or use the buttons.</source>
        <translation>Отмечено мест, которые изменили вы оба: {count}. Оставьте нужные слова и удалите строки-маркеры или воспользуйтесь кнопками.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve the marked paragraphs first.</source>
        <translation>Сначала разберитесь с отмеченными абзацами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts left: “Use merge” saves this text.</source>
        <translation>Конфликтов не осталось: кнопка «Применить объединение» сохранит этот текст.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The article was removed by someone else while you edited it; keep your text as a new article.</source>
        <translation>Пока вы правили статью, её удалил кто-то другой; сохраните свой текст как новую статью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version {version}</source>
        <translation>версию {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it</source>
        <translation>её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} saved this article (version {version}) after you opened {opened}; compare the two texts and choose what to keep — nothing is lost either way.</source>
        <translation>Статью сохранили (версия {version}, автор сохранения: {name}) после того, как вы открыли {opened}; сравните оба текста и выберите, что оставить, — ничего не потеряется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else</source>
        <translation>кто-то другой</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../../ui/editor/editor_area.py" line="+162"/>
        <source>Formatting</source>
        <translation>Форматирование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold: **text**</source>
        <translation>Полужирный: **текст**</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic: *text*</source>
        <translation>Курсив: *текст*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link: [text](https://…)</source>
        <translation>Ссылка: [текст](https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;1</source>
        <translation>Заголовок &amp;1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H1</source>
        <translation>З1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading 1: # text</source>
        <translation>Заголовок 1: # текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;2</source>
        <translation>Заголовок &amp;2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H2</source>
        <translation>З2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading 2: ## text</source>
        <translation>Заголовок 2: ## текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;3</source>
        <translation>Заголовок &amp;3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H3</source>
        <translation>З3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading 3: ### text</source>
        <translation>Заголовок 3: ### текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: &gt; text</source>
        <translation>Цитата: &gt; текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted &amp;list</source>
        <translation>Маркированный &amp;список</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List: - item</source>
        <translation>Список: - пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the text</source>
        <translation>Найти в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and replace</source>
        <translation>Найти и заменить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../../ui/registry/entity_form.py" line="+29"/>
        <source>From the patronymic / first name</source>
        <translation>По отчеству или имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit listed entity</source>
        <translation>Изменение записи реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add listed entity</source>
        <translation>Новая запись реестра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As in the official list: Фамилия Имя Отчество, or the organisation’s name</source>
        <translation>Как в официальном списке: Фамилия Имя Отчество или название организации</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One per line, e.g. «Мемориал» or телеканал «Дождь»</source>
        <translation>По одному в строке, например «Мемориал» или телеканал «Дождь»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line, e.g. Memorial</source>
        <translation>По одному в строке, например Memorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier names, one per line</source>
        <translation>Прежние названия, по одному в строке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listed from</source>
        <translation>В списке с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded on</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is an ordinary word: count it only inside quotes</source>
        <translation>Название — обычное слово: учитывать его только в кавычках</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя или название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List &amp;number</source>
        <translation>&amp;Номер в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian &amp;aliases</source>
        <translation>Русские &amp;варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English aliases</source>
        <translation>&amp;Английские варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Former names</source>
        <translation>П&amp;режние названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources</source>
        <translation>&amp;Ресурсы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk generates every inflected form of these names when you save (Льва Пономарёва, «Мемориала», …).</source>
        <translation>При сохранении Desk создаёт все падежные формы этих имён (Льва Пономарёва, «Мемориала», …).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Write the name as in the official list.</source>
        <translation>Напишите имя или название так, как в официальном списке.</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="+100"/>
        <source>Foreign agent: person</source>
        <translation>Иноагент: физическое лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign agent: organisation</source>
        <translation>Иноагент: организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign agent: unregistered association</source>
        <translation>Иноагент: незарегистрированное объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undesirable organisation</source>
        <translation>Нежелательная организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extremist list (banned)</source>
        <translation>Экстремистская организация (запрещена)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorist list (banned)</source>
        <translation>Террористическая организация (запрещена)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location line="-42"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lede</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication time</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo credit</source>
        <translation>Автор фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo source link</source>
        <translation>Ссылка на источник фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored photo</source>
        <translation>Сохранённое фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note to editors</source>
        <translation>Заметка для редакторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lede</source>
        <translation>лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dateline</source>
        <translation>место и дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>текст</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../ui/editor/find_replace.py" line="+82"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Search wrapped around the end of the text.</source>
        <translation>Поиск продолжен с начала текста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{query}” was not found.</source>
        <translation>«{query}» не найдено.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Replacing all would make the body longer than its limit; nothing was replaced.</source>
        <translation>После замены текст статьи стал бы длиннее допустимого; ничего не заменено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaced {count} match.</source>
        <translation>Заменено совпадений: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced {count} matches.</source>
        <translation>Заменено совпадений: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in the foreign-agent notice left unchanged.</source>
        <translation>В маркировке иноагента оставлено без изменений: {count}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} match</source>
        <translation>Совпадений: {count}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} matches</source>
        <translation>Совпадений: {count}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="-49"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>LimitedField</name>
    <message>
        <location filename="../../ui/editor/fields.py" line="+47"/>
        <source>the {field}</source>
        <translation>поле «{field}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} is limited to {limit} characters.</source>
        <translation>В поле «{field}» помещается не больше {limit} знаков.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="+48"/>
        <source>Insert link</source>
        <translation>Вставка ссылки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use an address that starts with https://, http:// or mailto:.</source>
        <translation>Укажите адрес, который начинается с https://, http:// или mailto:.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../ui/editor/markdown_editor.py" line="+55"/>
        <source>The foreign-agent notice was kept; only the text around it changed.</source>
        <translation>Маркировка иноагента сохранена; изменён только текст вокруг неё.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the article here. Markdown: **bold**, *italic*, [link](https://…), # heading</source>
        <translation>Пишите статью здесь. Markdown: **полужирный**, *курсив*, [ссылка](https://…), # заголовок</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The body is limited to {limit} characters; nothing was inserted.</source>
        <translation>В тексте статьи помещается не больше {limit} знаков; ничего не вставлено.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The body has reached its limit of {limit} characters.</source>
        <translation>Текст статьи достиг предела в {limit} знаков.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Only text can be pasted into the article body.</source>
        <translation>В текст статьи можно вставить только текст.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body has reached its limit of {limit} characters; nothing was pasted.</source>
        <translation>Текст статьи достиг предела в {limit} знаков; ничего не вставлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body</source>
        <translation>текст статьи</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The foreign-agent notice was damaged by the last change and has been restored; undo history was cleared.</source>
        <translation>Последнее изменение повредило маркировку иноагента, и она восстановлена; история отмены очищена.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Foreign-agent notice. {refusal}</source>
        <translation>Маркировка иноагента. {refusal}</translation>
    </message>
</context>
<context>
    <name>MentionMarker</name>
    <message>
        <location filename="../../ui/editor/mentions.py" line="+79"/>
        <source>Insert &amp;label</source>
        <translation>Вставить &amp;пометку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the registry&apos;s label after the mention at the cursor</source>
        <translation>Вставить пометку из реестра после упоминания под курсором</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cursor is not on a mention that needs a label.</source>
        <translation>Курсор стоит не на упоминании, которому нужна пометка.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insert label “{label}”</source>
        <translation>Вставить пометку «{label}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listed: {entity}</source>
        <translation>В реестре: {entity}</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../ui/editor/metadata_panel.py" line="+219"/>
        <location line="+23"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>What happened, in one line</source>
        <translation>Что произошло — одной строкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>made from the headline</source>
        <translation>создаётся из заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Lede</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Two or three sentences: the news and why it matters</source>
        <translation>Два-три предложения: новость и почему она важна</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Comma-separated: Дагестан, ЖКХ</source>
        <translation>Через запятую: Дагестан, ЖКХ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Byline</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Author</source>
        <translation>Имя автора</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Correspondent, agency…</source>
        <translation>Корреспондент, агентство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo link</source>
        <translation>Ссылка на фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or a web address (not stored, not shown)</source>
        <translation>Или веб-адрес (не сохраняется и не показывается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo credit</source>
        <translation>Автор фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer / agency</source>
        <translation>Фотограф или агентство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo source link</source>
        <translation>Ссылка на источник фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Note to editors</source>
        <translation>Заметка для редакторов</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not published</source>
        <translation>Не публикуется</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Автор фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source link</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or a link</source>
        <translation>Или ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dateline and credits</source>
        <translation>Место, время и авторство</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the slug from the headline again</source>
        <translation>Снова создать ярлык из заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time yet</source>
        <translation>Без времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the publication time empty (set when publishing)</source>
        <translation>Оставить время публикации пустым (оно задаётся при публикации)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Needed to submit and publish: {fields}.</source>
        <translation>Для отправки на проверку и публикации нужно заполнить: {fields}.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Slugs usually hold only lowercase Latin letters, digits and hyphens.</source>
        <translation>Ярлык обычно состоит только из строчных латинских букв, цифр и дефисов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A web photo is not shown in the preview: Desk never loads anything from the network.</source>
        <translation>Фото из интернета не показывается в предпросмотре: Desk ничего не загружает из сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file at this path on this computer.</source>
        <translation>На этом компьютере нет файла по такому пути.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only http(s) links are published; this one will be left out.</source>
        <translation>Публикуются только ссылки http(s); эта будет пропущена.</translation>
    </message>
</context>
<context>
    <name>NoticeGuard</name>
    <message>
        <location filename="../../ui/editor/notice_guard.py" line="+28"/>
        <source>The foreign-agent notice is required by law and cannot be edited here; an admin changes it with `desk policy set`.</source>
        <translation>Маркировка иноагента обязательна по закону, и здесь её править нельзя; администратор меняет её командой `desk policy set`.</translation>
    </message>
</context>
<context>
    <name>PairDelegate</name>
    <message>
        <location filename="../../ui/pairing/delegate.py" line="+166"/>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Translation of this paragraph</source>
        <translation>Перевод этого абзаца</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the headline…</source>
        <translation>Введите заголовок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the lede…</source>
        <translation>Введите лид…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the translation…</source>
        <translation>Введите перевод…</translation>
    </message>
</context>
<context>
    <name>PairSidePanel</name>
    <message>
        <location filename="../../ui/pairing/side_panel.py" line="+124"/>
        <source>The original changed since this pair was translated:</source>
        <translation>Оригинал изменился после перевода этой пары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As translated</source>
        <translation>При переводе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source as translated</source>
        <translation>Оригинал при переводе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source now</source>
        <translation>Оригинал сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation memory</source>
        <translation>Память переводов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier translations; click one to insert it</source>
        <translation>Прежние переводы; щёлкните, чтобы вставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary entries in this paragraph; click one to insert it</source>
        <translation>Термины глоссария в этом абзаце; щёлкните, чтобы вставить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lede</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a paragraph</source>
        <translation>Выберите абзац</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pair {number} · {state}</source>
        <translation>Пара {number} · {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked {state} by {name}, {when} UTC.</source>
        <translation>Отметка «{state}»: {name}, {when} UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aligned by hand; re-aligning keeps it.</source>
        <translation>Сопоставлено вручную; повторное сопоставление это сохранит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This translation paragraph has no counterpart in the original.</source>
        <translation>У этого абзаца перевода нет соответствия в оригинале.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not translated yet.</source>
        <translation>Ещё не переведено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this translation, earlier</source>
        <translation>этот перевод, раньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another translation</source>
        <translation>другой перевод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole paragraph</source>
        <translation>весь абзац</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one sentence</source>
        <translation>одно предложение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translated before: {source}
Click to insert into the translation.</source>
        <translation>Уже переводилось: {source}
Щёлкните, чтобы вставить в перевод.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click an earlier translation to insert it.</source>
        <translation>Щёлкните прежний перевод, чтобы вставить его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier translation of this paragraph or its sentences.</source>
        <translation>Ни этот абзац, ни его предложения раньше не переводились.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to insert the English term.</source>
        <translation>Щёлкните, чтобы вставить английский термин.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No glossary terms in this paragraph.</source>
        <translation>В этом абзаце нет терминов глоссария.</translation>
    </message>
</context>
<context>
    <name>PairState</name>
    <message>
        <location filename="../../ui/pairing/model.py" line="+22"/>
        <source>Untranslated</source>
        <translation>Не переведена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated</source>
        <translation>Переведена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewed</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs update</source>
        <translation>Нужно обновить</translation>
    </message>
</context>
<context>
    <name>PairTable</name>
    <message>
        <location line="+7"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lede</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Original ({language}, read-only)</source>
        <translation>Оригинал ({language}, только чтение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation ({language})</source>
        <translation>Перевод ({language})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pair {number}, {state}</source>
        <translation>Пара {number}, {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pair {number}: {state}</source>
        <translation>Пара {number}: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked by {name}, {when} UTC</source>
        <translation>Отметка: {name}, {when} UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aligned by hand</source>
        <translation>Сопоставлено вручную</translation>
    </message>
</context>
<context>
    <name>PairingPage</name>
    <message>
        <location filename="../../ui/pairing/page.py" line="+68"/>
        <source>← Back to the article</source>
        <translation>← Назад к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the article list and editor (Alt+Left)</source>
        <translation>Вернуться к списку статей и редактору (Alt+Стрелка влево)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation pairing</source>
        <translation>Перевод бок о бок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the translation as text</source>
        <translation>Править перевод как текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the translation in the editor with its metadata and preview</source>
        <translation>Открыть перевод в редакторе с полями и предпросмотром</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Russian original in the editor</source>
        <translation>Открыть русский оригинал в редакторе</translation>
    </message>
</context>
<context>
    <name>PairingView</name>
    <message>
        <location filename="../../ui/pairing/view.py" line="+228"/>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>Оригинал и перевод, абзац за абзацем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the translation (Ctrl+S)</source>
        <translation>Сохранить перевод (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark translated</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm this pair&apos;s translation (Ctrl+Enter)</source>
        <translation>Подтвердить перевод этой пары (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this pair reviewed (Ctrl+Shift+Enter)</source>
        <translation>Отметить пару как проверенную (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next to do</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next pair that needs work (F8)</source>
        <translation>Перейти к следующей паре, которая требует работы (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with next</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair this with the next pair as one (Ctrl+Shift+M)</source>
        <translation>Объединить эту пару со следующей в одну (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split this pair in two (Ctrl+Shift+B)</source>
        <translation>Разделить пару на две (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary ↑</source>
        <translation>Граница ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this pair&apos;s last paragraph (on the side you are in) to the next pair (Alt+Shift+Up)</source>
        <translation>Перенести последний абзац этой пары (на той стороне, где курсор) в следующую пару (Alt+Shift+Стрелка вверх)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary ↓</source>
        <translation>Граница ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the next pair&apos;s first paragraph (on the side you are in) into this pair (Alt+Shift+Down)</source>
        <translation>Забрать в эту пару первый абзац следующей (на той стороне, где курсор) (Alt+Shift+Стрелка вниз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-align</source>
        <translation>Сопоставить заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align the paragraphs again; pairs aligned by hand are kept (Ctrl+Shift+R)</source>
        <translation>Сопоставить абзацы заново; пары, сопоставленные вручную, сохранятся (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Opened the translation.</source>
        <translation>Перевод открыт.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to save: the translation has no unsaved changes.</source>
        <translation>Нечего сохранять: в переводе нет несохранённых изменений.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the translation.</source>
        <translation>Перевод сохранён.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pair marked {state}.</source>
        <translation>Пара отмечена: {state}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged the pair with the next one.</source>
        <translation>Пара объединена со следующей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split the pair in two.</source>
        <translation>Пара разделена на две.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved the boundary between the pairs.</source>
        <translation>Граница между парами перенесена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-aligned; pairs aligned by hand were kept.</source>
        <translation>Абзацы сопоставлены заново; пары, сопоставленные вручную, сохранены.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every pair is translated.</source>
        <translation>Все пары переведены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a translation you may edit, then choose the text to insert.</source>
        <translation>Выберите перевод, который вам можно править, а затем — текст для вставки.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a paragraph pair first.</source>
        <translation>Сначала выберите пару абзацев.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unexpected error ({error}); nothing more was changed — please report this.</source>
        <translation>Непредвиденная ошибка ({error}); больше ничего не изменено — пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can read this translation but not change its text: it is {status} (start a correction to change it).</source>
        <translation>Этот перевод можно читать, но не править: его статус — «{status}» (чтобы изменить текст, начните исправление).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can read this translation but not change its text: it is {status}.</source>
        <translation>Этот перевод можно читать, но не править: его статус — «{status}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The “originally published” line does not match the original&apos;s publication time; it is brought in step when the translation can be edited.</source>
        <translation>Строка «впервые опубликовано» не совпадает со временем публикации оригинала; её исправят, когда перевод можно будет править.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unsaved changes</source>
        <translation>несохранённые изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} pairs: {states}</source>
        <translation>Пар: {count} — {states}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{count} needs update</source>
        <translation>нужно обновить: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} untranslated</source>
        <translation>не переведено: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} draft</source>
        <translation>черновиков: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} translated</source>
        <translation>переведено: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} reviewed</source>
        <translation>проверено: {count}</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../ui/editor/paste.py" line="+68"/>
        <source>The pasted text was {length} characters long; only the first {kept} fit ({what} limit: {limit} characters).</source>
        <translation>Вставлено знаков: {length}; поместились только первые {kept} (ограничение — {what}: {limit} знаков).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 control character was removed (NUL and the like).</source>
        <translation>Удалён 1 управляющий символ (NUL и подобные).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} control characters were removed (NUL and the like; was it a binary file?)</source>
        <translation>Удалено управляющих символов: {count} (NUL и подобные; может быть, это двоичный файл?)</translation>
    </message>
</context>
<context>
    <name>PhotoAttacher</name>
    <message>
        <location filename="../../ui/editor/photo_attach.py" line="+224"/>
        <source>Removing location data from {name}…</source>
        <translation>Удаление данных о местоположении из {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaching {name}…</source>
        <translation>Прикрепление {name}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{message} Save the article to keep the photo with it.</source>
        <translation>{message} Сохраните статью, чтобы фото осталось с ней.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The photo is too large to process on this computer; export a smaller copy first.</source>
        <translation>Фото слишком велико для обработки на этом компьютере; сначала экспортируйте уменьшенную копию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo could not be attached ({error}); nothing was stored.</source>
        <translation>Не удалось прикрепить фото ({error}); ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo not in this database</source>
        <translation>Фото нет в этой базе данных</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location line="-238"/>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Фотографии ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Attach photo…</source>
        <translation>Прикрепить фото…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store a JPEG, PNG, WebP or HEIC photo with the article; its location data and other metadata are removed. You can also drop a file here.</source>
        <translation>Сохранить со статьёй фото в формате JPEG, PNG, WebP или HEIC; данные о местоположении и другие метаданные удаляются. Файл можно и перетащить сюда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the photo off this article</source>
        <translation>Убрать фото из статьи</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photo stored</source>
        <translation>Фото сохранено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{message} Stored at {width} × {height} px.</source>
        <translation>{message} Сохранено в размере {width} × {height} пикс.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach a photo</source>
        <translation>Прикрепить фото</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The photo was taken off the article.</source>
        <translation>Фото убрано из статьи.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No photo.
Drop one here.</source>
        <translation>Фото нет.
Перетащите его сюда.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="+125"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="+18"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “{headline}”?</source>
        <translation>Сохранить изменения в статье «{headline}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled article</source>
        <translation>без заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you discard them, your edits since the last save are lost.</source>
        <translation>Если их не сохранить, правка после последнего сохранения пропадёт.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Article removed</source>
        <translation>Статья удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Save your text as a new article?</source>
        <translation>{message}

Сохранить ваш текст как новую статью?</translation>
    </message>
</context>
<context>
    <name>RegistryCommand</name>
    <message>
        <location filename="../../ui/registry/__init__.py" line="+18"/>
        <source>Registry of listed &amp;entities…</source>
        <translation>&amp;Реестр лиц и организаций…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and organisations whose mentions need a label (admins edit)</source>
        <translation>Люди и организации, упоминания которых требуют пометки (правят администраторы)</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <location filename="../../ui/registry/dialog.py" line="+54"/>
        <source>Registry of listed entities</source>
        <translation>Реестр лиц и организаций</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Entities</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>&amp;Пометки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin can change the registry; you can read it.</source>
        <translation>Изменять реестр может только администратор; вам доступен просмотр.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Filter by name or alias</source>
        <translation>Фильтр по имени или варианту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed</source>
        <translation>В списке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import list…</source>
        <translation>И&amp;мпорт списка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles needing a &amp;label</source>
        <translation>Статьи без по&amp;метки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stored articles with unlabelled mentions appear here after a change.</source>
        <translation>После изменения здесь появятся сохранённые статьи с упоминаниями без пометки.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What “Insert label” writes after a mention; {а} becomes “а” for a woman</source>
        <translation>Что «Вставить пометку» пишет после упоминания; {а} превращается в «а» для женщин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases that count as the label, one per line; a word ending in * matches any ending (иностранн* агент*)</source>
        <translation>Фразы, которые считаются пометкой, по одной в строке; слово со * на конце совпадает с любым окончанием (иностранн* агент*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first mention of each entity in an article</source>
        <translation>Первое упоминание каждой записи в статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mention</source>
        <translation>Каждое упоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save label</source>
        <translation>&amp;Сохранить пометку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind and language</source>
        <translation>&amp;Вид и язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label &amp;text</source>
        <translation>&amp;Текст пометки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accepted forms</source>
        <translation>&amp;Допустимые формы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Needs a label</source>
        <translation>Пометка &amp;нужна</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The entity was not added</source>
        <translation>Запись не добавлена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added “{name}” with {count} forms.</source>
        <translation>Запись «{name}» добавлена; форм: {count}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The entity was not saved</source>
        <translation>Запись не сохранена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved “{name}” (version {version}).</source>
        <translation>Запись «{name}» сохранена (версия {version}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove from the registry</source>
        <translation>Удаление из реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop matching {names}? The entries stay in the history. If the official list excluded them, set the exclusion date instead.</source>
        <translation>Больше не искать упоминания: {names}? Записи останутся в истории. Если их исключили из официального списка, лучше укажите дату исключения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entity was not removed</source>
        <translation>Запись не удалена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a registry list</source>
        <translation>Импорт списка в реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry lists ({patterns});;All files (*)</source>
        <translation>Списки реестра ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The list was not imported</source>
        <translation>Список не импортирован</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking for stored articles that need a label…</source>
        <translation>Поиск сохранённых статей, которым нужна пометка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 stored article needs a label next to a mention.</source>
        <translation>Одной сохранённой статье нужна пометка рядом с упоминанием.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} stored articles need a label next to a mention.</source>
        <translation>Сохранённых статей, которым нужна пометка рядом с упоминанием: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stored article needs a label for this.</source>
        <translation>Ни одной сохранённой статье пометка для этого не нужна.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The articles could not be checked: {error}</source>
        <translation>Не удалось проверить статьи: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking stored articles: {checked} of {total} candidates…</source>
        <translation>Проверка сохранённых статей: {checked} из {total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label was not saved</source>
        <translation>Пометка не сохранена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the label for {kind} ({language}).</source>
        <translation>Пометка для вида «{kind}» ({language}) сохранена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setting was not saved</source>
        <translation>Настройка не сохранена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>импортирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>пометка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scope</source>
        <translation>правило пометки</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="+8"/>
        <source>a correspondent</source>
        <translation>корреспондент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a translator</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an admin</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>SpellLayer</name>
    <message>
        <location filename="../../ui/editor/spell_layer.py" line="+116"/>
        <source>Check &amp;Spelling</source>
        <translation>Проверять &amp;орфографию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline misspelt words in the article&apos;s language (F7)</source>
        <translation>Подчёркивать слова с ошибками на языке статьи (F7)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Spell checking is off for this article: {0}</source>
        <translation>Проверка орфографии для этой статьи отключена: {0}</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add “{0}” to the newsroom dictionary…</source>
        <translation>Добавить «{0}» в словарь редакции…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “{0}” to my personal dictionary…</source>
        <translation>Добавить «{0}» в личный словарь…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the newsroom dictionary</source>
        <translation>словарь редакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your personal dictionary</source>
        <translation>личный словарь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” was added to {1}, with the forms of “{2}”.</source>
        <translation>Слово «{0}» добавлено в {1} с формами слова «{2}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” was added to {1}.</source>
        <translation>Слово «{0}» добавлено в {1}.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="-27"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiked</source>
        <translation>Снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Исправляется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Исправлена</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../ui/editor/fields.py" line="+181"/>
        <source>Status: {status}. It changes through Submit, Approve, Publish… not here.</source>
        <translation>Статус: {status}. Он меняется командами «Отправить на проверку», «Одобрить», «Опубликовать»…, а не здесь.</translation>
    </message>
</context>
</TS>
