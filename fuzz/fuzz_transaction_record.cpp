// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's transaction records (/var/lib/vfio-isolator/transactions/<id>/record.json), which a crash, a
// full disk or a hand edit may have damaged: a record is read back only when every field is what the helper
// writes, and what it reads back it writes the same way again.
#include "FuzzSupport.h"
#include "TransactionStore.h"

#include <QJsonDocument>

using namespace vfio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const std::optional<TransactionRecord> record = TransactionRecord::fromJson(document.object());
    if (!record)
        return 0;
    const QJsonObject written = record->toJson();
    const std::optional<TransactionRecord> again = TransactionRecord::fromJson(written);
    FUZZ_PROMISE(again.has_value(), QString::fromUtf8(QJsonDocument(written).toJson()));
    FUZZ_PROMISE(again->toJson() == written, QString::fromUtf8(QJsonDocument(written).toJson()));
    return 0;
}
