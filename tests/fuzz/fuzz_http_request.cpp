// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the sandbox's HTTP/1.1 request parser (HttpRequestParser, what HttpConnection feeds every byte a client
// sends through). The first input byte picks how the rest is cut into reads, so incremental parsing is covered;
// the requests parsed must be the same whichever way the bytes arrive, and each must be well-formed.
#include "FuzzInput.h"
#include "HttpRequestParser.h"

#include <QList>

#include <algorithm>

using namespace PeeringDesk;

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int errorStatus = 0;
};

void checkRequest(const HttpRequest &request)
{
    FUZZ_CHECK(!request.method.isEmpty());
    FUZZ_CHECK(request.target.startsWith('/'));
    FUZZ_CHECK(request.version == "HTTP/1.1" || request.version == "HTTP/1.0");
    for (const auto &[name, value] : request.headers) {
        FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
        FUZZ_CHECK(!value.contains('\n'));
    }
    FUZZ_CHECK(request.body.size() <= HttpRequestParser::maxBodyBytes);
    if (request.hasHeader("content-length"))
        FUZZ_CHECK(request.body.size() == request.header("content-length").toLongLong());
    else
        FUZZ_CHECK(request.body.isEmpty());
    // What the router does with every request.
    (void)request.path();
    (void)request.query().queryItems();
    (void)request.wantsClose();
}

Outcome parse(const QByteArray &input, qsizetype chunkSize)
{
    Outcome outcome;
    HttpRequestParser parser;
    for (qsizetype offset = 0; offset < input.size() && outcome.errorStatus == 0; offset += chunkSize) {
        parser.append(QByteArrayView(input).sliced(offset, std::min(chunkSize, input.size() - offset)));
        for (;;) {
            const HttpRequestParser::Result result = parser.parseNext();
            if (result == HttpRequestParser::Result::NeedMore) {
                (void)parser.takeContinueNeeded();
                break;
            }
            if (result == HttpRequestParser::Result::Error) {
                outcome.errorStatus = parser.failure().status;
                FUZZ_CHECK(!parser.failure().errorCode.isEmpty());
                FUZZ_CHECK(parser.parseNext() == HttpRequestParser::Result::Error); // failing is for good
                break;
            }
            const HttpRequest request = parser.takeRequest();
            checkRequest(request);
            outcome.requests.append(request);
        }
    }
    return outcome;
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version && a.headers == b.headers &&
           a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunkSize = data[0] % 64 + 1;
    const QByteArray input = FuzzInput::bytes(data + 1, size - 1);

    const Outcome whole = parse(input, std::max<qsizetype>(input.size(), 1));
    const Outcome pieces = parse(input, chunkSize);
    FUZZ_CHECK(whole.errorStatus == pieces.errorStatus);
    FUZZ_CHECK(whole.requests.size() == pieces.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FUZZ_CHECK(sameRequest(whole.requests.at(i), pieces.requests.at(i)));
    const int status = whole.errorStatus;
    FUZZ_CHECK(status == 0 || status == 400 || status == 413 || status == 431 || status == 501 || status == 505);
    return 0;
}
