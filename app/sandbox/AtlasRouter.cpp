// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasRouter.h"

#include "Pagination.h"
#include "SandboxLog.h"
#include "SandboxSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace PeeringDesk {

namespace {

const QString apiPrefix = QStringLiteral("/api/atlas/v2");

bool isObjectId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-f0-9]{24}$"));
    return pattern.match(text).hasMatch();
}

QByteArray mediaTypeOf(const QByteArray &headerValue)
{
    const qsizetype semicolon = headerValue.indexOf(';');
    return (semicolon < 0 ? headerValue : headerValue.left(semicolon)).trimmed().toLower();
}

ApiResult methodNotAllowed(const QByteArray &allowed)
{
    ApiResult result = ApiResult::error(SandboxError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                                     QStringLiteral("The requested method is not allowed.")));
    result.headers.append({"Allow", allowed});
    return result;
}

/// The path's segments after the API prefix, each percent-decoded on its own: an access list entry carries its
/// slash encoded (10.20.0.0%2F16) and must stay one segment.
QStringList apiSegments(const QByteArray &target)
{
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? target : target.left(queryStart);
    QStringList segments;
    const QByteArray prefix = apiPrefix.toLatin1();
    for (const QByteArray &raw : rawPath.mid(prefix.size()).split('/')) {
        if (!raw.isEmpty())
            segments.append(QUrl::fromPercentEncoding(raw));
    }
    return segments;
}

/// The versions of the resource `segments` names, newest first.
QStringList supportedVersions(const QStringList &segments)
{
    if (segments.size() >= 3 && segments.at(0) == QStringLiteral("groups") &&
        segments.at(2) == QStringLiteral("clusters"))
        return ClusterEndpoints::versions();
    return {QLatin1String(AtlasRouter::defaultVersion)};
}

QByteArray mediaTypeFor(const QString &version)
{
    return "application/vnd.atlas." + version.toLatin1() + "+json";
}

/// The q parameter of one Accept entry; 1 when absent.
double qualityOf(const QByteArray &entry)
{
    for (const QByteArray &parameter : entry.split(';').mid(1)) {
        const QByteArray trimmed = parameter.trimmed().toLower();
        if (trimmed.startsWith("q="))
            return trimmed.mid(2).toDouble();
    }
    return 1.0;
}

bool isFlagSet(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name).compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

AtlasRouter::AtlasRouter(const SandboxClock &clock)
    : m_publicKey(SandboxSeed::publicKey)
    , m_privateKey(SandboxSeed::privateKey)
    , m_clientId(SandboxSeed::clientId)
    , m_clientSecret(SandboxSeed::clientSecret)
    , m_state(clock)
    , m_digest(clock)
    , m_tokens(clock)
    , m_rateLimiter(clock)
    , m_peers(m_state)
    , m_containers(m_state)
    , m_accessList(m_state)
    , m_clusters(m_state)
{}

void AtlasRouter::setApiKey(const QString &publicKey, const QString &privateKey)
{
    m_publicKey = publicKey;
    m_privateKey = privateKey;
}

void AtlasRouter::setServiceAccount(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

HttpResponse AtlasRouter::handle(const HttpRequest &request)
{
    const QString path = request.path();
    if (path == QStringLiteral("/api/oauth/token"))
        return handleToken(request);
    if (path != apiPrefix && !path.startsWith(apiPrefix + QLatin1Char('/')))
        return finish(request, ApiResult::error(SandboxError::resourceNotFound(path)), {});
    if (auto challenge = authenticate(request))
        return *challenge;
    const QStringList segments = apiSegments(request.target);
    QString version;
    if (auto notAcceptable = negotiate(request, supportedVersions(segments), &version))
        return finish(request, ApiResult::error(*notAcceptable), {});
    QString rateLimitKey;
    const ApiResult result = route(request, segments, version, rateLimitKey);
    return finish(request, result, rateLimitKey, version);
}

HttpResponse AtlasRouter::handleToken(const HttpRequest &request)
{
    if (request.method != "POST") {
        HttpResponse response =
            jsonResponse(405, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")}});
        response.setHeader("Allow", "POST");
        return response;
    }
    const QByteArray authorization = request.header("authorization");
    bool clientOk = false;
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        // RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
        const QString id = QUrl::fromPercentEncoding(decoded.left(colon).replace('+', ' '));
        const QString secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1).replace('+', ' '));
        clientOk = colon > 0 && id == m_clientId && secret == m_clientSecret;
    }
    if (!clientOk) {
        HttpResponse response = jsonResponse(
            401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                             {QStringLiteral("error_description"), QStringLiteral("Client authentication failed.")}});
        response.setHeader("WWW-Authenticate", "Basic realm=\"MMS Public API\"");
        return response;
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QStringLiteral("client_credentials"))
        return jsonResponse(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}});
    const QByteArray token = m_tokens.issue(m_tokenLifetimeSeconds);
    qCInfo(lcSandbox) << "issued an access token, lifetime" << m_tokenLifetimeSeconds << "s";
    HttpResponse response = jsonResponse(200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                          {QStringLiteral("expires_in"), m_tokenLifetimeSeconds}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

std::optional<HttpResponse> AtlasRouter::authenticate(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    bool stale = false;
    if (authorization.startsWith("Bearer ")) {
        if (m_tokens.isValid(authorization.mid(7).trimmed()))
            return std::nullopt;
    } else if (authorization.startsWith("Digest ")) {
        const auto verdict = m_digest.verify(request.method, request.target, authorization, m_publicKey, m_privateKey);
        if (verdict == DigestAuthenticator::Verdict::Accepted)
            return std::nullopt;
        stale = verdict == DigestAuthenticator::Verdict::Stale;
    }
    ++m_challengeCount;
    // A 401 keeps its real status even with envelope=true: digest clients need it to answer the challenge.
    HttpResponse response = jsonResponse(401, SandboxError::unauthorized().toJson());
    response.setHeader("WWW-Authenticate", m_digest.challenge(stale));
    return response;
}

std::optional<SandboxError> AtlasRouter::negotiate(const HttpRequest &request, const QStringList &supported,
                                                   QString *version) const
{
    static const QRegularExpression versioned(
        QStringLiteral("^application/vnd\\.atlas\\.(\\d{4}-\\d{2}-\\d{2})\\+json$"));
    QString unsupportedDate;
    double bestQuality = 0;
    for (const QByteArray &entry : request.header("accept").split(',')) {
        const auto match = versioned.match(QString::fromLatin1(mediaTypeOf(entry)));
        if (!match.hasMatch())
            continue;
        const QString date = match.captured(1);
        const double quality = qualityOf(entry);
        if (!supported.contains(date)) {
            unsupportedDate = date;
            continue;
        }
        // The highest q wins; among equals, the newest version (supported is newest first).
        if (quality > bestQuality ||
            (quality == bestQuality && quality > 0 && supported.indexOf(date) < supported.indexOf(*version))) {
            bestQuality = quality;
            *version = date;
        }
    }
    if (!version->isEmpty())
        return std::nullopt;
    if (!unsupportedDate.isEmpty())
        return SandboxError(406, QStringLiteral("INVALID_VERSION_DATE"),
                            QStringLiteral("The version %1 is not supported by this resource; supported: %2.")
                                .arg(unsupportedDate, supported.join(QStringLiteral(", "))),
                            QJsonArray{unsupportedDate});
    return SandboxError(406, QStringLiteral("INVALID_ACCEPT_HEADER"),
                        QStringLiteral("The Accept header must name a versioned media type such as %1.")
                            .arg(QLatin1String(mediaTypeFor(supported.first()))));
}

ApiResult AtlasRouter::route(const HttpRequest &request, const QStringList &segments, const QString &version,
                             QString &rateLimitKey)
{
    if (segments.isEmpty() || segments.first() != QStringLiteral("groups"))
        return ApiResult::error(SandboxError::resourceNotFound(request.path()));
    if (segments.size() == 1) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return listGroups(request);
    }
    return routeGroup(request, segments, version, rateLimitKey);
}

ApiResult AtlasRouter::routeGroup(const HttpRequest &request, const QStringList &segments, const QString &version,
                                  QString &rateLimitKey)
{
    const QString &groupId = segments.at(1);
    const QByteArray &method = request.method;
    const qsizetype n = segments.size();
    const QString collection = n >= 3 ? segments.at(2) : QString();
    const bool accessList = collection == QStringLiteral("accessList");
    const bool clusters = collection == QStringLiteral("clusters");
    const bool known = n == 2 ||
                       (n <= 4 && (collection == QStringLiteral("peers") ||
                                   collection == QStringLiteral("containers") || clusters || accessList)) ||
                       (n == 5 && accessList && segments.at(4) == QStringLiteral("status"));
    if (!known)
        return ApiResult::error(SandboxError::resourceNotFound(request.path()));

    // POST /peers/{id}:sandboxAccept plays the user's cloud-side step; not an Atlas endpoint.
    const bool acceptAction =
        n == 4 && collection == QStringLiteral("peers") && segments.at(3).endsWith(QStringLiteral(":sandboxAccept"));
    QList<QByteArray> allowed{"GET"};
    if (acceptAction)
        allowed = {"POST"};
    else if (n == 3 && !clusters)
        allowed.append("POST");
    else if (n == 4 && (collection == QStringLiteral("peers") || accessList))
        allowed.append("DELETE");
    if (!allowed.contains(method))
        return methodNotAllowed(allowed.join(", "));

    if (!isObjectId(groupId))
        return ApiResult::error(SandboxError(404, QStringLiteral("INVALID_GROUP_ID"),
                                             QStringLiteral("An invalid group ID %1 was specified.").arg(groupId),
                                             QJsonArray{groupId}));
    const SandboxProject *project = m_state.project(groupId);
    if (!project)
        return ApiResult::error(SandboxError(404, QStringLiteral("GROUP_NOT_FOUND"),
                                             QStringLiteral("No group with ID %1 exists.").arg(groupId),
                                             QJsonArray{groupId}));
    rateLimitKey = groupId;
    const bool writes = method != "GET";
    if (writes && !project->writable)
        return ApiResult::error(
            SandboxError(403, QStringLiteral("USER_CANNOT_ACCESS_GROUP"),
                         QStringLiteral("The API key lacks the Project Network Access Manager role in "
                                        "project %1.")
                             .arg(groupId),
                         QJsonArray{groupId}));
    if (writes) {
        const RateLimiter::Decision decision = m_rateLimiter.consume(groupId);
        if (!decision.allowed) {
            const QString endpoint = request.path().mid(1);
            ApiResult limited = ApiResult::error(SandboxError(
                429, QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"),
                QStringLiteral("Rate limit exceeded for %1. Please retry after %2 seconds. Request capacity: %3. "
                               "Refill rate: %4 per 60 seconds.")
                    .arg(endpoint)
                    .arg(decision.retryAfterSeconds)
                    .arg(m_rateLimiter.capacity())
                    .arg(m_rateLimiter.refillPerMinute()),
                QJsonArray{endpoint, decision.retryAfterSeconds, m_rateLimiter.capacity(),
                           m_rateLimiter.refillPerMinute(), 60}));
            limited.headers.append({"Retry-After", QByteArray::number(decision.retryAfterSeconds)});
            return limited;
        }
    }
    if (method == "GET" && (n == 3 || n == 4) && collection == QStringLiteral("peers") && m_throttledPeerReads > 0) {
        --m_throttledPeerReads;
        ApiResult limited = ApiResult::error(SandboxError(
            429, QStringLiteral("RATE_LIMITED"),
            QStringLiteral("Resource %1 is limited to 100 requests every 1 minutes.").arg(request.path().mid(1)),
            QJsonArray{request.path().mid(1), 100, 1}));
        limited.headers.append({"Retry-After", QByteArray::number(m_throttleRetryAfter)});
        return limited;
    }
    if (acceptAction) {
        const QString peerId = segments.at(3).section(QLatin1Char(':'), 0, 0);
        const QString refusal = m_state.acceptPeer(groupId, peerId);
        if (refusal == QStringLiteral("PEER_NOT_FOUND"))
            return m_peers.get(groupId, peerId);
        if (!refusal.isEmpty())
            return ApiResult::error(
                SandboxError(409, refusal,
                             QStringLiteral("The peer with ID %1 in group %2 cannot be updated in its current state.")
                                 .arg(peerId, groupId),
                             QJsonArray{peerId, groupId}));
        return m_peers.get(groupId, peerId);
    }
    if (method == "POST") {
        const QByteArray contentType = mediaTypeOf(request.header("content-type"));
        if (contentType != versionedMediaType && contentType != "application/json")
            return ApiResult::error(SandboxError(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                                                 QStringLiteral("The Content-Type must be %1 or application/json.")
                                                     .arg(QLatin1String(versionedMediaType))));
    }

    if (n == 2)
        return ApiResult::ok(renderGroup(*project));
    const QUrlQuery query = request.query();
    if (accessList)
        return routeAccessList(request, groupId, segments);
    if (clusters)
        return n == 3 ? m_clusters.list(groupId, query, selfUrl(request), m_baseUrl, version)
                      : m_clusters.get(groupId, segments.at(3), m_baseUrl, version);
    if (collection == QStringLiteral("peers")) {
        if (n == 3)
            return method == "POST" ? m_peers.create(groupId, request.body)
                                    : m_peers.list(groupId, query, selfUrl(request));
        return method == "DELETE" ? m_peers.remove(groupId, segments.at(3)) : m_peers.get(groupId, segments.at(3));
    }
    if (n == 3)
        return method == "POST" ? m_containers.create(groupId, request.body)
                                : m_containers.list(groupId, query, selfUrl(request), false);
    if (segments.at(3) == QStringLiteral("all"))
        return m_containers.list(groupId, query, selfUrl(request), true);
    return m_containers.get(groupId, segments.at(3));
}

ApiResult AtlasRouter::routeAccessList(const HttpRequest &request, const QString &groupId, const QStringList &segments)
{
    if (segments.size() == 3)
        return request.method == "POST"
                   ? m_accessList.create(groupId, request.body, request.query(), selfUrl(request), m_baseUrl)
                   : m_accessList.list(groupId, request.query(), selfUrl(request), m_baseUrl);
    const QString &entryValue = segments.at(3);
    if (segments.size() == 5)
        return m_accessList.status(groupId, entryValue);
    return request.method == "DELETE" ? m_accessList.remove(groupId, entryValue)
                                      : m_accessList.get(groupId, entryValue, m_baseUrl);
}

void AtlasRouter::throttlePeerReads(int times, int retryAfterSeconds)
{
    m_throttledPeerReads = times;
    m_throttleRetryAfter = retryAfterSeconds;
}

QJsonObject AtlasRouter::renderGroup(const SandboxProject &project) const
{
    const QString href = m_baseUrl.toString() + apiPrefix + QStringLiteral("/groups/") + project.id;
    return QJsonObject{
        {QStringLiteral("id"), project.id},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("orgId"), project.orgId},
        {QStringLiteral("clusterCount"), int(m_state.clusters(project.id).size())},
        {QStringLiteral("created"), project.created.toString(Qt::ISODate)},
        {QStringLiteral("withDefaultAlertsSettings"), true},
        {QStringLiteral("tags"), QJsonArray{}},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("href"), href}, {QStringLiteral("rel"), QStringLiteral("self")}}}},
    };
}

ApiResult AtlasRouter::listGroups(const HttpRequest &request)
{
    QJsonArray all;
    for (const SandboxProject &project : m_state.projects())
        all.append(renderGroup(project));
    return ApiResult::list(Pagination(request.query()).page(all, selfUrl(request)));
}

QUrl AtlasRouter::selfUrl(const HttpRequest &request) const
{
    QUrl url = m_baseUrl;
    url.setPath(request.path());
    QUrlQuery query = request.query();
    query.removeAllQueryItems(QStringLiteral("envelope"));
    query.removeAllQueryItems(QStringLiteral("pretty"));
    url.setQuery(query);
    return url;
}

HttpResponse AtlasRouter::finish(const HttpRequest &request, const ApiResult &result, const QString &rateLimitKey,
                                 const QString &version)
{
    const QUrlQuery query = request.query();
    const bool envelope = isFlagSet(query, QStringLiteral("envelope"));
    const bool pretty = isFlagSet(query, QStringLiteral("pretty"));

    QJsonValue body = result.body;
    if (envelope) {
        if (result.isPaginated) {
            QJsonObject list = body.toObject();
            list.insert(QStringLiteral("status"), result.status);
            body = list;
        } else {
            body = QJsonObject{{QStringLiteral("status"), result.status}, {QStringLiteral("content"), body}};
        }
    }
    HttpResponse response;
    response.status = envelope ? 200 : result.status;
    response.headers = result.headers;
    response.setHeader("Content-Type", result.isError ? QByteArrayLiteral("application/json")
                                                      : mediaTypeFor(version) + ";charset=utf-8");
    const QJsonDocument document = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    // 204 carries no content at all (RFC 9110 §15.3.5).
    if (response.status != 204)
        response.body = document.toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    if ((result.status >= 200 && result.status < 300) || result.status == 429) {
        const QString key = rateLimitKey.isEmpty() ? QStringLiteral("<user>") : rateLimitKey;
        response.setHeader("RateLimit-Limit", QByteArray::number(m_rateLimiter.capacity()));
        response.setHeader("RateLimit-Remaining", QByteArray::number(m_rateLimiter.remaining(key)));
    }
    return response;
}

} // namespace PeeringDesk
