// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace vfio {

// Loads the translation the user's languages ask for (LANGUAGE first, then LC_ALL/LC_MESSAGES/LANG, as
// QLocale::system().uiLanguages() lists them) and installs it on the application, together with Qt's own
// strings (the "Cancel" of a dialog) when Qt's translations are there. English needs nothing.
void installTranslations(QCoreApplication &application);

} // namespace vfio
