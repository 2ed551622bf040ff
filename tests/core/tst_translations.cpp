// The French interface is complete: no message of the French catalogue is left unfinished or empty, and
// every placeholder of the English text survives in the French one.
#include "testsupport.h"
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "" (finished), "unfinished", "vanished", "obsolete"
    bool numerus = false;
};
Q_DECLARE_METATYPE(Message)

static QList<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context,
                              {},
                              {},
                              {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

class TestTranslations : public QObject
{
    Q_OBJECT
    const QList<Message> french =
        readCatalogue(QStringLiteral(CERCLES_SOURCE_DIR "/translations/cercles_fr.ts"));

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void catalogueIsReal() { QVERIFY2(french.size() > 100, "the French catalogue looks empty"); }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<Message>("message");
        for (const Message& m : french)
            QTest::newRow(qPrintable(m.context + QLatin1String(": ") + m.source.left(60))) << m;
    }
    void everyMessageIsTranslated()
    {
        QFETCH(Message, message);
        QVERIFY2(message.type.isEmpty(), qPrintable(QStringLiteral("translation is %1").arg(message.type)));
        QVERIFY(!message.translations.isEmpty());
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        QSet<QString> expected;
        for (auto it = placeholder.globalMatch(message.source); it.hasNext();)
            expected << it.next().captured(0);
        for (const QString& t : message.translations) {
            QVERIFY2(!t.trimmed().isEmpty(), "empty translation");
            for (const QString& p : expected) {
                // A plural form may say "one" instead of %n.
                if (p == QLatin1String("%n") && message.numerus)
                    continue;
                QVERIFY2(t.contains(p), qPrintable(QStringLiteral("%1 missing in \"%2\"").arg(p, t)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
