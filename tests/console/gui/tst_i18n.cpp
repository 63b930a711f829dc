// The catalogs of the console, the command-line tool and the texts they share: German and French complete and
// up to date with the sources (lupdate finds nothing new or vanished), every translation keeps its source's
// %-placeholders and mnemonics, plural forms filled, and no prose in their sources that escapes tr().
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QLibraryInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Source = QStringLiteral(XIDENT_SOURCE_DIR);

struct Message
{
    QString context, source;
    QStringList translations;   // one, or the plural forms
    QString type;               // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readCatalog(const QString &path, QString *language = nullptr)
{
    QList<Message> list;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return list;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1 && language)
            *language = xml.attributes().value("language"_L1).toString();
        else if (name == "name"_L1)
            context = xml.readElementText();
        else if (name == "message"_L1)
            m = Message{context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
        else if (name == "source"_L1)
            m.source = xml.readElementText();
        else if (name == "translation"_L1) {
            m.type = xml.attributes().value("type"_L1).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
            list.append(m);
        }
    }
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?)(\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

int mnemonics(const QString &text)
{
    // "&&" is a literal ampersand; "&x" marks a mnemonic.
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&')
                ++i;
            else if (text[i + 1].isLetterOrNumber())
                ++count;
        }
    }
    return count;
}

QString lupdate()
{
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                               QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath), u"/usr/lib/qt6/bin"_s}) {
        const QString path = dir + u"/lupdate"_s;
        if (QFile::exists(path))
            return path;
    }
    return {};
}

// Each catalog, the sources lupdate reads for it, and a floor on its size (a catalog emptied by mistake fails).
struct Catalog
{
    QString name;
    QStringList sources;
    int atLeast;
};

const QList<Catalog> &catalogs()
{
    static const QList<Catalog> all{
        {u"xident-console"_s, {u"src/console"_s, u"ui"_s}, 500},
        {u"xident"_s, {u"src/cli"_s}, 150},
        {u"xident-text"_s, {u"src/text"_s, u"src/xident/webhookforensics.cpp"_s}, 60},
    };
    return all;
}

} // namespace

class tst_I18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogsComplete_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("atLeast");
        for (const Catalog &c : catalogs()) {
            for (const QString &language : {u"de"_s, u"fr"_s})
                QTest::addRow("%s_%s", qPrintable(c.name), qPrintable(language)) << c.name << language << c.atLeast;
        }
    }

    void catalogsComplete()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(int, atLeast);
        QString declared;
        const QList<Message> catalog = readCatalog(Source + u"/translations/%1_%2.ts"_s.arg(name, language), &declared);
        QVERIFY2(catalog.size() > atLeast, qPrintable(QString::number(catalog.size())));
        QVERIFY2(declared.startsWith(language), qPrintable(declared));
        QStringList problems;
        for (const Message &m : catalog) {
            const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
            if (!m.type.isEmpty()) {
                problems << where + u" is " + m.type;
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << where + u" needs 2 plural forms"_s;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + u" has an empty translation"_s;
                // Plural forms may say "one" instead of %n; every other placeholder must be kept.
                QStringList want = placeholders(m.source), got = placeholders(t);
                if (m.numerus) {
                    want.removeAll(u"%n"_s);
                    got.removeAll(u"%n"_s);
                }
                if (want != got)
                    problems << where + u" placeholders "_s + want.join(u',') + u" became "_s + got.join(u',');
                if (mnemonics(m.source) != mnemonics(t))
                    problems << where + u" mnemonic count differs: "_s + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
    }

    void catalogsMatchTheSources_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("sources");
        for (const Catalog &c : catalogs())
            QTest::newRow(qPrintable(c.name)) << c.name << c.sources;
    }

    void catalogsMatchTheSources()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, sources);
        const QString tool = lupdate();
        if (tool.isEmpty())
            QSKIP("lupdate is not installed (Debian: qt6-l10n-tools)");
        QTemporaryDir dir;
        QStringList ts;
        for (const QString &language : {u"de"_s, u"fr"_s}) {
            const QString copy = dir.filePath(u"%1_%2.ts"_s.arg(name, language));
            QVERIFY(QFile::copy(Source + u"/translations/%1_%2.ts"_s.arg(name, language), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            ts << copy;
        }
        QStringList args;
        for (const QString &source : std::as_const(sources))
            args << Source + u'/' + source;
        // Project headers are included from src/ ("console/core/profile.h"); lupdate needs that root to see
        // which class or namespace a function belongs to.
        args << u"-I"_s << Source + u"/src"_s;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(tool, args + QStringList{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s} + ts);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        for (const QString &copy : std::as_const(ts)) {
            int unfinished = 0;
            QStringList fresh;
            for (const Message &m : readCatalog(copy)) {
                if (!m.type.isEmpty()) {
                    ++unfinished;
                    fresh << m.context + u": "_s + m.source.left(70);
                }
            }
            QVERIFY2(unfinished == 0, qPrintable(u"%1: %2 message(s) new or changed in the sources; run the "
                                                 "<target>_lupdate target and translate them:\n"_s
                                                     .arg(QFileInfo(copy).fileName())
                                                     .arg(unfinished)
                                                 + fresh.mid(0, 20).join(u'\n')));
        }
    }

    void noProseEscapesTr_data()
    {
        QTest::addColumn<QString>("directory");
        for (const QString &directory : {u"src/console"_s, u"src/cli"_s, u"src/text"_s})
            QTest::newRow(qPrintable(directory)) << directory;
    }

    void noProseEscapesTr()
    {
        QFETCH(QString, directory);
        // Every string literal in the console's sources that reads like prose must sit inside tr() (or
        // translate() / QT_TR_NOOP), or be a log message. Found by matching parentheses on comment-free text.
        static const QRegularExpression literal(u"(?:u8?|L)?\"((?:[^\"\\\\\\n]|\\\\.)*)\""_s);
        static const QRegularExpression prose(u"[A-Za-z]{2,}[,.]? [A-Za-z]{2,} [A-Za-z]{2,}"_s);
        static const QRegularExpression technical(
            u"^(SELECT|INSERT|CREATE|ALTER|DELETE|UPDATE|PRAGMA|DROP) |\\b(TEXT|INTEGER|BLOB|NOT NULL|ORDER BY|VALUES|FROM|WHERE|CASE WHEN)\\b|[{};]\\s*$|^#"_s);
        // Log statements run from the macro to the end of the statement ("qCWarning(lc) << ... ;").
        static const QRegularExpression logs(u"\\b(qCWarning|qCInfo|qCDebug|qWarning|qInfo|qDebug|qCritical)\\s*\\("_s);
        static const QRegularExpression wrappers(u"\\b(tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|qCWarning|qCInfo|qCDebug|qWarning|qInfo|qDebug|qFatal|qCritical|Q_LOGGING_CATEGORY)\\s*\\("_s);
        QStringList escaped;
        QDirIterator it(Source + u'/' + directory, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList scanned;
        while (it.hasNext()) {
            const QString path = it.next();
            scanned << QDir(Source).relativeFilePath(path);
            // The "Copy as" generator's literals are program text in Python, PHP, C++ and shell, not prose.
            if (path.endsWith(u"/core/callcode.cpp"_s))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(f.readAll());
            // Drop comments (not inside strings: good enough for this code base's style).
            text.replace(QRegularExpression(u"^[ \\t]*//[^\\n]*"_s, QRegularExpression::MultilineOption), QString());
            text.replace(QRegularExpression(u"//[^\\n\"]*(?=\\n)"_s), QString());
            text.replace(QRegularExpression(u"/\\*.*?\\*/"_s, QRegularExpression::DotMatchesEverythingOption), QString());
            // Spans of wrapper calls, by matching parentheses.
            QList<QPair<qsizetype, qsizetype>> spans;
            for (auto w = wrappers.globalMatch(text); w.hasNext();) {
                const auto m = w.next();
                qsizetype depth = 0, i = m.capturedEnd() - 1;
                bool inString = false;
                for (; i < text.size(); ++i) {
                    const QChar c = text[i];
                    if (inString) {
                        if (c == u'\\')
                            ++i;
                        else if (c == u'"')
                            inString = false;
                    } else if (c == u'"') {
                        inString = true;
                    } else if (c == u'(') {
                        ++depth;
                    } else if (c == u')' && --depth == 0) {
                        break;
                    }
                }
                // A log statement streams on after its call: its span runs to the end of the statement.
                if (logs.match(m.captured(0)).hasMatch()) {
                    bool quoted = false;
                    for (; i < text.size(); ++i) {
                        const QChar c = text[i];
                        if (quoted) {
                            if (c == u'\\')
                                ++i;
                            else if (c == u'"')
                                quoted = false;
                        } else if (c == u'"') {
                            quoted = true;
                        } else if (c == u';') {
                            break;
                        }
                    }
                }
                spans.append({m.capturedStart(), i});
            }
            for (auto l = literal.globalMatch(text); l.hasNext();) {
                const auto m = l.next();
                const QString value = m.captured(1);
                if (!prose.match(value).hasMatch() || technical.match(value).hasMatch())
                    continue;
                const qsizetype at = m.capturedStart();
                const bool wrapped = std::any_of(spans.cbegin(), spans.cend(),
                                                 [at](const auto &s) { return at > s.first && at < s.second; });
                if (!wrapped) {
                    const int line = int(text.left(at).count(u'\n')) + 1;
                    escaped << u"%1:%2: \"%3\""_s.arg(QDir(Source).relativeFilePath(path)).arg(line).arg(value.left(70));
                }
            }
        }
        // The console's sources sit in feature folders: the scan must have reached them.
        if (directory == u"src/console"_s) {
            for (const QString &folder : {u"/core/"_s, u"/core/models/"_s, u"/sessions/"_s, u"/webhooks/"_s})
                QVERIFY2(scanned.filter(folder).size() > 1, qPrintable(folder));
        }
        QVERIFY2(escaped.isEmpty(), qPrintable(u"user-visible text outside tr():\n"_s + escaped.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_I18n)
#include "tst_i18n.moc"
