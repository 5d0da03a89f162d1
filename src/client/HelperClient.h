// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class Helper1Proxy;

namespace vfio {

// What a person reads when no helper answers on the system bus: for a packaged install and for a source build
// (one sentence for the CLI and the window alike).
QString helperNotInstalledMessage();

// Talks to the privileged helper (io.github.vfio_isolator.Helper on the system bus). Every call is
// asynchronous: the answer comes as a signal, so a GUI never freezes while polkit asks for a password.
// Structured answers arrive as parsed JSON (see docs/security.md for their fields).
class HelperClient : public QObject
{
    Q_OBJECT
public:
    enum class Call
    {
        Preview,
        Apply,
        Revert,
        State,
        PreviewKernelCommandLine,
        SetKernelCommandLine
    };
    Q_ENUM(Call)

    explicit HelperClient(QObject *parent = nullptr); // the system bus
    explicit HelperClient(const QDBusConnection &connection, QObject *parent = nullptr);
    ~HelperClient() override;

    void preview(const QStringList &addresses);
    void apply(const QStringList &addresses);
    void revert();
    void state();
    // The kernel command line: words from the helper's fixed list (intel_iommu=on, iommu=pt, ...).
    void previewKernelCommandLine(const QStringList &add, const QStringList &remove);
    void setKernelCommandLine(const QStringList &add, const QStringList &remove);

signals:
    void previewReady(const QJsonObject &plan);
    void stateReady(const QJsonObject &state);
    void commandLinePreviewReady(const QJsonObject &plan);
    // Apply, SetKernelCommandLine or Revert was accepted; progress() and finished() with this id follow.
    void transactionStarted(vfio::HelperClient::Call call, const QString &transactionId);
    void progress(const QString &transactionId, const QString &step, const QString &line);
    void finished(const QString &transactionId, bool success, const QString &message);
    // The call was refused or the helper could not be reached. `message` is for a person.
    void callFailed(vfio::HelperClient::Call call, const QString &errorName, const QString &message);

private:
    template <typename Reply> void watch(Call call, const Reply &reply);
    void handleJson(Call call, const QString &text);

    Helper1Proxy *m_interface = nullptr;
};

} // namespace vfio
