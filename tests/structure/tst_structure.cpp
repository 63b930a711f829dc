// The project's layout rules, read from the sources: which library may include which, where the console's
// core ends and its widgets begin, that panes stay out of each other's headers, how large a file or a
// function may grow, and what is written exactly once (each forensic sentence, the hop-by-hop header list, the
// reader of a pasted signature line, the code that posts a webhook, the redaction marker). A rule that the code does not meet yet is listed with the place that breaks it (and, for
// sizes, the figure it may not exceed); the list only shrinks, and a listed place that meets the rule fails
// the test until it is taken off.

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Source = QStringLiteral(XIDENT_SOURCE_DIR "/src");

struct Include
{
    QString target; // as written, without the quotes or angle brackets
    bool angled = false;
    int line = 0;
};

struct Function
{
    QString name;
    int firstLine = 0;
    int lastLine = 0;
    int lines() const { return lastLine - firstLine + 1; }
};

struct SourceFile
{
    QString path; // relative to src/, with forward slashes
    QString text;
    QString code; // comments, literals and preprocessor lines blanked; newlines kept
    QList<Include> includes;
    int lineCount = 0;
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The text with comments, string and character literals (raw strings too) and preprocessor lines replaced
// by spaces, so that braces and names inside them do not count. Line breaks are kept.
QString blanked(const QString &text)
{
    QString out = text;
    const qsizetype n = text.size();
    auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < n; ++k) {
            if (out[k] != u'\n')
                out[k] = u' ';
        }
    };
    bool lineStart = true;
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == u'\n') {
            lineStart = true;
            ++i;
            continue;
        }
        if (lineStart && c == u'#') {
            qsizetype end = i;
            while (end < n && (text[end] != u'\n' || text[end - 1] == u'\\'))
                ++end;
            blank(i, end);
            i = end;
            continue;
        }
        if (!c.isSpace())
            lineStart = false;
        if (c == u'/' && i + 1 < n && text[i + 1] == u'/') {
            const qsizetype end = text.indexOf(u'\n', i);
            blank(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == u'/' && i + 1 < n && text[i + 1] == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            blank(i, end < 0 ? n : end + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'"' && i > 0 && text[i - 1] == u'R' && (i < 2 || !isIdentifierChar(text[i - 2])
                                                                   || text.mid(i - 3, 2) == u"u8"_s
                                                                   || QStringView(u"uUL").contains(text[i - 2]))) {
            const qsizetype open = text.indexOf(u'(', i);
            const QString close = u')' + text.mid(i + 1, open - i - 1) + u'"';
            const qsizetype end = text.indexOf(close, open);
            blank(i + 1, end < 0 ? n : end + close.size() - 1);
            i = end < 0 ? n : end + close.size();
        } else if (c == u'"' || (c == u'\'' && !(i > 0 && text[i - 1].isDigit()))) {
            qsizetype k = i + 1;
            while (k < n && text[k] != c && text[k] != u'\n')
                k += text[k] == u'\\' ? 2 : 1;
            blank(i + 1, k);
            i = k + 1;
        } else {
            ++i;
        }
    }
    return out;
}

int lineAt(const QString &code, qsizetype pos)
{
    return int(QStringView(code).left(pos).count(u'\n')) + 1;
}

// Function bodies at namespace or class level, with their lines from the signature to the closing brace;
// lambdas and local classes count in the function around them. Braces after a constructor's member names
// (": m_a{x}") are initialisers, not bodies.
QList<Function> functionsIn(const QString &code)
{
    enum Kind { Namespace, Class, Body, Initialiser, Other };
    struct Block
    {
        Kind kind;
        int firstLine;
        QString name;
    };
    static const QRegularExpression label(
        u"^\\s*(?:(?:public|protected|private)(?:\\s+(?:Q_SLOTS|Q_SIGNALS|slots))?\\s*:(?!:)|Q_OBJECT|Q_GADGET|"
        "Q_NAMESPACE|[A-Z][A-Z0-9_]*\\s*\\([^;{]*?\\)\\s*\\n)"_s);
    static const QRegularExpression namespaceOrLinkage(u"\\b(namespace|extern)\\b"_s);
    static const QRegularExpression classHead(u"^\\s*(?:template\\s*<[^{]*>\\s*)?(?:class|struct|union)\\b"_s);
    static const QRegularExpression initialiserList(u"\\)\\s*(?:noexcept\\s*)?:(?!:)"_s);
    static const QRegularExpression name(u"([~\\w:]+)\\s*$"_s);

    QList<Function> functions;
    QList<Block> stack;
    qsizetype chunk = 0;
    auto insideBody = [&] {
        return std::any_of(stack.cbegin(), stack.cend(), [](const Block &b) { return b.kind == Body || b.kind == Other; });
    };
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';' && !insideBody()) {
            chunk = i + 1;
        } else if (c == u'{') {
            if (insideBody()) {
                stack.append({Other, 0, {}});
                continue;
            }
            QString head = code.mid(chunk, i - chunk);
            qsizetype skip = 0;
            for (QRegularExpressionMatch m = label.match(head); m.hasMatch() && m.capturedLength() > 0;
                 m = label.match(head)) {
                skip += m.capturedEnd();
                head = head.mid(m.capturedEnd());
            }
            qsizetype start = chunk + skip;
            while (start < i && code[start].isSpace())
                ++start;
            Kind kind = Other;
            if (namespaceOrLinkage.match(head).hasMatch() && !head.contains(u'('))
                kind = Namespace;
            else if (classHead.match(head).hasMatch() && !head.contains(u'='))
                kind = Class;
            else if (head.count(u'(') > head.count(u')'))
                kind = Initialiser;   // a braced argument: f({a, b})
            else if (head.contains(u'(') && initialiserList.match(head).hasMatch() && i > 0 && isIdentifierChar(code[i - 1]))
                kind = Initialiser;
            else if (head.contains(u'('))
                kind = Body;
            QString functionName;
            if (kind == Body)
                functionName = name.match(head.left(head.indexOf(u'('))).captured(1);
            stack.append({kind, lineAt(code, start), functionName});
            if (kind == Namespace || kind == Class)
                chunk = i + 1;
        } else if (c == u'}' && !stack.isEmpty()) {
            const Block b = stack.takeLast();
            if (b.kind == Body)
                functions.append({b.name, b.firstLine, lineAt(code, i)});
            if (b.kind != Initialiser && !insideBody())
                chunk = i + 1;
        }
    }
    return functions;
}

const QList<SourceFile> &sources()
{
    static const QList<SourceFile> all = [] {
        static const QRegularExpression include(u"^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"_s);
        QList<SourceFile> files;
        QDirIterator it(Source, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            SourceFile file;
            file.path = QDir(Source).relativeFilePath(path);
            file.text = QString::fromUtf8(f.readAll());
            file.code = blanked(file.text);
            const QStringList lines = file.text.split(u'\n');
            file.lineCount = int(lines.size()) - (file.text.endsWith(u'\n') ? 1 : 0);
            for (int k = 0; k < lines.size(); ++k) {
                const QRegularExpressionMatch m = include.match(lines[k]);
                if (m.hasMatch())
                    file.includes.append({m.captured(2), m.captured(1) == u"<"_s, k + 1});
            }
            files.append(file);
        }
        std::sort(files.begin(), files.end(), [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
        return files;
    }();
    return all;
}

QString topFolder(const QString &path)
{
    return path.section(u'/', 0, 0);
}

// The console's folder a file belongs to: "core", a feature folder ("sessions", "create", ...), or "" for
// the files beside them (the main window, the application, main.cpp).
QString consoleFolder(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() > 2 && parts[0] == u"console"_s ? parts[1] : QString();
}

const QStringList ProjectFolders{u"console"_s, u"http"_s, u"sandbox"_s, u"scenarios"_s, u"text"_s, u"cli"_s};

// Which of the project's libraries each may include, besides itself (the SDK counts as "XidentQt").
const QHash<QString, QStringList> &allowedLibraries()
{
    static const QHash<QString, QStringList> allowed{
        {u"xident"_s, {}},
        {u"http"_s, {}},
        {u"text"_s, {u"XidentQt"_s}},
        {u"sandbox"_s, {u"XidentQt"_s, u"http"_s}},
        {u"scenarios"_s, {u"XidentQt"_s, u"http"_s, u"sandbox"_s}},
        {u"cli"_s, {u"XidentQt"_s, u"text"_s, u"http"_s, u"scenarios"_s}},
        {u"console"_s, {u"XidentQt"_s, u"text"_s, u"http"_s, u"sandbox"_s, u"scenarios"_s}},
    };
    return allowed;
}

struct Literal
{
    QString text;   // as written between the quotes, escapes and all; adjacent literals joined
    int line = 0;
};

// The string literals of a file (not those of preprocessor lines), adjacent ones ("a" "b", across lines) joined.
QList<Literal> literalsIn(const SourceFile &file)
{
    QList<Literal> out;
    qsizetype lastClose = -1;
    for (qsizetype open = file.code.indexOf(u'"'); open >= 0; open = file.code.indexOf(u'"', lastClose + 1)) {
        const qsizetype close = file.code.indexOf(u'"', open + 1);   // the contents are blanked: no quote inside
        if (close < 0)
            break;
        const QString content = file.text.mid(open + 1, close - open - 1);
        static const QStringList prefixes{QString(), u"u"_s, u"u8"_s, u"U"_s, u"L"_s};
        const bool adjacent = lastClose >= 0
            && prefixes.contains(QStringView(file.code).sliced(lastClose + 1, open - lastClose - 1).trimmed().toString());
        if (adjacent && !out.isEmpty())
            out.last().text += content;
        else
            out.append({content, lineAt(file.code, open)});
        lastClose = close;
    }
    return out;
}

// Places that break a rule today, taken off as the structure work goes on.
const QStringList PaneIncludesPane{};
const QStringList NamesSandboxServer{};
const QHash<QString, int> LongFiles{};
const QHash<QString, int> LongFunctions{};

// QTest cuts long messages: each place goes out on a line of its own, and the failure counts them.
QString report(const QStringList &places)
{
    for (const QString &place : places)
        qWarning().noquote() << place;
    return u"%n place(s), listed above"_s.replace(u"%n"_s, QString::number(places.size()));
}

constexpr int MaxFileLines = 600;
constexpr int MaxFunctionLines = 80;

bool sizeRulesApply(const QString &path)
{
    // src/http and the SDK are exempt; the SDK files the structure work adds or rewrites are not.
    static const QStringList exempt{u"http"_s, u"xident"_s};
    return !exempt.contains(topFolder(path));
}

bool functionRuleApplies(const QString &path)
{
    static const QStringList folders{u"console"_s, u"cli"_s, u"sandbox"_s, u"scenarios"_s};
    return folders.contains(topFolder(path));
}

} // namespace

class tst_Structure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sources().size() > 100, qPrintable(QString::number(sources().size())));
    }

    // The reader of the sources itself: blanking and function spans on code written to trip them.
    void readerFindsFunctions()
    {
        // C++ written to trip the reader (kept in a file of its own: moc would read it as code).
        QFile sample(QStringLiteral(XIDENT_SOURCE_DIR "/tests/structure/reader-sample.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString code = blanked(QString::fromUtf8(sample.readAll()));
        const QList<Function> f = functionsIn(code);
        QCOMPARE(f.size(), 4);
        QCOMPARE(f[0].name, u"inlineBody"_s);
        QCOMPARE(f[0].lines(), 1);
        QCOMPARE(f[1].name, u"slot"_s);
        QCOMPARE(f[1].firstLine, 11);
        QCOMPARE(f[1].lines(), 4);
        QCOMPARE(f[2].name, u"Foo::Foo"_s);
        QCOMPARE(f[2].firstLine, 16);
        QCOMPARE(f[2].lastLine, 23);
        QCOMPARE(f[3].name, u"Bar::Bar"_s);
        QCOMPARE(f[3].lines(), 5);
    }

    void librariesIncludeOnlyWhatTheyStandOn()
    {
        QStringList wrong;
        for (const SourceFile &file : sources()) {
            const QString library = topFolder(file.path);
            if (!allowedLibraries().contains(library))
                continue;
            const QStringList allowed = allowedLibraries().value(library) + QStringList{library};
            for (const Include &inc : file.includes) {
                const QString first = inc.target.section(u'/', 0, 0);
                const bool project = inc.target.contains(u'/') && (ProjectFolders.contains(first) || first == u"XidentQt"_s);
                if (project && !allowed.contains(first == u"xident"_s ? u"XidentQt"_s : first))
                    wrong << u"%1:%2 includes %3"_s.arg(file.path).arg(inc.line).arg(inc.target);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    // Outside the SDK, project headers are named from src/ and the SDK's as installed; every such name exists.
    void includesAreQualifiedAndResolve()
    {
        QStringList wrong;
        const QString sdk = Source + u"/xident/"_s;
        for (const SourceFile &file : sources()) {
            const bool inSdk = topFolder(file.path) == u"xident"_s;
            for (const Include &inc : file.includes) {
                const QString first = inc.target.section(u'/', 0, 0);
                if (inc.angled && first == u"XidentQt"_s) {
                    const QString header = inc.target.section(u'/', 1);
                    if (inSdk)
                        wrong << u"%1:%2: the SDK includes its siblings by their bare names"_s.arg(file.path).arg(inc.line);
                    else if (!QFile::exists(sdk + header) && header != u"xidentversion.h"_s)
                        wrong << u"%1:%2: no SDK header %3"_s.arg(file.path).arg(inc.line).arg(header);
                    continue;
                }
                if (inc.angled || inc.target.startsWith(u"ui_"_s) || inc.target.endsWith(u".moc"_s))
                    continue;
                if (inSdk) {
                    if (inc.target.contains(u'/') || (!QFile::exists(sdk + inc.target) && inc.target != u"xidentversion.h"_s))
                        wrong << u"%1:%2: %3 is not an SDK sibling"_s.arg(file.path).arg(inc.line).arg(inc.target);
                } else if (!ProjectFolders.contains(first) || !QFile::exists(Source + u'/' + inc.target)) {
                    wrong << u"%1:%2: \"%3\" is not a header named from src/"_s.arg(file.path).arg(inc.line).arg(inc.target);
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    void consoleCoreHasNoWidgets()
    {
        QStringList wrong;
        int checked = 0;
        for (const SourceFile &file : sources()) {
            if (consoleFolder(file.path) != u"core"_s)
                continue;
            ++checked;
            for (const Include &inc : file.includes) {
                const bool gui = inc.target.startsWith(u"console/"_s) && !inc.target.startsWith(u"console/core/"_s);
                if (gui || inc.target.contains(u"QtWidgets"_s) || inc.target.startsWith(u"ui_"_s))
                    wrong << u"%1:%2 includes %3"_s.arg(file.path).arg(inc.line).arg(inc.target);
            }
        }
        QVERIFY(checked > 30);
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    void panesStayOutOfEachOther()
    {
        QStringList wrong;
        QStringList still;
        for (const SourceFile &file : sources()) {
            const QString folder = consoleFolder(file.path);
            if (folder.isEmpty() || folder == u"core"_s)
                continue;
            for (const Include &inc : file.includes) {
                const QString other = consoleFolder(inc.target);
                // core and common (widgets several panes show) are there for every feature folder; common
                // itself includes no feature folder.
                if (other.isEmpty() || other == u"core"_s || other == u"common"_s || other == folder)
                    continue;
                const QString place = file.path + u" -> "_s + inc.target;
                if (PaneIncludesPane.contains(place))
                    still << place;
                else
                    wrong << place;
            }
        }
        for (const QString &listed : PaneIncludesPane) {
            if (!still.contains(listed))
                wrong << listed + u" is listed but no longer happens: take it off the list"_s;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    void onlyTheSandboxHostSeesTheServer()
    {
        QStringList wrong;
        QStringList still;
        for (const SourceFile &file : sources()) {
            if (topFolder(file.path) != u"console"_s)
                continue;
            const bool names = file.code.contains(u"Sandbox::Server"_s)
                || std::any_of(file.includes.cbegin(), file.includes.cend(),
                               [](const Include &i) { return i.target == u"sandbox/sandbox.h"_s; });
            const bool host = file.path.startsWith(u"console/core/sandboxhost."_s);
            if (names && !host && !NamesSandboxServer.contains(file.path))
                wrong << file.path;
            if (names && NamesSandboxServer.contains(file.path))
                still << file.path;
        }
        for (const QString &listed : NamesSandboxServer) {
            if (!still.contains(listed))
                wrong << listed + u" is listed but no longer names the server: take it off the list"_s;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    // Each of these is written once in src/: a second copy drifts from the first.
    void eachForensicSentenceOnce()
    {
        const auto finder = std::find_if(sources().cbegin(), sources().cend(), [](const SourceFile &f) {
            return f.path == u"xident/webhookforensics.cpp"_s;
        });
        QVERIFY(finder != sources().cend());
        QStringList sentences;
        for (const Literal &l : literalsIn(*finder)) {
            if (l.text.startsWith(u"Your payload"_s) || l.text.startsWith(u"The s"_s))
                sentences << l.text;
        }
        QVERIFY2(sentences.size() >= 17, qPrintable(QString::number(sentences.size())));
        QStringList wrong;
        for (const QString &sentence : std::as_const(sentences)) {
            QStringList places;
            for (const SourceFile &file : sources()) {
                for (const Literal &l : literalsIn(file)) {
                    if (l.text.contains(sentence))
                        places << u"%1:%2"_s.arg(file.path).arg(l.line);
                }
            }
            if (places.size() != 1)
                wrong << sentence.left(60) + u"… is written at "_s + places.join(u", "_s);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    void oneListOfHopByHopHeaders()
    {
        // A list: four or more of these names, as literals, on two lines (the server's parser reads them one
        // by one, further apart).
        static const QStringList names{u"host"_s, u"content-length"_s, u"connection"_s, u"transfer-encoding"_s,
                                       u"keep-alive"_s, u"expect"_s, u"upgrade"_s, u"te"_s};
        QStringList places;
        for (const SourceFile &file : sources()) {
            QMultiHash<int, QString> byLine;
            for (const Literal &l : literalsIn(file)) {
                if (names.contains(l.text.toLower()))
                    byLine.insert(l.line, l.text.toLower());
            }
            QList<int> lines = byLine.keys();
            std::sort(lines.begin(), lines.end());
            for (int line : std::as_const(lines)) {
                QSet<QString> distinct;
                for (const QString &name : byLine.values(line) + byLine.values(line + 1))
                    distinct.insert(name);
                if (distinct.size() >= 4) {
                    places << u"%1:%2"_s.arg(file.path).arg(line);
                    break;
                }
            }
        }
        const bool once = places.size() == 1 && places.at(0).startsWith(u"xident/webhooksender.cpp:"_s);
        QVERIFY2(once, qPrintable(once ? QString() : report(places)));
    }

    void oneReaderOfAPastedSignatureLine()
    {
        // Pasted text is compared with the header's name in lower case; sending and reading use its own case.
        QStringList places;
        for (const SourceFile &file : sources()) {
            for (const Literal &l : literalsIn(file)) {
                if (l.text == u"x-xident-signature"_s || l.text == u"x-xident-signature:"_s)
                    places << u"%1:%2"_s.arg(file.path).arg(l.line);
            }
        }
        const bool once = places.size() == 1 && places.at(0).startsWith(u"xident/webhookcheck.cpp:"_s);
        QVERIFY2(once, qPrintable(once ? QString() : report(places)));
    }

    void oneCodeThatPostsAWebhook()
    {
        // The SDK's client sends its calls with sendCustomRequest(); a post() on a network access manager is a
        // webhook leaving, and only the SDK's WebhookSender does that. Calls of a WebhookSender's own post()
        // (on a receiver named for it: sender, m_sender) are the ones everybody else makes.
        static const QRegularExpression post(u"([A-Za-z_][A-Za-z0-9_]*)\\s*(->|\\.)\\s*post\\s*\\("_s);
        QStringList places;
        for (const SourceFile &file : sources()) {
            const bool network = std::any_of(file.includes.cbegin(), file.includes.cend(), [](const Include &i) {
                return i.target.startsWith(u"QtNetwork"_s) || i.target.startsWith(u"QNetwork"_s);
            });
            if (!network)
                continue;
            for (auto it = post.globalMatch(file.code); it.hasNext();) {
                const QString receiver = it.next().captured(1);
                if (!receiver.endsWith(u"sender"_s, Qt::CaseInsensitive)) {
                    places << file.path;
                    break;
                }
            }
        }
        const bool once = places == QStringList{u"xident/webhooksender.cpp"_s};
        QVERIFY2(once, qPrintable(once ? QString() : report(places)));
    }

    void oneRedactionMarker()
    {
        // The marker is Xident::RedactionMarker; only the history's migration names it (and the markers
        // earlier versions stored) again, in SQL, to turn old rows' markers into the withheld flag.
        static const QStringList spellings{u"\u2022"_s, u"\\u2022"_s, u"0x2022"_s, u"8226"_s, u"[redacted]"_s,
                                           u"<redacted>"_s};
        QStringList places;
        for (const SourceFile &file : sources()) {
            for (const QString &spelling : spellings) {
                if (file.text.contains(spelling)) {
                    places << file.path + u": "_s + spelling;
                    break;
                }
            }
        }
        places.sort();
        const QStringList expected{u"console/core/history/historyschema.cpp: 8226"_s,
                                   u"xident/redaction.h: \\u2022"_s};
        QVERIFY2(places == expected, qPrintable(places == expected ? QString() : report(places)));
    }

    void filesStaySmall()
    {
        QStringList wrong;
        for (const SourceFile &file : sources()) {
            if (!sizeRulesApply(file.path))
                continue;
            const int ceiling = LongFiles.value(file.path, MaxFileLines);
            if (file.lineCount > ceiling)
                wrong << u"%1: %2 lines (at most %3)"_s.arg(file.path).arg(file.lineCount).arg(ceiling);
            else if (LongFiles.contains(file.path) && file.lineCount <= MaxFileLines)
                wrong << u"%1: %2 lines, within the limit: take it off the list"_s.arg(file.path).arg(file.lineCount);
        }
        for (auto it = LongFiles.cbegin(); it != LongFiles.cend(); ++it) {
            if (!QFile::exists(Source + u'/' + it.key()))
                wrong << it.key() + u" is listed but gone: take it off the list"_s;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }

    void functionsStayShort()
    {
        QStringList wrong;
        QStringList seen;
        int counted = 0;
        for (const SourceFile &file : sources()) {
            if (!functionRuleApplies(file.path))
                continue;
            for (const Function &f : functionsIn(file.code)) {
                ++counted;
                const QString key = file.path + u' ' + f.name;
                const int ceiling = LongFunctions.value(key, MaxFunctionLines);
                if (f.lines() > ceiling)
                    wrong << u"%1:%2 %3: %4 lines (at most %5)"_s.arg(file.path).arg(f.firstLine).arg(f.name).arg(f.lines()).arg(ceiling);
                if (LongFunctions.contains(key)) {
                    seen << key;
                    if (f.lines() <= MaxFunctionLines)
                        wrong << u"%1 %2: %3 lines, within the limit: take it off the list"_s.arg(file.path, f.name).arg(f.lines());
                }
            }
        }
        QVERIFY2(counted > 500, qPrintable(QString::number(counted)));
        for (auto it = LongFunctions.cbegin(); it != LongFunctions.cend(); ++it) {
            if (!seen.contains(it.key()))
                wrong << it.key() + u" is listed but gone: take it off the list"_s;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(wrong)));
    }
};

QTEST_GUILESS_MAIN(tst_Structure)
#include "tst_structure.moc"
