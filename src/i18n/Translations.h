// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace vfio {

// Loads the translation the user's languages ask for (LANGUAGE first, then LC_ALL/LC_MESSAGES/LANG, as
// QLocale::system().uiLanguages() lists them) and installs it on the application, together with Qt's own
// strings (the "Cancel" of a dialog) when Qt's translations are there. English needs nothing.
void installTranslations(QCoreApplication &application);

// Whether the program speaks English to this user (no translation, or the English one, would be loaded).
// Asked before the application exists: work started then, such as the window's early scan, produces its
// sentences before any translation is installed, so it may start only when they are to be English.
bool speaksEnglish();

} // namespace vfio
