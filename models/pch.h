#pragma once
#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>
