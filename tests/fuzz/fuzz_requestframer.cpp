// libFuzzer target: the front door's request framer (server/http/requestframer.h), which reads every
// byte a client sends before anything else does. Input: the first byte says where to cut the stream
// into pieces, the rest is the stream. Invariants: it never reads past what it is given, a request
// framed in pieces ends exactly where it ends when framed at once, a refusal is a 4xx/5xx with a
// reason, and nothing the limits refuse is ever called complete. A complete request with a
// Content-Length body that the front door answers itself (http/directrequest.h) reads as a POST to a
// webhook path whose body is exactly the framed body.
#include "http/directrequest.h"
#include "http/requestframer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    bva::RequestFramer::Status status = bva::RequestFramer::Status::NeedMore;
    qsizetype used = 0;
    int refusal = 0;
    qint64 headBytes = 0;
    bool chunked = false;
};

Outcome frame(QByteArrayView stream, qsizetype piece, const bva::FramingLimits &limits)
{
    bva::RequestFramer framer(limits);
    Outcome out;
    for (qsizetype at = 0; at < stream.size() && out.status == bva::RequestFramer::Status::NeedMore;) {
        const qsizetype n = qMin(piece, stream.size() - at);
        qsizetype used = 0;
        out.status = framer.feed(stream.sliced(at, n), &used);
        if (used < 0 || used > n)
            std::abort();
        out.used += used;
        at += n;
    }
    if (out.status == bva::RequestFramer::Status::Refused) {
        out.refusal = framer.refusalStatus();
        if (out.refusal < 400 || out.refusal > 599 || framer.refusalReason().isEmpty())
            std::abort();
    }
    if (out.status == bva::RequestFramer::Status::Complete && framer.bodyBytes() > limits.maxBodyBytes)
        std::abort();
    out.headBytes = framer.headBytes();
    out.chunked = framer.chunked();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    bva::FramingLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxHeadBytes = 2048;
    limits.maxRequestLineBytes = 512;
    limits.maxHeaderCount = 20;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome whole = frame(stream, stream.size() + 1, limits);
    const Outcome pieces = frame(stream, 1 + data[0] % 61, limits);
    if (whole.status != pieces.status || whole.refusal != pieces.refusal ||
        (whole.status == bva::RequestFramer::Status::Complete && whole.used != pieces.used))
        std::abort();
    if (whole.status == bva::RequestFramer::Status::Complete && !whole.chunked) {
        const QByteArray request = stream.first(whole.used).toByteArray();
        const auto direct = bva::readDirectRequest(request, whole.headBytes);
        if (direct && (direct->request.method != bva::HttpRequest::Method::Post ||
                       !direct->request.path.startsWith(QStringLiteral("/api/webhooks/")) ||
                       direct->request.body.size() != whole.used - whole.headBytes))
            std::abort();
    }
    return 0;
}
