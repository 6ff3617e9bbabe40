#pragma once

#include <QFrame>

class QLabel;

namespace shipdeck {

// A card with a title, a large value and a caption; the value's colour carries the status.
// Clickable when it leads somewhere.
class StatTile : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Good, Warning, Bad, Info };

    explicit StatTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, Tone tone = Tone::Neutral);
    void setCaption(const QString &caption);
    void setTitle(const QString &title);
    QString value() const;
    QString caption() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
    Tone m_tone = Tone::Neutral;
};

} // namespace shipdeck
