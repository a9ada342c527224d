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
    <name>ArticleList</name>
    <message>
        <location filename="../../ui/article_list/model.py" line="+288"/>
        <location filename="../../ui/article_list/view.py" line="+347"/>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Updated {time}</source>
        <translation>Изменена {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published {time}</source>
        <translation>Опубликована {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Russian translation</source>
        <translation>Перевод на русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English translation</source>
        <translation>Перевод на английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian original</source>
        <translation>Оригинал на русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English original</source>
        <translation>Оригинал на английском</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Author: {login} · version {version}</source>
        <translation>Автор: {login} · версия {version}</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>The article list could not be loaded ({error}); press F5 to try again.</source>
        <translation>Не удалось загрузить список статей ({error}); нажмите F5, чтобы повторить.</translation>
    </message>
    <message>
        <location filename="../../ui/article_list/columns.py" line="+24"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The headline, with badges</source>
        <translation>Заголовок с пометками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang</source>
        <translation>Яз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the article</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the article is in the workflow</source>
        <translation>На каком этапе работы статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signed the article</source>
        <translation>Кто подписал статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the story was filed</source>
        <translation>Откуда передан материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the article was last changed (display time zone)</source>
        <translation>Когда статья менялась в последний раз (в часовом поясе отображения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in the body, without the notice</source>
        <translation>Слов в тексте, без маркировки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/article_list/view.py" line="+8"/>
        <source>%Ln match</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадение</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln article</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статья</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+175"/>
        <source>Not loaded</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No articles match these filters.</source>
        <translation>Нет статей, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No articles yet. Press Ctrl+N to write one, or import Markdown files.</source>
        <translation>Статей пока нет. Нажмите Ctrl+N, чтобы написать статью, или импортируйте файлы Markdown.</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/editor/pane.py" line="+64"/>
        <source>This article is {status}: start a correction to edit it (Workflow → Start correction).</source>
        <translation>Статус статьи — «{status}»: чтобы править её, начните исправление (Выпуск → Начать исправление).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This article is spiked: unspike it to edit it (Workflow → Unspike).</source>
        <translation>Статья снята: чтобы править её, верните её в работу (Выпуск → Вернуть в работу).</translation>
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
    <name>BadgeKeywords</name>
    <message>
        <location filename="../../ui/article_list/delegate.py" line="+27"/>
        <source>outdated</source>
        <translation>устарел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>редактир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation</source>
        <translation>перевод</translation>
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
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connection/dialog.py" line="+71"/>
        <source>The connection test failed unexpectedly ({error}); try again, or open the local workspace.</source>
        <translation>Проверка подключения неожиданно не удалась ({error}); попробуйте ещё раз или откройте локальную рабочую базу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{database} on {server}</source>
        <translation>{database} на {server}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off (trusted network only)</source>
        <translation>Выключено (только в доверенной сети)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use TLS when the server offers it</source>
        <translation>TLS, если сервер его поддерживает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS</source>
        <translation>Только через TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS and verify the server</source>
        <translation>Только через TLS с проверкой сервера</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect to shared database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Newsroom</source>
        <translation>например, Редакция</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your own database login</source>
        <translation>ваш личный логин в базе данных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember in system keyring</source>
        <translation>Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work offline-capable</source>
        <translation>Работать без сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a field workspace on this computer: your articles open and save without the server, and what you write is sent when the server can be reached (F9 sends at once).</source>
        <translation>Хранить полевую рабочую базу на этом компьютере: статьи открываются и сохраняются без сервера, а написанное отправляется, когда сервер доступен (F9 — отправить сейчас).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+157"/>
        <source>Fill in the server details, then test the connection.</source>
        <translation>Укажите данные сервера, затем проверьте подключение.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Open local workspace</source>
        <translation>Открыть локальную базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location line="+125"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The details changed; test the connection again before saving.</source>
        <translation>Данные изменились; перед сохранением проверьте подключение ещё раз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password goes to the system keyring, never to a file.</source>
        <translation>Пароль хранится в системном хранилище паролей и никогда не записывается в файл.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test the connection first; only a working profile is saved.</source>
        <translation>Сначала проверьте подключение: сохраняется только рабочий профиль.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Profile “{name}”: {where}.</source>
        <translation>Профиль «{name}»: {where}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Profile “{name}” deleted, with its remembered password.</source>
        <translation>Профиль «{name}» удалён вместе с сохранённым паролем.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the connection to {where}…</source>
        <translation>Проверка подключения к {where}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to {where} as “{user}”: the login and the schema are ready; save the profile or connect.</source>
        <translation>Подключение к {where} как «{user}» работает: логин и схема в порядке; сохраните профиль или подключитесь.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Test the connection first; only a profile that works is saved.</source>
        <translation>Сначала проверьте подключение: сохраняется только рабочий профиль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile “{name}” saved; {where}</source>
        <translation>Профиль «{name}» сохранён; {where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no password.</source>
        <translation>пароля у него нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the password is kept for this session only (no system keyring).</source>
        <translation>пароль хранится только до конца сеанса (системного хранилища паролей нет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the password is in the system keyring.</source>
        <translation>пароль сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring failed, so the password is kept for this session only.</source>
        <translation>хранилище паролей не сработало, поэтому пароль хранится только до конца сеанса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the password is not stored (you will be asked next time).</source>
        <translation>пароль не сохранён (в следующий раз его спросят).</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../services/credentials.py" line="+29"/>
        <source>No system keyring: the password is kept for this session only.</source>
        <translation>Системного хранилища паролей нет: пароль хранится только до конца сеанса.</translation>
    </message>
</context>
<context>
    <name>DeskStart</name>
    <message>
        <location filename="../../ui/app.py" line="+62"/>
        <source>Desk could not open {url}: {detail}.</source>
        <translation>Desk не удалось открыть {url}: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk could not open the local workspace: {detail}.</source>
        <translation>Desk не удалось открыть локальную рабочую базу: {detail}.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="+25"/>
        <source>connected</source>
        <translation>на связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates on: other people&apos;s saves and edit locks show up at once.</source>
        <translation>Обновления в реальном времени включены: сохранения и блокировки коллег видны сразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting live updates.</source>
        <translation>Включаются обновления в реальном времени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnecting…</source>
        <translation>переподключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server was lost; Desk reconnects by itself and then refreshes the list. Your open text is kept.</source>
        <translation>Связь с сервером потеряна; Desk переподключится сам и обновит список. Открытый текст сохранён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached; Desk keeps trying. Your open text is kept — saving waits for the connection.</source>
        <translation>Сервер недоступен; Desk продолжает попытки. Открытый текст сохранён — сохранение дождётся связи.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Signed in as {login}, role: {role}</source>
        <translation>Вход выполнен как {login}, роль: {role}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{matching} of %n article</source>
        <translation>
            <numerusform>{matching} из %n статьи</numerusform>
            <numerusform>{matching} из %n статей</numerusform>
            <numerusform>{matching} из %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{matching} of %n articles</source>
        <translation>
            <numerusform>{matching} из %n статьи</numerusform>
            <numerusform>{matching} из %n статей</numerusform>
            <numerusform>{matching} из %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n article</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="+31"/>
        <source>Desk workspaces (*.sqlite3)</source>
        <translation>Рабочие базы Desk (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over</source>
        <translation>Перехватить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk cannot open the workspace</source>
        <translation>Desk не может открыть рабочую базу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another workspace file (or create a new one), try again, or quit Desk.</source>
        <translation>Откройте другой файл рабочей базы (или создайте новый), повторите попытку или закройте Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another workspace…</source>
        <translation>Открыть другую базу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open or create a workspace</source>
        <translation>Открыть или создать рабочую базу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported {imported} of %n file</source>
        <translation>
            <numerusform>Импортировано файлов: {imported} из %n</numerusform>
            <numerusform>Импортировано файлов: {imported} из %n</numerusform>
            <numerusform>Импортировано файлов: {imported} из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported {imported} of %n files</source>
        <translation>
            <numerusform>Импортировано файлов: {imported} из %n</numerusform>
            <numerusform>Импортировано файлов: {imported} из %n</numerusform>
            <numerusform>Импортировано файлов: {imported} из %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {count} failed</source>
        <translation>; с ошибкой: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; cancelled after {done}</source>
        <translation>; отменено после {done}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import the failed files again, inserting the notice</source>
        <translation>Импортировать файлы с ошибками ещё раз, вставив маркировку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk puts the foreign-agent notice under the headline where it is missing or altered.</source>
        <translation>Desk вставит маркировку иноагента под заголовком там, где её нет или она изменена.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recover unsaved drafts</source>
        <translation>Восстановление несохранённых черновиков</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk was not closed properly last time. These drafts have changes that were never saved:</source>
        <translation>В прошлый раз Desk был закрыт некорректно. В этих черновиках есть несохранённые изменения:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snapshot of {when}</source>
        <translation>снимок от {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>What should the author change?</source>
        <translation>Что автору нужно исправить?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for the history (optional)</source>
        <translation>Замечание для истории (необязательно)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The note is {length} characters long; the limit is {limit}.</source>
        <translation>Длина замечания — {length} знаков; допустимо не больше {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note is required: the author sees it with the returned article.</source>
        <translation>Замечание обязательно: автор увидит его вместе с возвращённой статьёй.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot connect</source>
        <translation>Не удалось подключиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the local workspace</source>
        <translation>Не удалось открыть локальную рабочую базу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are still in the workspace you had open; nothing was changed.</source>
        <translation>Вы остались в открытой рабочей базе; ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open local workspace</source>
        <translation>Открыть локальную базу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay here</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Take over editing</source>
        <translation>Перехват редактирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take over editing from {name}?</source>
        <translation>Перехватить редактирование у пользователя {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has been editing since {since}. They keep their text: when they next save, they compare it with yours and merge — nothing is lost. The takeover is recorded in the history.</source>
        <translation>{name} редактирует статью с {since}. Текст останется у автора: при следующем сохранении он сравнит его с вашим и объединит — ничего не потеряется. Перехват записывается в историю.</translation>
    </message>
</context>
<context>
    <name>EditLockKeeper</name>
    <message>
        <location filename="../../ui/locks.py" line="+21"/>
        <source>The edit lock could not be checked ({error}); your text is kept — keep working and save.</source>
        <translation>Не удалось проверить блокировку ({error}); ваш текст сохранён — продолжайте работать и сохраните статью.</translation>
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
        <translation>H1</translation>
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
        <translation>H2</translation>
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
        <translation>H3</translation>
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
    <name>EditorQueue</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/queue.py" line="+480"/>
        <source>%n submitted</source>
        <translation>
            <numerusform>%n на проверке</numerusform>
            <numerusform>%n на проверке</numerusform>
            <numerusform>%n на проверке</numerusform>
        </translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+221"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Editor&apos;s queue</source>
        <translation>Очередь редактора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the queue again</source>
        <translation>Загрузить очередь заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected articles as they are now</source>
        <translation>Одобрить выбранные статьи в их нынешнем виде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an article.</source>
        <translation>Дважды щёлкните статью или нажмите Enter, чтобы открыть её.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the author</source>
        <translation>Вернуть автору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return “{headline}” to {author}. The author sees this note with the article:</source>
        <translation>Вернуть «{headline}» автору ({author}). Автор увидит это замечание вместе со статьёй:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No workspace is open.</source>
        <translation>Рабочая база не открыта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor&apos;s queue is for editors; your returned articles are listed under “Returned to you”.</source>
        <translation>Очередь редактора доступна только редакторам; ваши возвращённые статьи — в разделе «Возвращены вам».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is waiting: every submitted article has been handled.</source>
        <translation>Очередь пуста: все отправленные на проверку статьи обработаны.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{submitted} · {languages} · oldest waiting {oldest}</source>
        <translation>{submitted} · {languages} · дольше всех ждёт {oldest}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{failed} of {count} articles were not approved; “{headline}”: {problem}</source>
        <translation>Не одобрено статей: {failed} из {count}; «{headline}»: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{failed} of {count} articles were not returned; “{headline}”: {problem}</source>
        <translation>Не возвращено статей: {failed} из {count}; «{headline}»: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot {action}</source>
        <translation>Нельзя {action}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The queue could not be updated</source>
        <translation>Не удалось обновить очередь</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove {count}</source>
        <translation>&amp;Одобрить ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn with note…</source>
        <translation>&amp;Вернуть с замечанием…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected article back to its author with a note</source>
        <translation>Вернуть выбранную статью автору с замечанием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return one article at a time: each needs its own note</source>
        <translation>Возвращайте статьи по одной: каждой нужно своё замечание</translation>
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
        <location filename="../../ui/domain_labels.py" line="+66"/>
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
    <name>Errors</name>
    <message>
        <location filename="../../services/sync.py" line="+120"/>
        <source>The server refused this text: it lacks the foreign-agent notice the current policy requires; apply the new notice and send again.</source>
        <translation>Сервер отклонил этот текст: в нём нет маркировки, которой требуют текущие правила; добавьте новую маркировку и отправьте снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not let you make this change (the article&apos;s state or your role does not allow it); ask an editor, then choose Try again.</source>
        <translation>Сервер не позволяет внести это изменение (этого не разрешает статус статьи или ваша роль); обратитесь к редактору, затем выберите «Повторить».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused this change ({first}); correct the article and send again.</source>
        <translation>Сервер отклонил это изменение ({first}); исправьте статью и отправьте снова.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot reach {server} ({reason}); everything stays queued and is sent when the server is back.</source>
        <translation>Нет связи: {server} ({reason}); всё остаётся в очереди и будет отправлено, когда сервер станет доступен.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{server} cannot take photos from field sync yet ({reason}); ask an admin to run “desk db upgrade” and “desk db provision”.</source>
        <translation>{server} пока не принимает фото при синхронизации ({reason}); попросите администратора выполнить «desk db upgrade» и «desk db provision».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{server} cannot take field sync yet ({reason}); ask an admin to run “desk db upgrade” and “desk db provision”.</source>
        <translation>{server} пока не поддерживает синхронизацию ({reason}); попросите администратора выполнить «desk db upgrade» и «desk db provision».</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>This article has no conflict to resolve.</source>
        <translation>У этой статьи нет конфликта, который нужно разрешить.</translation>
    </message>
    <message>
        <location filename="../../services/pairing_memory.py" line="+66"/>
        <source>Only translators and editors add glossary entries; ask one of them.</source>
        <translation>Добавлять записи в глоссарий могут только переводчики и редакторы; обратитесь к одному из них.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give both the Russian term and its English rendering.</source>
        <translation>Укажите и русский термин, и его английский вариант.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A glossary term may be at most {term_max} characters long.</source>
        <translation>Термин в глоссарии может быть не длиннее {term_max} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind “{kind}” is unknown; use one of: {items}.</source>
        <translation>Неизвестный вид «{kind}»; используйте один из: {items}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The glossary already has “{source_term}” → “{target_term}” (entry {id}).</source>
        <translation>В глоссарии уже есть «{source_term}» → «{target_term}» (запись {id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only translators and editors change the glossary; ask one of them.</source>
        <translation>Менять глоссарий могут только переводчики и редакторы; обратитесь к одному из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no glossary entry {entry_id}.</source>
        <translation>В глоссарии нет записи {entry_id}.</translation>
    </message>
    <message>
        <location filename="../../services/pairing.py" line="+111"/>
        <source>Language “{target_language}” is not supported; translate into ru or en.</source>
        <translation>Язык «{target_language}» не поддерживается; переводите на ru или en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article {original_id} is itself a translation; translate its original ({translated_from}) instead.</source>
        <translation>Статья {original_id} сама является переводом; переводите её оригинал ({translated_from}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article {original_id} is spiked; unspike it before translating it.</source>
        <translation>Статья {original_id} снята; верните её в работу, прежде чем переводить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article {original_id} is already in {language}; choose another language to translate it into.</source>
        <translation>Статья {original_id} уже на языке «{language}»; выберите другой язык перевода.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article {original_id} already has a translation into {language} ({existing}); open that one instead.</source>
        <translation>У статьи {original_id} уже есть перевод на язык «{language}» ({existing}); откройте его.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Article {translation_id} is not a translation; give the id of a translation.</source>
        <translation>Статья {translation_id} не является переводом; укажите идентификатор перевода.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The original of this translation no longer exists or you cannot open it; its text is shown as it was when each pair was last marked.</source>
        <translation>Оригинала этого перевода больше нет или вы не можете его открыть; его текст показан таким, каким он был при последней отметке каждой пары.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The original was spiked; the translation stays as it is, but check with an editor before going on.</source>
        <translation>Оригинал снят; перевод остаётся как есть, но прежде чем продолжать, уточните у редактора.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Article {article_id} has no translation yet; create one with Translate first.</source>
        <translation>У статьи {article_id} пока нет перевода; сначала создайте его командой «Перевести».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article {article_id} has {count} translations ({items}); give the id of the one you mean.</source>
        <translation>У статьи {article_id} несколько переводов ({count}: {items}); укажите идентификатор нужного.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone else changed the pairs of this translation meanwhile; reload it and try again.</source>
        <translation>Тем временем кто-то другой изменил пары этого перевода; загрузите его заново и повторите попытку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You cannot change the pairs of this translation: it is {status} and you are a {role}.</source>
        <translation>Вы не можете менять пары этого перевода: его статус — «{status}», а ваша роль — {role}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no pair {ordinal}; this translation has {count} pairs.</source>
        <translation>Пары {ordinal} нет; всего пар в этом переводе: {count}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“{state}” is not a state a pair can be marked; use draft, translated or reviewed.</source>
        <translation>«{state}» — недопустимое состояние пары; используйте draft, translated или reviewed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pair {ordinal} has no translation yet; write it before marking it {state}.</source>
        <translation>В паре {ordinal} ещё нет перевода; напишите его, прежде чем отмечать пару как {state}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original of this translation is gone, so there is no source to confirm the translation against.</source>
        <translation>Оригинал этого перевода удалён, поэтому сверить перевод не с чем.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pair {ordinal} is the last one; there is no next pair to merge it with.</source>
        <translation>Пара {ordinal} — последняя; объединять её не с чем.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair {ordinal} holds a single paragraph and cannot be split.</source>
        <translation>В паре {ordinal} один абзац, её нельзя разделить.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the side (source or target) and the direction (+1 or -1) of the shift.</source>
        <translation>Укажите сторону (source или target) и направление сдвига (+1 или -1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pair {ordinal} is the last one; there is no boundary below it to move.</source>
        <translation>Пара {ordinal} — последняя; ниже неё нет границы, которую можно сдвинуть.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pair {where} has no {label} paragraph to move.</source>
        <translation>В паре {where} нет абзаца ({label}), который можно перенести.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pairs changed since the translation was loaded; reload it and try again.</source>
        <translation>Пары изменились после загрузки перевода; загрузите его заново и повторите попытку.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The article being saved is not the original named; nothing was saved.</source>
        <translation>Сохраняемая статья — не указанный оригинал; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../services/field.py" line="+48"/>
        <source>the server {host}{port}, database “{database}”</source>
        <translation>сервер {host}{port}, база данных «{database}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The upstream must be a PostgreSQL URL such as postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>Сервер должен быть задан URL PostgreSQL, например postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upstream must be a PostgreSQL URL with your login and the database, such as postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>Сервер должен быть задан URL PostgreSQL с вашим логином и базой данных, например postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is an empty file, not a Desk field workspace; choose another file — this one was left untouched.</source>
        <translation>{path} — пустой файл, а не полевая рабочая база Desk; выберите другой файл — этот оставлен без изменений.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is not a Desk field workspace (it is not a SQLite database); choose another file — this one was left untouched.</source>
        <translation>{path} — не полевая рабочая база Desk (это не база данных SQLite); выберите другой файл — этот оставлен без изменений.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged and cannot be read as a field workspace; restore a backup or choose another file — this one was left untouched.</source>
        <translation>Файл {path} повреждён и не читается как полевая рабочая база; восстановите резервную копию или выберите другой файл — этот оставлен без изменений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a SQLite database of another program, not a Desk field workspace; choose another file — this one was left untouched.</source>
        <translation>{path} — база данных SQLite другой программы, а не полевая рабочая база Desk; выберите другой файл — этот оставлен без изменений.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The field workspace {file} is already open in another Desk window or command; use that one, or close it first.</source>
        <translation>Полевая рабочая база {file} уже открыта в другом окне или команде Desk; работайте там или сначала закройте её.</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="+91"/>
        <source>Only editors and admins can fix the archive; {login} is {role}.</source>
        <translation>Исправлять архив могут только редакторы и администраторы; роль {login} — {role}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stored text has bytes that are not UTF-8 (shown as �); open the article, repair the marked places and save it.</source>
        <translation>В сохранённом тексте есть байты не в UTF-8 (показаны как �); откройте статью, исправьте отмеченные места и сохраните её.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The notice is not in its canonical form.</source>
        <translation>Маркировка не в установленной форме.</translation>
    </message>
    <message>
        <location filename="../../services/conflicts.py" line="+92"/>
        <source>The article was removed by someone else while you edited it; keep your text as a new article.</source>
        <translation>Пока вы редактировали статью, её удалил кто-то другой; сохраните свой текст как новую статью.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“{choice}” is not a choice here; use mine, theirs or merge.</source>
        <translation>«{choice}» здесь не подходит; используйте mine, theirs или merge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{left} conflict is still marked in the merged text; edit the marked paragraphs, or choose Keep mine or Take theirs.</source>
        <translation>В объединённом тексте остались отмеченные конфликты ({left}); исправьте отмеченные абзацы или выберите «Оставить мой» или «Взять их».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{left} conflicts are still marked in the merged text; edit the marked paragraphs, or choose Keep mine or Take theirs.</source>
        <translation>В объединённом тексте остались отмеченные конфликты ({left}); исправьте отмеченные абзацы или выберите «Оставить мой» или «Взять их».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}: {side}” is not a field choice; choose mine or theirs.</source>
        <translation>«{name}: {side}» — недопустимый выбор для поля; выберите mine или theirs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your text is kept in the history as version {expected}.</source>
        <translation>Ваш текст сохранён в истории как версия {expected}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their version is kept.</source>
        <translation>Оставлена их версия.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You can no longer edit this article (it is {status}), so your text cannot be added to its history; copy it, or keep it as a new article.</source>
        <translation>Вы больше не можете править эту статью (её статус — «{status}»), поэтому ваш текст нельзя добавить в её историю; скопируйте его или сохраните как новую статью.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yet another version of this article was saved while you were choosing; compare again.</source>
        <translation>Пока вы выбирали, была сохранена ещё одна версия этой статьи; сравните снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The article was removed, so there is no stored version to take; keep your text as a new article instead.</source>
        <translation>Статья удалена, сохранённой версии нет; сохраните свой текст как новую статью.</translation>
    </message>
    <message>
        <location filename="../../services/locks.py" line="+101"/>
        <source>The edit lock {holder_name} left at {since} has expired, but this server lets only its holder or an editor clear it; ask an editor to take it over, or open the article read-only.</source>
        <translation>Блокировка, которую {holder_name} оставил(а) в {since}, истекла, но на этом сервере снять её может только её владелец или редактор; попросите редактора перехватить её или откройте статью только для чтения.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only an editor can take over an edit lock; ask {who} to close the article, or open it read-only.</source>
        <translation>Перехватить блокировку может только редактор; попросите {who} закрыть статью или откройте её только для чтения.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Someone else is taking this edit lock right now; try again in a moment.</source>
        <translation>Прямо сейчас эту блокировку получает кто-то другой; повторите попытку через мгновение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are editing this in another window since {since}; switch to that window or close the article there.</source>
        <translation>Вы редактируете эту статью в другом окне с {since}; перейдите в то окно или закройте статью там.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being edited by {holder_name} since {since}; open it read-only or ask them to close it.</source>
        <translation>Редактирует {holder_name} с {since}; откройте статью только для чтения или попросите закрыть её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your edit lock on the {part} lapsed and was taken and released by someone else; your text is kept — save it to compare with the stored version.</source>
        <translation>Ваша блокировка ({part}) истекла, и её получил и снял кто-то другой; ваш текст сохранён — сохраните его, чтобы сравнить с сохранённой версией.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{holder_name} took over editing at {when}; your text is kept — save it to compare with theirs.</source>
        <translation>{holder_name} перехватил(а) редактирование в {when}; ваш текст сохранён — сохраните его, чтобы сравнить с их версией.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{part}” is not a lockable part; use “body” or “meta”.</source>
        <translation>«{part}» нельзя заблокировать; используйте «body» или «meta».</translation>
    </message>
    <message>
        <location filename="../../services/mentions.py" line="+84"/>
        <source>Cannot {verb}: 1 mention of listed entities lacks the label ({summary}); add the label next to each and try again.</source>
        <translation>Нельзя {verb}: у упоминания из реестра нет пометки ({summary}); добавьте пометку и повторите попытку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot {verb}: {count} mentions of listed entities lack the label ({summary}); add the label next to each and try again.</source>
        <translation>Нельзя {verb}: у упоминаний из реестра ({count}) нет пометки ({summary}); добавьте пометку к каждому и повторите попытку.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Cannot read {gold_path}: {problem}.</source>
        <translation>Не удалось прочитать {gold_path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="+47"/>
        <source>Live updates on.</source>
        <translation>Обновления в реальном времени включены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection to the server lost; reconnecting…</source>
        <translation>Связь с сервером потеряна; переподключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server; retrying every few seconds — your open text is kept.</source>
        <translation>Нет связи с сервером; повторные попытки каждые несколько секунд — открытый текст сохранён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnected — list refreshed.</source>
        <translation>Связь восстановлена — список обновлён.</translation>
    </message>
    <message>
        <location filename="../../services/workflow.py" line="+73"/>
        <location filename="../../services/articles.py" line="+116"/>
        <source>There is no article with id {article_id}.</source>
        <translation>Статьи с идентификатором {article_id} нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article changed (now version {version}) since you opened it; reload it and try again.</source>
        <translation>Статья изменилась с тех пор, как вы её открыли (теперь версия {version}); загрузите её заново и повторите попытку.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot publish: {problem} Open the article and save it to restore the notice.</source>
        <translation>Нельзя опубликовать: {problem} Откройте статью и сохраните её, чтобы восстановить маркировку.</translation>
    </message>
    <message>
        <location filename="../../services/profiles.py" line="+106"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation>Порт должен быть числом от 1 до 65535 (обычный порт PostgreSQL — 5432).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the database name (ask the admin; often “desk”).</source>
        <translation>Введите имя базы данных (узнайте у администратора; часто это «desk»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your database login (your own role, as the admin created it).</source>
        <translation>Введите свой логин базы данных (вашу роль, как её создал администратор).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a TLS mode: {modes}.</source>
        <translation>Выберите режим TLS: {modes}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The profile is incomplete: {problems}</source>
        <translation>Профиль заполнен не полностью: {problems}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server at {host}:{port} answered with an error ({reason}); try again, or ask the admin.</source>
        <translation>Сервер {host}:{port} ответил ошибкой ({reason}); повторите попытку или обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database {where} is not a Desk database yet; check the database name, or ask an admin to set it up with “desk db upgrade” and “desk db provision”.</source>
        <translation>База данных {where} ещё не подготовлена для Desk; проверьте имя базы данных или попросите администратора настроить её командами «desk db upgrade» и «desk db provision».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {where} was upgraded by a newer Desk (schema {revision}); install the newer Desk to use it, or open the local workspace.</source>
        <translation>База данных {where} обновлена более новой версией Desk (схема {revision}); установите новую версию Desk или откройте локальную рабочую базу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} has an older schema ({revision}, this Desk needs {head}); as an admin, run “desk db upgrade” against it, then test again.</source>
        <translation>У базы данных {where} устаревшая схема ({revision}, этой версии Desk нужна {head}); как администратор выполните для неё «desk db upgrade» и проверьте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} has an older schema ({revision}, this Desk needs {head}); ask an admin to run “desk db upgrade”, or open the local workspace meanwhile.</source>
        <translation>У базы данных {where} устаревшая схема ({revision}, этой версии Desk нужна {head}); попросите администратора выполнить «desk db upgrade», а пока откройте локальную рабочую базу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login “{login}” is not a Desk user on {where}; ask an admin to run “desk user add {login} --role ROLE”.</source>
        <translation>Логин «{login}» не является пользователем Desk в {where}; попросите администратора выполнить «desk user add {login} --role ROLE».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login “{user}” has no rights in the Desk database {where}; ask an admin to run “desk user add {user} --role ROLE”.</source>
        <translation>У логина «{user}» нет прав в базе данных Desk {where}; попросите администратора выполнить «desk user add {user} --role ROLE».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server at {at} refused the password for “{user}”; type it again, or check the login name in the profile.</source>
        <translation>Сервер {at} не принял пароль для «{user}»; введите его ещё раз или проверьте логин в профиле.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at {at} asks for a password for “{user}”; enter it and try again.</source>
        <translation>Сервер {at} запрашивает пароль для «{user}»; введите его и повторите попытку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host “{host}” is unknown; check the server name in the profile, or open the local workspace.</source>
        <translation>Узел «{host}» не найден; проверьте имя сервера в профиле или откройте локальную рабочую базу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at {at} does not offer TLS, which this profile requires; ask the admin to enable TLS, or choose a weaker TLS mode only on a trusted network.</source>
        <translation>Сервер {at} не поддерживает TLS, а этот профиль его требует; попросите администратора включить TLS или выберите менее строгий режим TLS — только в доверенной сети.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS connection to {at} failed ({reason}); ask the admin for the server&apos;s certificate, or choose the TLS mode “Require TLS”.</source>
        <translation>Не удалось установить TLS-соединение с {at} ({reason}); запросите у администратора сертификат сервера или выберите режим TLS «Require TLS».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database “{database}” on {at}; check the database name in the profile.</source>
        <translation>На {at} нет базы данных «{database}»; проверьте имя базы данных в профиле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at {at} has no login “{user}”; check the login name, or ask an admin to run “desk user add {user} --role ROLE”.</source>
        <translation>На сервере {at} нет логина «{user}»; проверьте логин или попросите администратора выполнить «desk user add {user} --role ROLE».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login “{user}” may not sign in on {at}; ask an admin to run “desk user add {user} --role ROLE”.</source>
        <translation>Логину «{user}» не разрешён вход на {at}; попросите администратора выполнить «desk user add {user} --role ROLE».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login “{user}” may not connect to the database {where}; ask an admin to run “desk user add {user} --role ROLE”.</source>
        <translation>Логину «{user}» не разрешено подключаться к базе данных {where}; попросите администратора выполнить «desk user add {user} --role ROLE».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at {at} does not accept “{user}” from this computer; ask the admin to allow it (pg_hba.conf), or check the TLS mode.</source>
        <translation>Сервер {at} не принимает «{user}» с этого компьютера; попросите администратора разрешить подключение (pg_hba.conf) или проверьте режим TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at {at} is full (too many connections); try again in a minute.</source>
        <translation>Сервер {at} перегружен (слишком много подключений); повторите попытку через минуту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at {at} is starting or stopping; try again in a moment.</source>
        <translation>Сервер {at} запускается или останавливается; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach a database server at {at} (it may be down, or the port is wrong); try again later, check the profile, or open the local workspace.</source>
        <translation>Нет связи с сервером баз данных {at} (возможно, он выключен или указан неверный порт); повторите попытку позже, проверьте профиль или откройте локальную рабочую базу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to {where}: {reason}; check the profile or try again.</source>
        <translation>Не удалось подключиться к {where}: {reason}; проверьте профиль или повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../services/spelling.py" line="+234"/>
        <source>Desk has no spelling dictionary for “{language}”; use Russian or English.</source>
        <translation>В Desk нет орфографического словаря для «{language}»; используйте русский или английский.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one word of at most {word_max} letters at a time (hyphens and apostrophes may join its parts).</source>
        <translation>Добавляйте по одному слову не длиннее {word_max} букв (части слова можно соединять дефисом или апострофом).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{like}” is not in the {language} dictionary; give a listed word that changes the same way (for a noun, one with the same ending and gender).</source>
        <translation>Слова «{like}» нет в словаре ({language}); укажите словарное слово, которое изменяется так же (для существительного — с тем же окончанием и родом).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{word}” is already in the newsroom dictionary.</source>
        <translation>Слово «{word}» уже есть в словаре редакции.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{word}” is already in your personal dictionary.</source>
        <translation>Слово «{word}» уже есть в вашем личном словаре.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Your personal dictionary could not be saved: {problem}.</source>
        <translation>Не удалось сохранить ваш личный словарь: {problem}.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unknown dictionary “{scope}”; use newsroom or personal.</source>
        <translation>Неизвестный словарь «{scope}»; используйте newsroom или personal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{word}” is not in the newsroom dictionary.</source>
        <translation>Слова «{word}» нет в словаре редакции.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {added_by} or an editor may remove “{word}”.</source>
        <translation>Удалить «{word}» может только {added_by} или редактор.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database did not let you remove “{word}”; ask an editor.</source>
        <translation>База данных не позволила вам удалить «{word}»; обратитесь к редактору.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{word}” is not in your personal dictionary.</source>
        <translation>Слова «{word}» нет в вашем личном словаре.</translation>
    </message>
    <message>
        <location filename="../../services/field_workspace.py" line="+59"/>
        <source>There is no field workspace at {path}; set one up with “desk field init --upstream URL”.</source>
        <translation>По пути {path} нет полевой рабочей базы; создайте её командой «desk field init --upstream URL».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a local workspace, not a field workspace; set one up with “desk field init --upstream URL”.</source>
        <translation>{path} — локальная, а не полевая рабочая база; создайте полевую командой «desk field init --upstream URL».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} already exists; open it, or choose a new file for the field workspace.</source>
        <translation>{path} уже существует; откройте его или выберите новый файл для полевой рабочей базы.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot set up the field workspace: {server} cannot be used ({first}); check the server and your login, then try again.</source>
        <translation>Не удалось создать полевую рабочую базу: {server} недоступен ({first}); проверьте сервер и свой логин и повторите попытку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login “{login}” is not a Desk user on {server}; ask an admin to run “desk user add {login} --role ROLE”.</source>
        <translation>Логин «{login}» не является пользователем Desk ({server}); попросите администратора выполнить «desk user add {login} --role ROLE».</translation>
    </message>
    <message>
        <location filename="../../services/registry.py" line="+40"/>
        <source>{source}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{source}: добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only an admin can change the registry; {login} is {role}.</source>
        <translation>Менять реестр может только администратор; роль {login} — {role}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+69"/>
        <source>There is no registry entry {entity_id}.</source>
        <translation>В реестре нет записи {entity_id}.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This entry was never saved; add it instead.</source>
        <translation>Эта запись ещё не сохранялась; добавьте её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no registry entry {id}.</source>
        <translation>В реестре нет записи {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed “{name}” since you opened it (now version {version}); reopen it and make your change again.</source>
        <translation>Кто-то изменил «{name}» после того, как вы открыли запись (теперь версия {version}); откройте её заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The label for {kind} ({language}) is empty; write the text the outlet puts after a mention.</source>
        <translation>Пометка для вида «{kind}» ({language}) пуста; введите текст, который издание ставит после упоминания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language “{language}” is unknown; use ru or en.</source>
        <translation>Неизвестный язык «{language}»; используйте ru или en.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{scope}” is not a scope; use first or every.</source>
        <translation>«{scope}» — недопустимая область; используйте first или every.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no rows under its header; nothing was imported.</source>
        <translation>В файле {file} под заголовком нет строк; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no file {path}; check the path.</source>
        <translation>Файла {path} нет; проверьте путь.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} cannot be read as an Excel workbook ({problem}); save it again as .xlsx.</source>
        <translation>Файл {file} не читается как книга Excel ({problem}); сохраните его заново в формате .xlsx.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>Файл {file} — не текст в UTF-8; сохраните его как CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: import reads .csv or .xlsx files.</source>
        <translation>{file}: импортируются только файлы .csv и .xlsx.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has no header row with the columns name and kind (ФИО, Тип); see docs/mentions.md.</source>
        <translation>В файле {file} нет строки заголовка со столбцами name и kind (ФИО, Тип); см. docs/mentions.md.</translation>
    </message>
    <message>
        <location filename="../../services/admin.py" line="+25"/>
        <source>Only an admin can do this; {login} is {role}.</source>
        <translation>Это может сделать только администратор; роль {login} — {role}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provisioning is for a shared PostgreSQL database; a local workspace needs none.</source>
        <translation>Подготовка нужна только общей базе данных PostgreSQL; локальной рабочей базе она не требуется.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused to provision the database ({reason}); connect as a superuser or a role with CREATEROLE that owns the tables.</source>
        <translation>Сервер отказался подготовить базу данных ({reason}); подключитесь как суперпользователь или роль с CREATEROLE, владеющая таблицами.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role “{role}” is unknown; use correspondent, translator, editor or admin.</source>
        <translation>Неизвестная роль «{role}»; используйте correspondent, translator, editor или admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{login}” cannot be a login name; use lower-case letters, digits, _ . and -, starting with a letter.</source>
        <translation>«{login}» не может быть логином; используйте строчные латинские буквы, цифры, _ . и -, начиная с буквы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server refused to create the login ({reason}); an admin with CREATEROLE must run this.</source>
        <translation>Сервер отказался создать логин ({reason}); это должен сделать администратор с правом CREATEROLE.</translation>
    </message>
    <message>
        <location filename="../../services/policy.py" line="+37"/>
        <source>Only an admin can change the notice policy; {login} is {role}.</source>
        <translation>Менять правила маркировки может только администратор; роль {login} — {role}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notice text is empty; give the exact text the outlet&apos;s lawyer approved.</source>
        <translation>Текст маркировки пуст; введите точный текст, одобренный юристом издания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement “{placement}” is unknown; use top or end.</source>
        <translation>Неизвестное размещение «{placement}»; используйте top или end.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The age mark is too long; use something like 18+.</source>
        <translation>Возрастная метка слишком длинная; используйте что-то вроде 18+.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../domain/frontmatter.py" line="+159"/>
        <source>Language “{lang}” is not supported; use ru or en.</source>
        <translation>Язык «{lang}» не поддерживается; используйте ru или en.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="+88"/>
        <source>The file “{name}” does not exist; choose another photo.</source>
        <translation>Файла «{name}» нет; выберите другое фото.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>The file “{name}” cannot be read ({reason}); check its permissions.</source>
        <translation>Файл «{name}» не читается ({reason}); проверьте права доступа к нему.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” is not a regular file; choose a photo file.</source>
        <translation>«{name}» — не обычный файл; выберите файл с фото.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “{name}” cannot be read ({reason}).</source>
        <translation>Файл «{name}» не читается ({reason}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” is a folder; choose a photo file inside it.</source>
        <translation>«{name}» — папка; выберите файл с фото внутри неё.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is not a regular file (a device, pipe or socket); choose a photo file.</source>
        <translation>«{name}» — не обычный файл (устройство, канал или сокет); выберите файл с фото.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size:.1f} MB; photos up to {limit} MB can be attached, so export a smaller copy first.</source>
        <translation>Размер файла — {size:.1f} МБ; прикрепить можно фото до {limit} МБ, поэтому сначала экспортируйте уменьшенную копию.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The article&apos;s stored photo has an invalid address; attach it again.</source>
        <translation>У сохранённого фото статьи неверный адрес; прикрепите его заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article&apos;s stored photo is not in this database; attach it again.</source>
        <translation>Сохранённого фото статьи нет в этой базе данных; прикрепите его заново.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no stored photo {sha256}.</source>
        <translation>Сохранённого фото {sha256} нет.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Only an admin can remove unused photos; ask an admin to run it.</source>
        <translation>Удалять неиспользуемые фото может только администратор; попросите его сделать это.</translation>
    </message>
    <message>
        <location filename="../../services/articles.py" line="+41"/>
        <source>Article {article_id} has no revision {number}.</source>
        <translation>У статьи {article_id} нет версии {number}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A {role} cannot create this article; ask an editor.</source>
        <translation>Роль «{role}» не позволяет создать эту статью; обратитесь к редактору.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Saved, but {count} mention(s) of listed entities need a label before the article can be submitted: {summary}.</source>
        <translation>Сохранено, но упоминаниям из реестра ({count}) нужна пометка, прежде чем статью можно будет отправить на проверку: {summary}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The foreign-agent notice was restored: {summary}</source>
        <translation>Маркировка иноагента восстановлена: {summary}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The article&apos;s photo is not stored in this database; attach it again, then save.</source>
        <translation>Фото статьи не сохранено в этой базе данных; прикрепите его заново и сохраните статью.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{summary} Nothing was saved; put the exact notice under the headline, or let Desk insert it (--apply-notice).</source>
        <translation>{summary} Ничего не сохранено; поставьте точный текст маркировки под заголовком или позвольте Desk вставить его (--apply-notice).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An article with id {id} already exists; it was not imported twice.</source>
        <translation>Статья с идентификатором {id} уже есть; повторно она не импортирована.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Article {id} no longer exists; save it as a new article instead.</source>
        <translation>Статьи {id} больше нет; сохраните текст как новую статью.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot edit this article: it is {status} and you are a {role}.</source>
        <translation>Вы не можете править эту статью: её статус — «{status}», а ваша роль — {role}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The article went back to {status}: its approval covered the earlier text.</source>
        <translation>Статья вернулась в статус «{status}»: одобрение относилось к прежнему тексту.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The article cannot be saved: {items}</source>
        <translation>Статью нельзя сохранить: {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article was removed by someone else while you edited it; save your text as a new article.</source>
        <translation>Пока вы редактировали статью, её удалил кто-то другой; сохраните свой текст как новую статью.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved this article (now version {version}, last changed by {who}) since you opened it; compare the two texts and choose what to keep.</source>
        <translation>После того как вы открыли статью, её сохранил кто-то другой (теперь версия {version}, последним изменил {who}); сравните тексты и выберите, что оставить.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database refused the article because it lacks the foreign-agent notice required by the current policy; nothing was saved.</source>
        <translation>База данных отклонила статью: в ней нет маркировки иноагента, которой требуют текущие правила; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article refers to an original or user that does not exist; nothing was saved.</source>
        <translation>Статья ссылается на несуществующий оригинал или пользователя; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the article ({reason}); nothing was saved.</source>
        <translation>База данных отклонила статью ({reason}); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../services/transfer.py" line="+55"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} is a folder; give the Markdown files inside it.</source>
        <translation>{path} — папка; укажите файлы Markdown внутри неё.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is {size:.1f} MB; Desk imports articles of up to {limit} MB — split it or check that it is the right file.</source>
        <translation>Размер {path} — {size:.1f} МБ; Desk импортирует статьи размером до {limit} МБ — разделите файл или проверьте, тот ли это файл.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} looks like a binary file, not Markdown text.</source>
        <translation>{path} похож на двоичный файл, а не на текст Markdown.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not UTF-8 text (invalid byte at position {start}); save it as UTF-8 and import it again.</source>
        <translation>{path} — не текст в UTF-8 (недопустимый байт в позиции {start}); сохраните его в UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Aligned to {translation_of} in {count} pairs.</source>
        <translation>Сопоставлено с {translation_of}, пар: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not aligned yet: {problem}</source>
        <translation>Пока не сопоставлено: {problem}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{file} names a stored photo ({photo}…) that is not in this database and no photo_file beside it; export the article to a file with its photo, or remove the photo_sha256 line to import it without the photo.</source>
        <translation>В {file} указано сохранённое фото ({photo}…), которого нет в этой базе, а файла photo_file рядом нет; экспортируйте статью в файл вместе с фото или удалите строку photo_sha256, чтобы импортировать её без фото.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The photo {photo} that {file} names is not beside it; copy it into {folder} or remove the photo_file line.</source>
        <translation>Фото {photo}, указанного в {file}, рядом нет; скопируйте его в {folder} или удалите строку photo_file.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--translation-of {original_id}: there is no article with that id.</source>
        <translation>--translation-of {original_id}: статьи с таким идентификатором нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--translation-of {original_id}: that article is itself a translation; give the original ({translated_from}).</source>
        <translation>--translation-of {original_id}: эта статья сама является переводом; укажите оригинал ({translated_from}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--translation-of {original_id}: that article is spiked; unspike it before adding a translation.</source>
        <translation>--translation-of {original_id}: эта статья снята; верните её в работу, прежде чем добавлять перевод.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--translation-of {original_id}: the original is also in {language}; a translation must be in another language (use --lang).</source>
        <translation>--translation-of {original_id}: оригинал тоже на языке «{language}»; перевод должен быть на другом языке (используйте --lang).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Article {article_id} was not exported: {notice_problem} Run desk check --fix (an editor) or open and save it to restore the notice.</source>
        <translation>Статья {article_id} не экспортирована: {notice_problem} Выполните desk check --fix (редактор) или откройте и сохраните статью, чтобы восстановить маркировку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format “{fmt}” is unknown; use md or html.</source>
        <translation>Неизвестный формат «{fmt}»; используйте md или html.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The notice is not in the exact form the policy sets.</source>
        <translation>Маркировка не совпадает с текстом, который задают правила.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="+100"/>
        <source>The database {url} needs a schema upgrade; run “desk db upgrade”.</source>
        <translation>Схему базы данных {url} нужно обновить; выполните «desk db upgrade».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The login “{login}” is not a Desk user on this server; ask an admin to run “desk user add {login} --role ROLE”.</source>
        <translation>Логин «{login}» не является пользователем Desk на этом сервере; попросите администратора выполнить «desk user add {login} --role ROLE».</translation>
    </message>
    <message>
        <location filename="../../store/locks.py" line="+138"/>
        <source>There is no article with id {article_id}; it cannot be locked.</source>
        <translation>Статьи с идентификатором {article_id} нет; заблокировать её нельзя.</translation>
    </message>
    <message>
        <location filename="../../store/unit.py" line="+83"/>
        <source>{url} is not a Desk database or is damaged ({first}); open another workspace or restore a backup.</source>
        <translation>{url} — не база данных Desk или она повреждена ({first}); откройте другую рабочую базу или восстановите резервную копию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open {url}: the file cannot be created or read here; check the path and its permissions.</source>
        <translation>Не удалось открыть {url}: файл нельзя создать или прочитать здесь; проверьте путь и права доступа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to {url}: the file is read-only; make it writable or open another workspace.</source>
        <translation>Не удалось записать в {url}: файл только для чтения; разрешите запись или откройте другую рабочую базу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is locked by another program; close it there or open another workspace.</source>
        <translation>{url} заблокирован другой программой; закройте его там или откройте другую рабочую базу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at {url} refused the password; check the user name and password.</source>
        <translation>Сервер {url} не принял пароль; проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host in {url} is unknown; check the server name.</source>
        <translation>Узел в {url} не найден; проверьте имя сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the database server at {url}: {first}; check that it is running.</source>
        <translation>Нет связи с сервером баз данных {url}: {first}; проверьте, что он запущен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database in {url} does not exist on that server; check its name.</source>
        <translation>Базы данных из {url} на этом сервере нет; проверьте её имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {url} cannot be used: {first}.</source>
        <translation>Базу данных {url} нельзя использовать: {first}.</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="+32"/>
        <source>“{raw}” is not a database URL; use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«{raw}» — не URL базы данных; используйте sqlite:///PATH или postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk cannot use a “{backend}” database; use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Desk не работает с базами данных «{backend}»; используйте sqlite:///PATH или postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Cannot open {path}: the folder {parent} does not exist; create it or choose another file.</source>
        <translation>Не удалось открыть {path}: папки {parent} нет; создайте её или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="+68"/>
        <source>The database {database} records several schema versions ({items}); it was not upgraded by Desk, ask an admin to repair it.</source>
        <translation>В базе данных {database} записано несколько версий схемы ({items}); её обновлял не Desk — попросите администратора исправить её.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot read the schema version of {database}: {reason}.</source>
        <translation>Не удалось прочитать версию схемы {database}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {database} was upgraded by a newer Desk (schema {before}); install the newer Desk to open it.</source>
        <translation>База данных {database} обновлена более новой версией Desk (схема {before}); установите новую версию Desk, чтобы открыть её.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Upgrading the schema of {database} failed: {reason}.{hint}</source>
        <translation>Не удалось обновить схему {database}: {reason}.{hint}</translation>
    </message>
    <message>
        <location filename="../../domain/photo.py" line="+92"/>
        <source>Location data removed.</source>
        <translation>Данные о местоположении удалены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo carried no location data; its other metadata was removed.</source>
        <translation>Данных о местоположении в фото не было; остальные метаданные удалены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo carried no metadata.</source>
        <translation>Метаданных в фото не было.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file is {count}; photos up to {limit} can be attached, so export a smaller copy first.</source>
        <translation>Размер файла — {count}; прикрепить можно фото до {limit}, поэтому сначала экспортируйте уменьшенную копию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty; choose a {formats} photo.</source>
        <translation>Файл пуст; выберите фото в формате {formats}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image claims {width:,} × {height:,} pixels, more than Desk decodes ({max_pixels} megapixels); it may be a decompression bomb.</source>
        <translation>Изображение заявляет размер {width:,} × {height:,} пикселей — больше, чем Desk декодирует ({max_pixels} мегапикселей); возможно, это «бомба распаковки».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The image declares far more pixels than its file size allows; it looks like a decompression bomb and was not opened.</source>
        <translation>Изображение заявляет гораздо больше пикселей, чем допускает размер файла; похоже на «бомбу распаковки», поэтому оно не открыто.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HEIC file is truncated or damaged and cannot be read; copy it again from the phone or the sender.</source>
        <translation>Файл HEIC обрезан или повреждён и не читается; скопируйте его заново с телефона или у отправителя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a {formats} image; choose a photo in one of these formats.</source>
        <translation>Файл — не изображение {formats}; выберите фото в одном из этих форматов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>truncated</source>
        <translation>обрезан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file is {reason} and cannot be read; copy it again from the camera or the sender.</source>
        <translation>Файл изображения {reason} и не читается; скопируйте его снова с камеры или у отправителя.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The photo&apos;s bytes do not match its address; it was not stored.</source>
        <translation>Содержимое фото не соответствует его адресу; фото не сохранено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>A rendition of the photo is larger than Desk stores; it was not stored.</source>
        <translation>Одна из версий фото больше, чем хранит Desk; фото не сохранено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rendition of the photo is not a readable JPEG or PNG; it was not stored.</source>
        <translation>Одна из версий фото — не читаемый JPEG или PNG; фото не сохранено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo still carries {items} metadata; attach it through Desk to strip it.</source>
        <translation>В фото всё ещё есть метаданные ({items}); прикрепите его через Desk, чтобы удалить их.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} МБ</translation>
    </message>
    <message>
        <location filename="../../domain/article.py" line="+194"/>
        <source>Language “{language}” is not supported; use one of: {items}.</source>
        <translation>Язык «{language}» не поддерживается; используйте один из: {items}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status “{status}” is unknown.</source>
        <translation>Неизвестный статус «{status}».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {field} is {count:,} characters long; the limit is {limit:,}.</source>
        <translation>Поле «{field}» содержит {count:,} символов; предел — {limit:,}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} contains control characters; remove them.</source>
        <translation>Поле «{field}» содержит управляющие символы; удалите их.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {field} contains a text-direction control character (U+202A–U+202E, U+2066–U+2069) that makes it read other than it is; remove it.</source>
        <translation>Поле «{field}» содержит управляющий символ направления текста (U+202A–U+202E, U+2066–U+2069), из-за которого текст читается не так, как записан; удалите его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored photo&apos;s address is not a SHA-256 digest; attach the photo again.</source>
        <translation>Адрес сохранённого фото — не хеш SHA-256; прикрепите фото заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body contains control characters (is it a binary file?); remove them.</source>
        <translation>Текст содержит управляющие символы (не двоичный ли это файл?); удалите их.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An article may have at most {tags_max} tags; it has {count}.</source>
        <translation>У статьи может быть не больше {tags_max} тегов; сейчас их {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag “{tag}” must be 1 to {tag_max} characters long.</source>
        <translation>Тег «{tag}» должен содержать от 1 до {tag_max} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag “{tag}” contains control or text-direction characters; remove them.</source>
        <translation>Тег «{tag}» содержит управляющие символы или символы направления текста; удалите их.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone “{time_zone}” is unknown; use an IANA name such as Europe/Moscow.</source>
        <translation>Неизвестный часовой пояс «{time_zone}»; используйте имя IANA, например Europe/Moscow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The publication time must carry a time zone offset.</source>
        <translation>Во времени публикации должно быть смещение часового пояса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The publication time {time} is outside the years {first}–{last}; correct it.</source>
        <translation>Время публикации {time} выходит за пределы {first}–{last} годов; исправьте его.</translation>
    </message>
    <message>
        <location filename="../../domain/mentions/importing.py" line="+80"/>
        <source>{line}: kind “{value}” is unknown; use one of {items}.</source>
        <translation>{line}: неизвестный вид «{value}»; используйте один из: {items}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line}: “{text}” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>{line}: «{text}» — не дата; запишите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{source}: no “name” column (or ФИО / Полное наименование) in the first row.</source>
        <translation>{source}: в первой строке нет столбца «name» (или «ФИО» / «Полное наименование»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: no “kind” column (or Тип / Вид) in the first row.</source>
        <translation>{source}: в первой строке нет столбца «kind» (или «Тип» / «Вид»).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{line}: the name is empty.</source>
        <translation>{line}: имя не заполнено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{line}: {problem}</source>
        <translation>{line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../domain/mentions/entities.py" line="+89"/>
        <source>An entity needs a name as written in the official list.</source>
        <translation>У записи должно быть имя в точности как в официальном перечне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 500 characters; shorten it.</source>
        <translation>Имя длиннее 500 символов; сократите его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender “{gender}” is unknown; use m, f or leave it empty.</source>
        <translation>Неизвестный пол «{gender}»; используйте m, f или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the exclusion date is before the inclusion date; correct one of them.</source>
        <translation>{name}: дата исключения раньше даты включения; исправьте одну из них.</translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="+275"/>
        <source>{role} cannot {what}; ask an editor.</source>
        <translation>{role} не может {what}; обратитесь к редактору.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{role} can {action} only {scopes}; ask an editor.</source>
        <translation>{role} может {action} только {scopes}; обратитесь к редактору.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot {action}: the article is {status}; {action} is allowed from {states}.</source>
        <translation>Нельзя {action}: статус статьи — «{status}»; это возможно только из статуса: {states}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot {action}: the article is {status}; {role} may {action} it only from {states}, so ask an editor.</source>
        <translation>Нельзя {action}: статус статьи — «{status}»; {role} может сделать это только из статуса: {states}, поэтому обратитесь к редактору.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot return the article without a note; tell the author what to change.</source>
        <translation>Нельзя вернуть статью без замечания; напишите автору, что нужно исправить.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>“{requested}” is not an article state; use one of {states}.</source>
        <translation>«{requested}» — не статус статьи; используйте один из: {states}.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Cannot {verb}: the {missing} is missing; fill it in and try again.</source>
        <translation>Нельзя {verb}: не заполнено поле «{missing}»; заполните его и повторите попытку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot {verb}: the {missing} are missing; fill them in and try again.</source>
        <translation>Нельзя {verb}: не заполнены поля {missing}; заполните их и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../domain/markup_limits.py" line="+48"/>
        <source>The body nests lists or quotes more than {max_block_depth} levels deep; flatten them and try again.</source>
        <translation>В тексте списки или цитаты вложены глубже {max_block_depth} уровней; упростите их и повторите попытку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The body has more than {max_bracket_depth} “[” open in one paragraph; close or remove them and try again.</source>
        <translation>В одном абзаце текста открыто больше {max_bracket_depth} скобок «[»; закройте или удалите их и повторите попытку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The body nests HTML elements more than {max_tag_depth} deep; remove the extra tags and try again.</source>
        <translation>В тексте элементы HTML вложены глубже {max_tag_depth} уровней; удалите лишние теги и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../domain/frontmatter.py" line="-105"/>
        <source>The front matter uses a YAML alias (*name); write the value out instead.</source>
        <translation>В заголовочном блоке (front matter) используется псевдоним YAML (*name); запишите значение полностью.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The front matter has more than {max_nodes:,} values; it is not an article&apos;s.</source>
        <translation>В заголовочном блоке больше {max_nodes:,} значений; это не заголовок статьи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The front matter nests more than {max_depth} levels deep; use plain “key: value” lines and lists of text.</source>
        <translation>В заголовочном блоке вложенность глубже {max_depth} уровней; используйте простые строки «ключ: значение» и списки текста.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A front matter list has more than {max_list_items} items.</source>
        <translation>В списке заголовочного блока больше {max_list_items} элементов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The front matter has no closing “---” line; close it or remove the opening one.</source>
        <translation>У заголовочного блока нет закрывающей строки «---»; добавьте её или удалите открывающую.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The front matter is {count:,} characters long; the limit is {front_matter_max:,}. Is the closing “---” line missing?</source>
        <translation>Длина заголовочного блока — {count:,} символов; предел — {front_matter_max:,}. Может быть, нет закрывающей строки «---»?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The front matter cannot be read{where}: {problem}; fix the YAML between the --- lines.</source>
        <translation>Не удалось прочитать заголовочный блок{where}: {problem}; исправьте YAML между строками ---.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The front matter must be a list of “key: value” lines.</source>
        <translation>Заголовочный блок должен состоять из строк «ключ: значение».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The front matter key “{key}” must be text, not a list.</source>
        <translation>Ключ заголовочного блока «{key}» должен быть текстом, а не списком.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>published_at needs a time and an offset, e.g. 2022-01-06T21:33:00+03:00.</source>
        <translation>В published_at нужны время и смещение, например 2022-01-06T21:33:00+03:00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published_at is too long to be a time; write it like 2022-01-06T21:33:00+03:00.</source>
        <translation>published_at слишком длинное для времени; запишите его как 2022-01-06T21:33:00+03:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>published_at “{value}” is not an ISO 8601 time; write it like 2022-01-06T21:33:00+03:00.</source>
        <translation>published_at «{value}» — не время в формате ISO 8601; запишите его как 2022-01-06T21:33:00+03:00.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>published_at “{value}” has no UTC offset; add one, e.g. +03:00 for Moscow.</source>
        <translation>В published_at «{value}» нет смещения от UTC; добавьте его, например +03:00 для Москвы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published_at “{value}” is outside the years Desk accepts; correct it.</source>
        <translation>published_at «{value}» выходит за пределы лет, которые принимает Desk; исправьте его.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The front matter key “tags” must be a list of words or phrases.</source>
        <translation>Ключ заголовочного блока «tags» должен быть списком слов или фраз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An article may have at most {tags_max} tags; the front matter lists {count}.</source>
        <translation>У статьи может быть не больше {tags_max} тегов; в заголовочном блоке их {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The front matter key “photo_sha256” must be a SHA-256 digest (64 hexadecimal digits), as Desk exports it; correct it or remove the line.</source>
        <translation>Ключ «photo_sha256» в заголовке файла должен быть хешем SHA-256 (64 шестнадцатеричные цифры), как его экспортирует Desk; исправьте его или удалите строку.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The front matter key “photo_file” must be the name of a file beside the Markdown file, e.g. article.jpg, not a path.</source>
        <translation>Ключ «photo_file» в заголовке файла должен быть именем файла рядом с файлом Markdown, например article.jpg, а не путём.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="-17"/>
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
    <name>FieldConflicts</name>
    <message>
        <location filename="../../ui/field/conflicts.py" line="+46"/>
        <source>Conflict not resolved</source>
        <translation>Конфликт не разрешён</translation>
    </message>
</context>
<context>
    <name>FieldController</name>
    <message>
        <location filename="../../ui/field/controller.py" line="+125"/>
        <source>Field: {where}</source>
        <translation>Полевая база: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field workspace {path}, linked to {where}</source>
        <translation>Полевая рабочая база {path}, связана с {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send what is queued to the newsroom now ({shortcut})</source>
        <translation>Отправить в редакцию всё, что в очереди ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ield</source>
        <translation>По&amp;ле</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server {server}, database “{database}”</source>
        <translation>сервер {server}, база данных «{database}»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Field workspace linked to {where} as {login}.</source>
        <translation>Полевая рабочая база связана с {where}, пользователь {login}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send now: {send} · Outbox: {outbox} (or click here)</source>
        <translation>Отправить сейчас: {send} · Исходящие: {outbox} (или щёлкните здесь)</translation>
    </message>
</context>
<context>
    <name>FieldStatus</name>
    <message numerus="yes">
        <location filename="../../ui/field/status.py" line="+26"/>
        <source>%n needs attention</source>
        <translation>
            <numerusform>%n требует внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n требует внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending {done} of {total}…</source>
        <translation>Отправка {done} из {total}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — {count} queued</source>
        <translation>Нет связи — в очереди: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online — {count} queued</source>
        <translation>На связи — в очереди: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sent {time}</source>
        <translation>Всё отправлено в {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../domain/article.py" line="+23"/>
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
        <location line="+3"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slug</source>
        <translation>ярлык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lede</source>
        <translation>лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dateline place</source>
        <translation>место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication time</source>
        <translation>время публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo caption</source>
        <translation>подпись к фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo credit</source>
        <translation>автор фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo source link</source>
        <translation>ссылка на источник фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored photo</source>
        <translation>сохранённое фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note to editors</source>
        <translation>заметка для редакторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../ui/article_list/filter_bar.py" line="+311"/>
        <source>%n statuses</source>
        <translation>
            <numerusform>%n статус</numerusform>
            <numerusform>%n статуса</numerusform>
            <numerusform>%n статусов</numerusform>
        </translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Search headlines, text and tags…  (Ctrl+L)</source>
        <translation>Поиск по заголовкам, тексту и тегам…  (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Language filter</source>
        <translation>Фильтр по языку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author filter</source>
        <translation>Фильтр по автору</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Any author</source>
        <translation>Любой автор</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Updated from</source>
        <translation>Изменена с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated until</source>
        <translation>Изменена по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date range</source>
        <translation>Сбросить диапазон дат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every article again</source>
        <translation>Снова показать все статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Status: {statuses}</source>
        <translation>Статус: {statuses}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>любой</translation>
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
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/workflow/history.py" line="+44"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Отправлена на проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiked</source>
        <translation>Снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspiked</source>
        <translation>Возвращена в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction started</source>
        <translation>Начато исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction published</source>
        <translation>Исправление опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Восстановлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Импортирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicated</source>
        <translation>Скопирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation started</source>
        <translation>Начат перевод</translation>
    </message>
    <message numerus="yes">
        <location line="+427"/>
        <source>%n revision</source>
        <translation>
            <numerusform>%n версия</numerusform>
            <numerusform>%n версия</numerusform>
            <numerusform>%n версия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revisions</source>
        <translation>
            <numerusform>%n версия</numerusform>
            <numerusform>%n версии</numerusform>
            <numerusform>%n версий</numerusform>
        </translation>
    </message>
    <message>
        <location line="-417"/>
        <source>Select a revision to see what it changed, or Ctrl+click two revisions to compare them.</source>
        <translation>Выберите версию, чтобы увидеть её изменения, или выделите две версии с Ctrl, чтобы сравнить их.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>State changed from {before} to {after}</source>
        <translation>Статус изменён: {before} → {after}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State stayed {state}</source>
        <translation>Статус не изменился: {state}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;previous</source>
        <translation>&amp;Сравнить с предыдущей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected revision with the one before it</source>
        <translation>Сравнить выбранную версию с предыдущей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;store this revision…</source>
        <translation>&amp;Восстановить эту версию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unchanged paragraphs</source>
        <translation>Показывать неизменённые абзацы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+143"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Restore revision</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make revision {number} ({time}, {author}) the current text? Desk saves it as a new revision; nothing in the history is lost.</source>
        <translation>Сделать версию {number} ({time}, {author}) текущим текстом? Desk сохранит её как новую версию; история при этом не теряется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore the revision</source>
        <translation>Не удалось восстановить версию</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revision {number} created the article; select another revision to compare with it.</source>
        <translation>Версией {number} статья была создана; выберите ещё одну версию, чтобы сравнить с ней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two revisions to compare them (Ctrl+click the second).</source>
        <translation>Выберите две версии для сравнения (вторую — щелчком с Ctrl).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You cannot change this article while it is {status}.</source>
        <translation>Эту статью нельзя менять, пока её статус — «{status}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this revision&apos;s text current again, as a new revision</source>
        <translation>Снова сделать текст этой версии текущим — в виде новой версии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../domain/article.py" line="-269"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
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
    <name>Lists</name>
    <message>
        <location filename="../../domain/messages.py" line="+58"/>
        <source>{items} and {last}</source>
        <translation>{items} и {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items} or {last}</source>
        <translation>{items} или {last}</translation>
    </message>
</context>
<context>
    <name>LockBadges</name>
    <message>
        <location filename="../../ui/locks.py" line="+145"/>
        <source>being edited by you in another window</source>
        <translation>редактируется вами в другом окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being edited by {name}</source>
        <translation>редактирует {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+54"/>
        <source>Something went wrong ({error}); nothing more was written — please report this.</source>
        <translation>Что-то пошло не так ({error}); больше ничего не записано — сообщите, пожалуйста, об ошибке.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;in</source>
        <translation>Новая на &amp;языке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot open the workspace</source>
        <translation>Не удалось открыть рабочую базу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {path}</source>
        <translation>Открыта база {path}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered “{headline}”; save it to keep it.</source>
        <translation>Восстановлена статья «{headline}»; сохраните её, чтобы не потерять.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled article</source>
        <translation>Статья без заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Refreshing the article list…</source>
        <translation>Обновление списка статей…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot duplicate</source>
        <translation>Не удалось создать копию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicated as a new draft: “{headline}”</source>
        <translation>Создан новый черновик-копия: «{headline}»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Importing %n Markdown file(s)…</source>
        <translation>
            <numerusform>Импорт файлов Markdown: %n…</numerusform>
            <numerusform>Импорт файлов Markdown: %n…</numerusform>
            <numerusform>Импорт файлов Markdown: %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Импорт {done} из {total}: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_texts.py" line="+19"/>
        <source>&amp;New article</source>
        <translation>&amp;Новая статья</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new article</source>
        <translation>Начать новую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Russian article</source>
        <translation>Новая статья на &amp;русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;English article</source>
        <translation>Новая статья на &amp;английском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Markdown…</source>
        <translation>&amp;Импорт из Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import articles from Markdown files</source>
        <translation>Импортировать статьи из файлов Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;HTML…</source>
        <translation>Экспорт в &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the article as a web page</source>
        <translation>Сохранить статью как веб-страницу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the article as Markdown</source>
        <translation>Сохранить статью в формате Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую базу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another workspace file, or create one</source>
        <translation>Открыть другой файл рабочей базы или создать новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the article</source>
        <translation>Сохранить статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>Создать &amp;копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new draft from a copy of the article</source>
        <translation>Создать новый черновик из копии статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search articles</source>
        <translation>&amp;Поиск статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search headlines, text and tags</source>
        <translation>Искать в заголовках, тексте и тегах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to article &amp;list</source>
        <translation>К &amp;списку статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;article</source>
        <translation>К ст&amp;атье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the article list again</source>
        <translation>Заново загрузить список статей</translation>
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
    <name>MinorEdit</name>
    <message>
        <location filename="../../ui/window/minor_edit.py" line="+71"/>
        <source>A minor edit is for originals; save a translation with Ctrl+S.</source>
        <translation>Мелкая правка — только для оригиналов; перевод сохраняйте через Ctrl+S.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to save: the article has no unsaved changes.</source>
        <translation>Нечего сохранять: в статье нет несохранённых изменений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Not saved as a minor edit</source>
        <translation>Не сохранено как мелкая правка</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Someone saved this article while you were editing it. Save it normally (Ctrl+S) to see both versions; your text is still in the editor.</source>
        <translation>Пока вы редактировали статью, её сохранил кто-то другой. Сохраните её обычным способом (Ctrl+S), чтобы увидеть обе версии; ваш текст остаётся в редакторе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your text is still in the editor.</source>
        <translation>Ваш текст остаётся в редакторе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “{headline}” as a minor edit: its translations stay current.</source>
        <translation>Статья «{headline}» сохранена как мелкая правка: её переводы остаются актуальными.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../domain/notice.py" line="+51"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>altered</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misplaced</source>
        <translation>не на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicated</source>
        <translation>повторяется</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{kind} (paragraph {number})</source>
        <translation>{kind} (абзац {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice has {count} problems: {problems}.</source>
        <translation>С маркировкой несколько проблем ({count}): {problems}.</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>missing text “{text}”</source>
        <translation>не хватает текста «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing word “{text}”</source>
        <translation>не хватает слова «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing words “{text}”</source>
        <translation>не хватает слов «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra text “{text}”</source>
        <translation>лишний текст «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra word “{text}”</source>
        <translation>лишнее слово «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra words “{text}”</source>
        <translation>лишние слова «{text}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>греческий алфавит</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>invisible character U+{code} ({name})</source>
        <translation>невидимый символ U+{code} ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invisible character U+{code}</source>
        <translation>невидимый символ U+{code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+72"/>
        <source>after “{word}”</source>
        <translation>после «{word}»</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>at the start</source>
        <translation>в начале</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>before “{word}”</source>
        <translation>перед «{word}»</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>inside “{word}”, after “{before}”</source>
        <translation>внутри «{word}», после «{before}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <location line="+3"/>
        <source>{what} {where}</source>
        <translation>{what} {where}</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{script} letter “{letter}” (U+{code}) where {expected_script} “{expected}” is expected</source>
        <translation>буква «{letter}» (U+{code}, {script}) там, где ожидается «{expected}» ({expected_script})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{before}” became “{after}”</source>
        <translation>«{before}» заменено на «{after}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{difference} ({count} times)</source>
        <translation>{difference} (раз: {count})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the first paragraph, directly under the headline</source>
        <translation>первым абзацем, сразу под заголовком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last paragraph</source>
        <translation>последним абзацем</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{text}” is not the exact text</source>
        <translation>«{text}» — не точный текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other text in the same paragraph: “{text}”</source>
        <translation>в том же абзаце другой текст: «{text}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice in paragraph {number} is glued to other text and must be a paragraph of its own.</source>
        <translation>Маркировка в абзаце {number} слита с другим текстом, а должна быть отдельным абзацем.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{difference} (and 1 more difference)</source>
        <translation>{difference} (и ещё одно отличие)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{difference} (and {count} more differences)</source>
        <translation>{difference} (и ещё отличий: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice in paragraph {number} is altered and glued to other text: {detail}.</source>
        <translation>Маркировка в абзаце {number} изменена и слита с другим текстом: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice is altered: {detail}.</source>
        <translation>Маркировка изменена: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice in paragraph {number} is altered and must be {where}: {detail}.</source>
        <translation>Маркировка в абзаце {number} изменена и должна быть {where}: {detail}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The notice is missing: it must be {where}.</source>
        <translation>Маркировки нет: она должна быть {where}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notice is in paragraph {number} but must be {where}.</source>
        <translation>Маркировка стоит в абзаце {number}, а должна быть {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph {number} repeats the notice, which must appear only once.</source>
        <translation>Абзац {number} повторяет маркировку, а она должна быть только одна.</translation>
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
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/field/outbox_dialog.py" line="+32"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice changed</source>
        <translation>Маркировка изменилась</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open article</source>
        <translation>&amp;Открыть статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Разрешить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the new &amp;notice to all</source>
        <translation>Применить новую &amp;маркировку ко всем</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: “{headline}”</source>
        <translation>{kind}: «{headline}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing needs your attention.</source>
        <translation>Ничто не требует вашего внимания.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n needs attention</source>
        <translation>
            <numerusform>%n требует внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n требует внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
            <numerusform>%n требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{queued} queued · {sent} sent · {attention}</source>
        <translation>в очереди: {queued} · отправлено: {sent} · {attention}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n article now carries the new notice; it is queued to be sent.</source>
        <translation>
            <numerusform>Новая маркировка добавлена в %n статью; она в очереди на отправку.</numerusform>
            <numerusform>Новая маркировка добавлена в %n статьи; они в очереди на отправку.</numerusform>
            <numerusform>Новая маркировка добавлена в %n статей; они в очереди на отправку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n articles now carry the new notice; they are queued to be sent.</source>
        <translation>
            <numerusform>Новая маркировка добавлена в %n статью; она в очереди на отправку.</numerusform>
            <numerusform>Новая маркировка добавлена в %n статьи; они в очереди на отправку.</numerusform>
            <numerusform>Новая маркировка добавлена в %n статей; они в очереди на отправку.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New notice applied</source>
        <translation>Новая маркировка применена</translation>
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
    <name>Prompts</name>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="+60"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved translation</source>
        <translation>Несохранённый перевод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation “{headline}” has unsaved changes. Save them?</source>
        <translation>В переводе «{headline}» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Markdown articles</source>
        <translation>Импорт статей из Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export as HTML page</source>
        <translation>Экспорт в HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML page (*.html)</source>
        <translation>Страница HTML (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown</source>
        <translation>Экспорт в Markdown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_gaps.py" line="+11"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/queue.py" line="-401"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lang</source>
        <translation>Яз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Submitted by {login}; byline: {byline}</source>
        <translation>Отправил(а): {login}; подпись: {byline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted {time}</source>
        <translation>Отправлена {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no dateline</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>translation</source>
        <translation>перевод</translation>
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
    <name>ReturnedList</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/returned.py" line="+337"/>
        <source>%n article to fix</source>
        <translation>
            <numerusform>%n статья на доработку</numerusform>
            <numerusform>%n статья на доработку</numerusform>
            <numerusform>%n статья на доработку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n articles to fix</source>
        <translation>
            <numerusform>%n статья на доработку</numerusform>
            <numerusform>%n статьи на доработку</numerusform>
            <numerusform>%n статей на доработку</numerusform>
        </translation>
    </message>
    <message>
        <location line="-250"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>returned {ago} · {time}</source>
        <translation>возвращена {ago} · {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editor&apos;s note:
{note}</source>
        <translation>Замечание редактора:
{note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>No note was recorded.</source>
        <translation>Замечание не оставлено.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>EDITOR&apos;S NOTE</source>
        <translation>ЗАМЕЧАНИЕ РЕДАКТОРА</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+121"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Returned to you</source>
        <translation>Возвращены вам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an article, make the changes the note asks for, and submit it again.</source>
        <translation>Откройте статью, внесите правки по замечанию и снова отправьте её на проверку.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No workspace is open.</source>
        <translation>Рабочая база не открыта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been returned to you.</source>
        <translation>Вам ничего не возвращали.</translation>
    </message>
</context>
<context>
    <name>RevisionDiffView</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/diff_view.py" line="+102"/>
        <source>%n unchanged paragraph</source>
        <translation>
            <numerusform>%n неизменённый абзац</numerusform>
            <numerusform>%n неизменённый абзац</numerusform>
            <numerusform>%n неизменённый абзац</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged paragraphs</source>
        <translation>
            <numerusform>%n неизменённый абзац</numerusform>
            <numerusform>%n неизменённых абзаца</numerusform>
            <numerusform>%n неизменённых абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n field changed</source>
        <translation>
            <numerusform>изменено %n поле</numerusform>
            <numerusform>изменено %n поле</numerusform>
            <numerusform>изменено %n поле</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fields changed</source>
        <translation>
            <numerusform>изменено %n поле</numerusform>
            <numerusform>изменено %n поля</numerusform>
            <numerusform>изменено %n полей</numerusform>
        </translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Select a revision to see what it changed, or Ctrl+click two revisions to compare them.</source>
        <translation>Выберите версию, чтобы увидеть её изменения, или выделите две версии с Ctrl, чтобы сравнить их.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The two revisions have the same text, metadata and state.</source>
        <translation>У этих двух версий одинаковые текст, метаданные и статус.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no field changed</source>
        <translation>поля не изменились</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {number}</source>
        <translation>Версия {number}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="-149"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Администратор</translation>
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
    <name>StatusBadge</name>
    <message>
        <location filename="../../ui/editor/fields.py" line="+181"/>
        <source>Status: {status}. It changes through Submit, Approve, Publish… not here.</source>
        <translation>Статус: {status}. Он меняется командами «Отправить на проверку», «Одобрить», «Опубликовать»…, а не здесь.</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+64"/>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
</context>
<context>
    <name>TranslationBadges</name>
    <message>
        <location filename="../../ui/article_list/translation_badges.py" line="+24"/>
        <source>translation outdated</source>
        <translation>перевод устарел</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n translation</source>
        <translation>
            <numerusform>%n перевод</numerusform>
            <numerusform>%n перевод</numerusform>
            <numerusform>%n перевод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n translations</source>
        <translation>
            <numerusform>%n перевод</numerusform>
            <numerusform>%n перевода</numerusform>
            <numerusform>%n переводов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{translations} · {count} outdated</source>
        <translation>{translations} · устарели: {count}</translation>
    </message>
</context>
<context>
    <name>WindowConnect</name>
    <message>
        <location filename="../../ui/window/connect.py" line="+63"/>
        <source>Desk could not open the local workspace ({error}); try again.</source>
        <translation>Desk не удалось открыть локальную рабочую базу ({error}); попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk could not open {where} ({error}); try again, check the profile, or open the local workspace.</source>
        <translation>Desk не удалось открыть {where} ({error}); попробуйте ещё раз, проверьте профиль или откройте локальную рабочую базу.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Connect to shared database…</source>
        <translation>&amp;Подключиться к общей базе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on the newsroom&apos;s shared database (profiles, connection test, keyring)</source>
        <translation>Работать в общей базе редакции (профили, проверка подключения, хранилище паролей)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;local workspace</source>
        <translation>Открыть &amp;локальную базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the workspace on this computer</source>
        <translation>Перейти к рабочей базе на этом компьютере</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not connected: the open article was kept.</source>
        <translation>Подключение отменено: открытая статья осталась на месте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to {where}…</source>
        <translation>Подключение к {where}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to {where} as {login} ({role}).</source>
        <translation>Подключено к {where}: {login} ({role}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected: {reason}</source>
        <translation>Нет подключения: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the local workspace already.</source>
        <translation>Локальная рабочая база уже открыта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local workspace was not opened: the open article was kept.</source>
        <translation>Локальная рабочая база не открыта: открытая статья осталась на месте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the local workspace…</source>
        <translation>Открывается локальная рабочая база…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened the local workspace {path}.</source>
        <translation>Открыта локальная рабочая база {path}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stayed in the current workspace: the open article was kept.</source>
        <translation>Вы остались в текущей рабочей базе: открытая статья осталась на месте.</translation>
    </message>
</context>
<context>
    <name>WindowLanguage</name>
    <message>
        <location filename="../../ui/window/language.py" line="+65"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Desk in the language of the system (English when it is neither English nor Russian)</source>
        <translation>Показывать Desk на языке системы (на английском, если это не английский и не русский)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The {language} translation is not installed; Desk stays in English — reinstall Desk to get it.</source>
        <translation>Перевод «{language}» не установлен; Desk остаётся на английском — переустановите Desk, чтобы его получить.</translation>
    </message>
</context>
<context>
    <name>WindowLive</name>
    <message>
        <location filename="../../ui/window/live.py" line="+31"/>
        <source>Connection lost — reconnecting…</source>
        <translation>Связь потеряна — переподключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnected — refreshing the list…</source>
        <translation>Связь восстановлена — обновление списка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnected — list refreshed</source>
        <translation>Связь восстановлена — список обновлён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates cannot reach the server yet; Desk keeps trying — your open text is kept.</source>
        <translation>Обновления в реальном времени пока не доходят до сервера; Desk продолжает попытки — открытый текст сохранён.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Someone else saved a newer version of this article (version {version}); when you save, you compare the two and merge — nothing is lost.</source>
        <translation>Кто-то сохранил более новую версию этой статьи (версия {version}); при сохранении вы сравните обе и объедините их — ничего не потеряется.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updated to version {version}, saved by someone else.</source>
        <translation>Обновлено до версии {version}, сохранённой другим пользователем.</translation>
    </message>
</context>
<context>
    <name>WindowLocks</name>
    <message>
        <location filename="../../ui/window/locks.py" line="+103"/>
        <source>You took over editing from {name}; the takeover is in the article&apos;s history.</source>
        <translation>Вы перехватили редактирование у пользователя {name}; перехват записан в историю статьи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} closed the article; you can edit it now.</source>
        <translation>{name} закрыл(а) статью; теперь её можно редактировать.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is editing this article too (since {since}); when you save, you compare the two and merge — nothing is lost.</source>
        <translation>Эту статью также редактирует {name} (с {since}); при сохранении вы сравните обе версии и объедините их — ничего не потеряется.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You are editing this article in another window since {since}; close it there to edit it here.</source>
        <translation>Вы редактируете эту статью в другом окне с {since}; закройте её там, чтобы редактировать здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being edited by {name} since {since}; their saves appear here as they make them.</source>
        <translation>Статью редактирует {name} с {since}; сохранения видны здесь сразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over to edit it now — they keep their text and merge it when they next save.</source>
        <translation>Перехватите редактирование, чтобы править сейчас, — текст останется у автора, и он объединит его при следующем сохранении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It becomes editable when they close it.</source>
        <translation>Статью можно будет редактировать, когда её закроют.</translation>
    </message>
</context>
<context>
    <name>WindowPairing</name>
    <message>
        <location filename="../../ui/window/pairing.py" line="+142"/>
        <source>Translation pairing</source>
        <translation>Перевод бок о бок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation pairing · Russian → English</source>
        <translation>Перевод бок о бок · русский → английский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation pairing · English → Russian</source>
        <translation>Перевод бок о бок · английский → русский</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Creating the translation…</source>
        <translation>Создаётся перевод…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created the English translation; write it pair by pair and mark each one translated (Ctrl+Enter).</source>
        <translation>Создан перевод на английский; переводите абзац за абзацем и отмечайте каждый переведённым (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created the Russian translation; write it pair by pair and mark each one translated (Ctrl+Enter).</source>
        <translation>Создан перевод на русский; переводите абзац за абзацем и отмечайте каждый переведённым (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This article already has that translation; it is open here.</source>
        <translation>У статьи уже есть такой перевод; он открыт здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot translate</source>
        <translation>Не удалось создать перевод</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the pairing view</source>
        <translation>Не удалось открыть перевод бок о бок</translation>
    </message>
</context>
<context>
    <name>WindowSidebar</name>
    <message>
        <location filename="../../ui/window/sidebar.py" line="+53"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s queue</source>
        <translation>Очередь редактора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to me</source>
        <translation>Возвращённые мне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted articles of both languages, oldest first (Ctrl+Shift+Q)</source>
        <translation>Статьи на проверке на обоих языках, сначала самые старые (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your articles an editor sent back, with the note</source>
        <translation>Ваши статьи, которые редактор вернул на доработку, с замечанием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>WindowWorkflow</name>
    <message>
        <location filename="../../ui/window/workflow.py" line="+106"/>
        <source>Save as &amp;minor edit</source>
        <translation>Сохранить как &amp;мелкую правку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a small fix (a typo, punctuation) so that the translations stay current</source>
        <translation>Сохранить мелкое исправление (опечатку, пунктуацию), чтобы переводы остались актуальными</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;pairing view</source>
        <translation>Открыть перевод &amp;бок о бок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the translation next to its original, paragraph by paragraph</source>
        <translation>Показать перевод рядом с оригиналом, абзац за абзацем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the article</source>
        <translation>&amp;Назад к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the pairing page for the article list and editor</source>
        <translation>Вернуться от перевода бок о бок к списку статей и редактору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;queue</source>
        <translation>О&amp;чередь редактора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted articles waiting for an editor, oldest first</source>
        <translation>Статьи на проверке, ожидающие редактора, сначала самые старые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turned to me</source>
        <translation>&amp;Возвращённые мне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your articles an editor returned, with the note</source>
        <translation>Ваши статьи, которые редактор вернул на доработку, с замечанием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every save and transition of the article, compared and restorable</source>
        <translation>Все сохранения и смены статуса статьи — со сравнением и восстановлением</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the translation of this article and open it side by side with the original</source>
        <translation>Создать перевод этой статьи и открыть его рядом с оригиналом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Workflow</source>
        <translation>Вып&amp;уск</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Save your changes first.</source>
        <translation>Сначала сохраните изменения.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The stored article changed; your unsaved text is still in the editor.</source>
        <translation>Сохранённая статья изменилась; ваш несохранённый текст остаётся в редакторе.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;Translate into English</source>
        <translation>&amp;Перевести на английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate into Russian</source>
        <translation>&amp;Перевести на русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot spike</source>
        <translation>Не удалось снять статью</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in pairing view</source>
        <translation>Открыть перевод бок о бок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate into Russian</source>
        <translation>Перевести на русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into English</source>
        <translation>Перевести на английский</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open its translation in pairing view</source>
        <translation>Открыть её перевод бок о бок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spike…</source>
        <translation>Снять статью…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../domain/article.py" line="+25"/>
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
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation>опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>возвращена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spiked</source>
        <translation>снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected</source>
        <translation>исправлена</translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="-416"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>correspondent</source>
        <translation>корреспондент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a correspondent</source>
        <translation>корреспондент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>translator</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a translator</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submit</source>
        <translation>отправить на проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>одобрить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return</source>
        <translation>вернуть на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <translation>опубликовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spike</source>
        <translation>снять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspike</source>
        <translation>вернуть в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct</source>
        <translation>начать исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish correction</source>
        <translation>опубликовать исправление</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>any article</source>
        <translation>любую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their own articles</source>
        <translation>свои статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translations</source>
        <translation>переводы</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>submit articles</source>
        <translation>отправлять статьи на проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve articles</source>
        <translation>одобрять статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return articles</source>
        <translation>возвращать статьи на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish articles</source>
        <translation>публиковать статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spike articles</source>
        <translation>снимать статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspike articles</source>
        <translation>возвращать снятые статьи в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start corrections</source>
        <translation>начинать исправления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish corrections</source>
        <translation>публиковать исправления</translation>
    </message>
    <message>
        <location line="+230"/>
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
    <name>WorkflowActions</name>
    <message>
        <location filename="../../ui/workflow/actions.py" line="+34"/>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Отправить на проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the article to the editors&apos; queue</source>
        <translation>Отправить статью в очередь редакторов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>О&amp;добрить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve this revision of the article</source>
        <translation>Одобрить эту версию статьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Return with note…</source>
        <translation>&amp;Вернуть с замечанием…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the article back to its author with a note</source>
        <translation>Вернуть статью автору с замечанием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish…</source>
        <translation>О&amp;публиковать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the approved article</source>
        <translation>Опубликовать одобренную статью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spi&amp;ke…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the article from the workflow (an editor can unspike it)</source>
        <translation>Убрать статью из работы (редактор может вернуть её)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unspike</source>
        <translation>Вернуть в &amp;работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a spiked article back as a draft</source>
        <translation>Вернуть снятую статью как черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;correction</source>
        <translation>Начать &amp;исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a correction of the published article</source>
        <translation>Начать исправление опубликованной статьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish c&amp;orrection…</source>
        <translation>Опубликовать и&amp;справление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the corrected article</source>
        <translation>Опубликовать исправленную статью</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted {headline}</source>
        <translation>Отправлена на проверку: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved {headline}</source>
        <translation>Одобрена: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned {headline}</source>
        <translation>Возвращена: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published {headline}</source>
        <translation>Опубликована: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiked {headline}</source>
        <translation>Снята: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspiked {headline}</source>
        <translation>Возвращена в работу: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction started for {headline}</source>
        <translation>Начато исправление: {headline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published the correction of {headline}</source>
        <translation>Опубликовано исправление: {headline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{headline}”</source>
        <translation>«{headline}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the article (no headline yet)</source>
        <translation>статья (пока без заголовка)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot {action}</source>
        <translation>Нельзя {action}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Return to the author</source>
        <translation>Вернуть автору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return {headline} to its author. The author sees this note with the article:</source>
        <translation>Вернуть {headline} автору. Автор увидит это замечание вместе со статьёй:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spike the article</source>
        <translation>Снять статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spike {headline}? It leaves the workflow; an editor can unspike it later.</source>
        <translation>Снять {headline}? Статья выйдет из работы; позже редактор сможет её вернуть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spike</source>
        <translation>Снять</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Publish the correction of {headline} now? Readers see it at once.</source>
        <translation>Опубликовать исправление {headline} сейчас? Читатели увидят его сразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish {headline} now? Readers see it at once.</source>
        <translation>Опубликовать {headline} сейчас? Читатели увидят её сразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{tip} — not available to you while the article is {status}</source>
        <translation>{tip} — недоступно вам, пока статус статьи — «{status}»</translation>
    </message>
</context>
<context>
    <name>WorkflowCommon</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/common.py" line="+93"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{age} ago</source>
        <translation>{age} назад</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Desk hit an unexpected error ({error}); nothing more was changed — try again, and report it if it happens again.</source>
        <translation>В Desk произошла непредвиденная ошибка ({error}); больше ничего не изменено — повторите попытку и сообщите об ошибке, если она повторится.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabel</name>
    <message>
        <location filename="../../services/workspace_label.py" line="+20"/>
        <source>Local: {name}</source>
        <translation>Локальная: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local workspace {path}</source>
        <translation>Локальная рабочая база {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared workspace</source>
        <translation>Общая рабочая база</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared workspace: database {database} on {server}</source>
        <translation>Общая рабочая база: база данных {database} на {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}, signed in as {login}</source>
        <translation>{where}, вход как {login}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} (TLS: {mode})</source>
        <translation>{where} (TLS: {mode})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: {where}</source>
        <translation>Общая: {where}</translation>
    </message>
</context>
</TS>
