#pragma once

#include <QtCore/qglobal.h>

#if defined(XIDENTQT_STATIC)
#  define XIDENTQT_EXPORT
#elif defined(XIDENTQT_BUILDING)
#  define XIDENTQT_EXPORT Q_DECL_EXPORT
#else
#  define XIDENTQT_EXPORT Q_DECL_IMPORT
#endif
