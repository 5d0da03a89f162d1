// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "ui_SetupChoosePage.h"

#include <algorithm>

namespace vfio {

namespace {

constexpr int AddressRole = Qt::UserRole + 1;

struct GroupRow
{
    PciAddress first; // the first endpoint: ticking it ticks the group
    QString text;
    int rank = 0; // 0: holds a GPU that is not the boot GPU; 1: other groups; 2: the host needs it
};

bool isGpu(const PciDevice &device)
{
    return device.baseClass() == 0x03;
}

std::optional<GroupRow> rowFor(const SetupContext &context, int group,
                               const QList<const PciDevice *> &members)
{
    const SelectionRules &rules = context.selection.rules();
    GroupRow row;
    QStringList names;
    QList<PciAddress> endpoints;
    bool freeGpu = false;
    for (const PciDevice *device : members) {
        if (!rules.isSelectable(device->address))
            continue;
        endpoints.append(device->address);
        names.append(SelectionRules::describe(*device));
        freeGpu = freeGpu || (isGpu(*device) && !device->bootVga);
    }
    if (endpoints.isEmpty())
        return std::nullopt;
    row.first = endpoints.first();
    const QList<HostCriticalDevice> critical = context.selection.critical().within(endpoints);
    row.rank = !critical.isEmpty() ? 2 : freeGpu ? 0 : 1;
    row.text = SetupChoosePage::tr("Group %1: %2").arg(group).arg(names.join(QStringLiteral(", ")));
    if (!critical.isEmpty())
        row.text += SetupChoosePage::tr(" (the host needs it: %1)").arg(toString(critical.first().role));
    return row;
}

} // namespace

SetupChoosePage::SetupChoosePage(SetupContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SetupChoosePage>()), m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->groupList, &QListWidget::itemChanged, this, &SetupChoosePage::onItemChanged);
}

SetupChoosePage::~SetupChoosePage() = default;

void SetupChoosePage::initializePage()
{
    fill();
}

void SetupChoosePage::fill()
{
    QList<GroupRow> rows;
    const auto groups = m_context.machine.topology.devicesByGroup();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (const auto row = rowFor(m_context, it.key(), it.value()))
            rows.append(*row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const GroupRow &a, const GroupRow &b) { return a.rank < b.rank; });
    const QSignalBlocker blocker(m_ui->groupList);
    m_ui->groupList->clear();
    for (const GroupRow &row : rows) {
        auto *item = new QListWidgetItem(row.text, m_ui->groupList);
        item->setData(AddressRole, row.first.toString());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_context.selection.isChecked(row.first) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_ui->groupList->count() > 0)
        m_ui->groupList->setCurrentRow(0);
    m_ui->explanation->setText(tr("Space ticks the group under the cursor; the arrows move."));
}

void SetupChoosePage::onItemChanged(QListWidgetItem *item)
{
    const auto address = PciAddress::parse(item->data(AddressRole).toString());
    if (!address)
        return;
    const bool tick = item->checkState() == Qt::Checked;
    const CheckedSelection::Change change =
        tick ? m_context.selection.tick(*address) : m_context.selection.untick(*address);
    QString message = change.message;
    if (change.outcome == CheckedSelection::Outcome::NeedsOverride ||
        change.outcome == CheckedSelection::Outcome::Refused) {
        const QSignalBlocker blocker(m_ui->groupList);
        item->setCheckState(Qt::Unchecked);
        message += QLatin1Char(' ') + tr("To give it anyway, use the main window, which asks twice.");
    }
    m_ui->explanation->setText(message.toHtmlEscaped());
    emit completeChanged();
}

bool SetupChoosePage::isComplete() const
{
    return !m_context.selection.isEmpty();
}

QStringList SetupChoosePage::groupTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->groupList->count(); ++row)
        texts.append(m_ui->groupList->item(row)->text());
    return texts;
}

bool SetupChoosePage::tickGroupOf(const QString &address)
{
    for (int row = 0; row < m_ui->groupList->count(); ++row) {
        QListWidgetItem *item = m_ui->groupList->item(row);
        if (item->data(AddressRole).toString() == address) {
            item->setCheckState(Qt::Checked);
            return item->checkState() == Qt::Checked;
        }
    }
    return false;
}

} // namespace vfio
