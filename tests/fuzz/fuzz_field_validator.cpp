// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes every FieldValidator rule and FieldValidator::clean with the input read as UTF-8 and as raw UTF-16
// (lone surrogates included). Checks that clean() is idempotent and that every accepted value has the shape the
// rule promises.
#include "FuzzInput.h"
#include "model/FieldCheck.h"
#include "model/FieldValidator.h"
#include "model/Ipv4Cidr.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace PeeringDesk;

namespace {

bool isAtlasId(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{24}$"));
    return pattern.match(value).hasMatch();
}

void checkValue(const QString &raw)
{
    const QString value = FieldValidator::clean(raw);
    FUZZ_CHECK(FieldValidator::clean(value) == value);
    FUZZ_CHECK(raw.contains(value));
    FUZZ_CHECK(value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace()));

    using Rule = QString (*)(const QString &);
    static constexpr Rule rules[] = {
        &FieldValidator::groupId,
        &FieldValidator::containerId,
        &FieldValidator::awsAccountId,
        &FieldValidator::vpcId,
        &FieldValidator::awsRegion,
        &FieldValidator::routeTableCidrBlock,
        &FieldValidator::azureDirectoryId,
        &FieldValidator::azureSubscriptionId,
        &FieldValidator::azureResourceGroupName,
        &FieldValidator::azureVnetName,
        &FieldValidator::gcpProjectId,
        &FieldValidator::gcpNetworkName,
        &FieldValidator::baseUrl,
    };
    FieldCheck check;
    for (const Rule rule : rules) {
        // Empty is never acceptable, and says so.
        FUZZ_CHECK(!rule(QString()).isEmpty());
        (void)rule(value);
        check.check("field", raw, rule);
    }
    for (const FieldProblem &problem : check.problems())
        FUZZ_CHECK(problem.field == QLatin1String("field") && !problem.message.isEmpty());

    if (FieldValidator::groupId(value).isEmpty())
        FUZZ_CHECK(isAtlasId(value));
    if (FieldValidator::containerId(value).isEmpty())
        FUZZ_CHECK(isAtlasId(value));
    if (FieldValidator::awsAccountId(value).isEmpty()) {
        FUZZ_CHECK(value.size() == 12);
        for (const QChar c : value)
            FUZZ_CHECK(c >= u'0' && c <= u'9');
    }
    if (FieldValidator::routeTableCidrBlock(value).isEmpty()) {
        const auto cidr = Ipv4Cidr::parse(value);
        FUZZ_CHECK(cidr && cidr->isCanonical() && cidr->isPrivate());
    }
    if (FieldValidator::gcpNetworkName(value).isEmpty())
        FUZZ_CHECK(value.size() <= 63);
    if (FieldValidator::azureResourceGroupName(value).isEmpty())
        FUZZ_CHECK(value.size() <= 90 && !value.endsWith(u'.'));
    if (FieldValidator::baseUrl(value).isEmpty()) {
        // Only https, or http to this computer, and never credentials in the URL.
        const QUrl url(value, QUrl::StrictMode);
        FUZZ_CHECK(url.isValid() && url.userInfo().isEmpty());
        FUZZ_CHECK(url.scheme() == QLatin1String("https") ||
                   (url.scheme() == QLatin1String("http") &&
                    (url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback())));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    checkValue(FuzzInput::utf8(data, size));
    checkValue(FuzzInput::utf16(data, size));
    return 0;
}
