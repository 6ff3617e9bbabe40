#pragma once
#include "testpch.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QWidget>
