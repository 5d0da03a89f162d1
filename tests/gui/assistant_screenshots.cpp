// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a picture of every page of the first-time setup on a fixture, for docs/images: run it under Xvfb
// (QT_QPA_PLATFORM=xcb) so the pictures are what a person sees. The stand-in helper answers the preview and
// the Apply, so the pages after them can be shown on a snapshot too.
//   assistant_screenshots FIXTURE_DIR OUTPUT_PREFIX
#include "GuiTestSupport.h"

#include "ReviewDialog.h"
#include "SetupAssistant.h"
#include "SetupPages.h"

#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace vfio;

namespace {

void save(QWidget *widget, const QString &file)
{
    QTest::qWait(400); // layout and the helper's queued answers
    if (!widget->grab().save(file))
        std::fprintf(stderr, "could not save %s\n", qPrintable(file));
    else
        std::printf("%s\n", qPrintable(file));
}

// Opens the review the page offers, saves it, applies and closes it.
void reviewAndApply(QPushButton *button, const QString &file)
{
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = button->window()->findChild<ReviewDialog *>();
    if (!dialog)
        return;
    dialog->resize(900, 560);
    save(dialog, file);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTest::qWait(300);
    dialog->close();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 3) {
        std::fprintf(stderr, "usage: assistant_screenshots FIXTURE_DIR OUTPUT_PREFIX\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    test::FakeHelper helper;
    helper.planJson = QStringLiteral(
        R"({"ok": true, "errors": [], "warnings": [], "devices": [], "commands": [["/usr/sbin/update-grub"]],
        "files": [{"path": "/etc/default/grub.d/vfio-isolator.cfg", "reason": "switch the IOMMU on", "old": null,
                   "new": "GRUB_CMDLINE_LINUX_DEFAULT=intel_iommu=on\n"}]})");
    SetupAssistant wizard(readMachine(root), &helper, QString());
    wizard.resize(820, 600);
    wizard.show();
    save(&wizard, prefix + QStringLiteral("-1-checks.png"));
    if (auto *fix = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("fixButton"));
        fix->isVisible()) {
        reviewAndApply(fix, prefix + QStringLiteral("-1-checks-review.png"));
        save(&wizard, prefix + QStringLiteral("-1-checks-done.png"));
    }
    wizard.next();
    if (wizard.currentId() == SetupAssistant::ChoosePageId) {
        auto *choose = qobject_cast<SetupChoosePage *>(wizard.currentPage());
        choose->tickGroupOf(QStringLiteral("0000:03:00.0"));
        save(&wizard, prefix + QStringLiteral("-2-choose.png"));
        wizard.next();
        save(&wizard, prefix + QStringLiteral("-3-apply.png"));
        reviewAndApply(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                       prefix + QStringLiteral("-3-apply-review.png"));
        wizard.next();
    }
    save(&wizard, prefix + QStringLiteral("-4-restart.png"));
    wizard.startWithVerification();
    save(&wizard, prefix + QStringLiteral("-5-verify.png"));
    return 0;
}
