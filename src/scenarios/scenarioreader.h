#pragma once

#include "scenarios/scenario.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace Xident::Scenarios {

//! Reads scenario files (YAML): defaults, scenarios and matrices, every key checked, every error placed.
//!
//! Unknown keys are errors, not ignored: a misspelt expectation would otherwise pass unnoticed.
class ScenarioReader
{
public:
    //! Files larger than this are refused before they are parsed.
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    //! A matrix that would expand to more scenarios than this is refused.
    static constexpr int MaxScenarios = 10000;

    //! The file at \a path; nothing, with \a error filled, when it cannot be read or is wrong.
    static std::optional<ScenarioFile> readFile(const QString &path, ReadError *error);
    //! The same for \a text, reported as \a fileName.
    static std::optional<ScenarioFile> readText(const QByteArray &text, const QString &fileName, ReadError *error);
};

} // namespace Xident::Scenarios
