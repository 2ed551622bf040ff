#pragma once

#include "services/document.h"

#include <QUndoStack>

#include <memory>

namespace cercles::ui {

/// An open file as a window holds it: the document (its database and services) and its undo history,
/// which are made and go together (issue 14: one undo stack per document, living with it). The history
/// goes first, since its commands refer to the services.
class OpenDocument
{
public:
    /// Takes an open document (not null).
    explicit OpenDocument(std::unique_ptr<Document> document) : m_document(std::move(document)) {}

    Document& document() const { return *m_document; }
    QUndoStack& undoStack() { return m_undoStack; }

private:
    std::unique_ptr<Document> m_document;
    QUndoStack m_undoStack; ///< declared after the document: destroyed before it
};

} // namespace cercles::ui
