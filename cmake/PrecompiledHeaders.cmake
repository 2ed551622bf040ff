# Precompiled headers: the Qt and standard headers most of our files include, parsed once per library
# instead of once per file. Each list stays a subset of what the library links, so the core's never
# names Qt Gui or Widgets. Test executables reuse one header per kind (core, export, ui), compiled by a
# small host target with exactly their flags (GCC accepts a precompiled header only under the same
# macros).

set(CERCLES_PCH_STD <algorithm> <functional> <memory> <optional> <utility> <variant> <vector>)
set(CERCLES_PCH_CORE ${CERCLES_PCH_STD}
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QObject> <QSet> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimeZone> <QVariant>)
set(CERCLES_PCH_EXPORT ${CERCLES_PCH_CORE}
    <QFont> <QFontMetricsF> <QPainter> <QTextBlock> <QTextCursor> <QTextDocument> <QTextFrame> <QTextTable>)
set(CERCLES_PCH_UI ${CERCLES_PCH_EXPORT}
    <QAbstractTableModel> <QCheckBox> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPlainTextEdit> <QPushButton> <QTableView>
    <QUndoStack> <QVBoxLayout> <QWidget>)
set(CERCLES_PCH_TEST_CORE ${CERCLES_PCH_CORE} <QTest> <QTemporaryDir> <QFile>)
set(CERCLES_PCH_TEST_EXPORT ${CERCLES_PCH_EXPORT} <QTest> <QTemporaryDir> <QFile>)
set(CERCLES_PCH_TEST_UI ${CERCLES_PCH_UI} <QTest> <QTemporaryDir> <QFile>)
