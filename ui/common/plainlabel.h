#pragma once

#include <QFont>
#include <QLabel>
#include <QTextLayout>

#include <memory>

namespace cercles::ui {

/// A label for user text: plain text (user data is never rich text), word-wrapped and selectable.
/// Its sizes and its painting come from one QTextLayout of the text, shaped once and laid out again only
/// for a new width. QLabel lays a word-wrapped text out in a whole text document for every size asked
/// (156 times, 27 M instructions, a tenth of opening a file: issue 14), searches its best width with a
/// dozen of them per label, and paints from one more; it still paints a selection.
class PlainLabel : public QLabel
{
public:
    explicit PlainLabel(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// The text laid out, and for what text, font, width and horizontal alignment.
    struct Measure
    {
        QString text;
        QFont font;
        Qt::Alignment horizontal;
        std::unique_ptr<QTextLayout> layout;
        int widest = -1; ///< the widest line, unwrapped (pixels); -1: not worked out yet
        int width = -1;  ///< the width the lines are laid out at (pixels)
        int height = 0;  ///< their height at that width (pixels)
    };
    /// Takes a width of text (pixels); returns the text laid out at that width, shaped again only when the
    /// text, font or alignment changed.
    Measure& measureAt(int width) const;
    mutable Measure m_measure;
};

/// Takes a parent; returns a new PlainLabel.
inline QLabel* plainLabel(QWidget* parent = nullptr)
{
    return new PlainLabel(parent);
}

} // namespace cercles::ui
