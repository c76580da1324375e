// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

/// Everything known about a failed Admin API call, and a sentence a person understands.
///
/// A value type: no sentinels. `kind()` says what class of failure it is; the API's own
/// fields (type, code, param, message) and the `x-request-id` are kept verbatim so the user
/// can quote them to OpenAI support.
class ApiError
{
public:
    enum class Kind {
        None,           ///< not an error
        Network,        ///< connection refused, reset, DNS, TLS...
        Timeout,        ///< no complete answer within the timeout (or 408)
        Cancelled,      ///< cancelled by us
        KeyChanged,     ///< stopped because the admin key (or the API address) changed
        Unauthorized,   ///< 401: key missing, wrong or revoked
        Forbidden,      ///< 403: key without admin scope, e.g. a project key
        NotFound,       ///< 404
        InvalidRequest, ///< 400, 409, 422 and other 4xx
        RateLimited,    ///< 429
        Server,         ///< 5xx
        BadResponse,    ///< HTML, empty body, truncated JSON, wrong types, endless cursor
        InsecureUrl,    ///< plain http to a non-loopback host, or another origin
        OutcomeUnknown, ///< a create that may or may not have happened
        NoKey,          ///< no admin key configured
    };

    ApiError() = default;
    ApiError(Kind kind, QString message = {});

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; } ///< 0 without a response
    [[nodiscard]] QString type() const { return m_type; }         ///< the API's error.type
    [[nodiscard]] QString code() const { return m_code; }         ///< the API's error.code
    [[nodiscard]] QString param() const { return m_param; }       ///< the API's error.param
    [[nodiscard]] QString apiMessage() const { return m_apiMessage; } ///< error.message verbatim
    [[nodiscard]] QString requestId() const { return m_requestId; }   ///< x-request-id
    [[nodiscard]] QString detail() const { return m_detail; } ///< technical detail (never a key)

    /// A translated sentence for a person, e.g. "The admin key was rejected by OpenAI (401).
    /// Check the key in Settings." It ends with the server's own message when there is one.
    [[nodiscard]] QString userMessage() const;
    /// userMessage() without its request id, for a view that shows the id apart.
    [[nodiscard]] QString userMessageWithoutRequestId() const;

    /// True for failures a safe request may be repeated after: 408, 409, 429, >= 500,
    /// timeouts and connection errors.
    [[nodiscard]] bool isRetryable() const;

    ApiError &setHttpStatus(int status) { m_httpStatus = status; return *this; }
    ApiError &setType(const QString &v) { m_type = v; return *this; }
    ApiError &setCode(const QString &v) { m_code = v; return *this; }
    ApiError &setParam(const QString &v) { m_param = v; return *this; }
    ApiError &setApiMessage(const QString &v) { m_apiMessage = v; return *this; }
    ApiError &setRequestId(const QString &v) { m_requestId = v; return *this; }
    ApiError &setDetail(const QString &v) { m_detail = v; return *this; }

    /// The kind for an HTTP status (401 -> Unauthorized, 5xx -> Server...).
    [[nodiscard]] static Kind kindForStatus(int httpStatus);

    friend bool operator==(const ApiError &, const ApiError &) = default;

    // tr() in the context "ApiError", so lupdate finds the sentences (ends in private:).
    Q_DECLARE_TR_FUNCTIONS(ApiError)

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_type;
    QString m_code;
    QString m_param;
    QString m_apiMessage;
    QString m_requestId;
    QString m_detail;
};

Q_DECLARE_METATYPE(ApiError)

/// A value or the error that prevented it.
template <typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_value(std::move(value)) {}       // NOLINT: implicit on purpose
    ApiResult(ApiError error) : m_error(std::move(error)) {} // NOLINT: implicit on purpose

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    [[nodiscard]] const T &value() const { return *m_value; }
    [[nodiscard]] const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};
