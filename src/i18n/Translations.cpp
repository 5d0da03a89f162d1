// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vfio {

void installTranslations(QCoreApplication &application)
{
    // Owned by the application, so they live as long as it does and go with it.
    auto *ours = new QTranslator(&application);
    if (ours->load(QLocale::system(), QStringLiteral("vfio-isolator"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qts = new QTranslator(&application);
    if (qts->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    else
        delete qts;
}

bool speaksEnglish()
{
    QTranslator probe;
    if (!probe.load(QLocale::system(), QStringLiteral("vfio-isolator"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        return true;
    return probe.language().startsWith(QLatin1String("en"));
}

} // namespace vfio
