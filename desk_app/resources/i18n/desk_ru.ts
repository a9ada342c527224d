<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <location line="+23"/>
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
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+64"/>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
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
