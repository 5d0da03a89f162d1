// SPDX-License-Identifier: GPL-3.0-or-later
// helper_dbus_call METHOD [ADD [REMOVE]] | Apply|Preview ADDRESSES: one raw call to the helper on the system
// bus (QDBusMessage), the way any program could send it, bypassing the CLI's own checks. ADD and REMOVE are
// comma-separated word lists
// ("-" or missing: empty). Prints "reply: <first argument>" and exits 0, or "error: <name>: <message>" and
// exits 1.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>

#include <cstdio>

namespace {
QStringList words(const QStringList &arguments, qsizetype index)
{
    const QString text = arguments.value(index, QStringLiteral("-"));
    return text == QLatin1String("-") ? QStringList() : text.split(QLatin1Char(','));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: helper_dbus_call METHOD [ADD [REMOVE]]\n");
        return 2;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("io.github.vfio_isolator.Helper"), QStringLiteral("/io/github/vfio_isolator/Helper"),
        QStringLiteral("io.github.vfio_isolator.Helper1"), arguments.at(1));
    // Apply and Preview take one list (the addresses), the kernel command line methods two (add, remove).
    const bool addresses =
        arguments.at(1) == QLatin1String("Apply") || arguments.at(1) == QLatin1String("Preview");
    if (arguments.size() > 2 && addresses)
        call << words(arguments, 2);
    else if (arguments.size() > 2)
        call << words(arguments, 2) << words(arguments, 3);
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 60000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        std::printf("error: %s: %s\n", qUtf8Printable(reply.errorName()),
                    qUtf8Printable(reply.errorMessage()));
        return 1;
    }
    std::printf("reply: %s\n", qUtf8Printable(reply.arguments().value(0).toString()));
    return 0;
}
