#pragma once

#include <QtCore/QtGlobal>

//! A loopback port nobody listens on: one the system just gave out and that is closed again (a fixed port such
//! as 1 may be held by something else on the machine). 0 when none could be had.
quint16 closedLoopbackPort();
