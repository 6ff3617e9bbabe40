#pragma once

#include <QLineEdit>

#include <algorithm>

namespace shipdeck::SecretLineEdit {

// Empties a line edit that held a secret and overwrites the characters it held. text() shares
// the widget's buffer (implicit sharing), so zeroing that buffer in place reaches the widget's
// own copy; setText() then drops it together with the undo history. Best effort: Qt offers no
// API to scrub its internals, and copies made earlier (e.g. by an input method) are out of reach.
inline void wipe(QLineEdit *edit)
{
    if (!edit)
        return;
    QString shared = edit->text();
    if (!shared.isEmpty()) {
        auto *chars = const_cast<QChar *>(shared.constData());
        std::fill(chars, chars + shared.size(), QChar(u'\0'));
    }
    shared = QString();
    edit->setText(QString());
}

} // namespace shipdeck::SecretLineEdit
