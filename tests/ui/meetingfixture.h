#pragma once

// Shared set-up of the meeting and facilitation UI tests: a demo organisation file, a meeting of a circle,
// a message hook that records what the UI said and answers every question with Yes, and a dump of every
// table to compare the exact database state.

#include "common/messages.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

namespace cercles::test {

/// What the UI showed through the message hook, oldest first.
inline QStringList& shownMessages()
{
    static QStringList messages;
    return messages;
}

inline QMessageBox::StandardButton answerYes(QWidget*, ui::messages::Kind, const QString&,
                                             const QString& text, QMessageBox::StandardButtons buttons)
{
    shownMessages() << text;
    return buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
}

/// Takes an open connection; returns every row of every table (SQLite's own tables left out) as text,
/// each value with its type so that NULL, 0 and '' differ.
inline QByteArray dumpTables(const QSqlDatabase& db)
{
    QByteArray dump;
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        dump += "table " + table.toUtf8() + '\n';
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QByteArrayList values;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                values << (value.isNull() ? QByteArray("NULL")
                                          : QByteArray(value.typeName()) + ':' + value.toString().toUtf8());
            }
            dump += values.join('\t') + '\n';
        }
    }
    return dump;
}

/// Takes a document and a circle name; returns the circle's id (invalid if none).
inline CircleId circleId(Document& doc, const char* name)
{
    const Circle* circle = doc.organisation().organisation().circleNamed(QString::fromUtf8(name));
    return circle ? circle->id : CircleId();
}

/// Takes a document and a person name; returns the person's id (invalid if none).
inline PersonId personId(Document& doc, const QString& name)
{
    const Person* person = doc.organisation().organisation().personNamed(name);
    return person ? person->id : PersonId();
}

/// Takes a document and a circle; plans a meeting of it on 2026-12-03 at 18:30, Paris time, everyone
/// present; returns it stored.
inline Meeting planMeeting(Document& doc, CircleId circle, QDate day = QDate(2026, 12, 3))
{
    Meeting m = doc.meetings().draftMeeting(circle, day, QTime(18, 30), "Europe/Paris");
    m.place = QStringLiteral("Maison des associations, salle 2");
    Result<MeetingId> id = doc.meetings().createMeeting(m);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return doc.meetings().meeting(*id).value();
}

/// Takes a document, a meeting, a kind and a title; adds the item last and returns its id.
inline AgendaItemId addItem(Document& doc, MeetingId meeting, AgendaItemKind kind, const QString& title,
                            PersonId concerned = {})
{
    AgendaItem item;
    item.meeting = meeting;
    item.kind = kind;
    item.title = title;
    item.personConcerned = concerned;
    Result<AgendaItemId> id = doc.meetings().addAgendaItem(item);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

/// Takes a path; creates the demo file there and opens it.
inline std::unique_ptr<Document> openDemo(const QString& path)
{
    if (Result<void> created = createDemoFile(path); !created)
        qFatal("%s", qPrintable(created.error()));
    Result<std::unique_ptr<Document>> doc = Document::open(path);
    if (!doc)
        qFatal("%s", qPrintable(doc.error()));
    return std::move(doc).value();
}

} // namespace cercles::test
