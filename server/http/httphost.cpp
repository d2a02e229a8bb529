#include "httphost.h"

#include "httpserver.h"

#include <QThread>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace bva {

HttpHost::HttpHost(QObject *parent)
    : QObject(parent)
{
}

HttpHost::~HttpHost()
{
    stop();
}

Result<quint16> HttpHost::start(const HttpHostConfig &config, const Setup &setup)
{
    if (m_server)
        return Error::conflict(u"the HTTP server is already running"_s);
    m_thread = new QThread;
    m_thread->setObjectName(u"bva-http"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    QString error;
    quint16 port = 0;
    HttpServer *server = nullptr;
    QMetaObject::invokeMethod(m_context, [&] {
        auto *s = new HttpServer(CorsPolicy(config.corsOrigins), config.maxBodyBytes);
        if (setup)
            setup(*s);
        port = s->listen(config.address, config.port);
        if (port == 0) {
            const auto servers = s->servers();
            error = servers.isEmpty() ? u"cannot listen"_s : servers.constFirst()->errorString();
            delete s;
            return;
        }
        server = s;
    }, Qt::BlockingQueuedConnection);

    if (!server) {
        stop();
        return Error::network(u"cannot listen on %1:%2: %3"_s.arg(config.address.toString()).arg(config.port).arg(error));
    }
    m_server = server;
    m_port = port;
    emit started(port);
    return port;
}

void HttpHost::stop()
{
    if (!m_thread)
        return;
    const bool wasRunning = m_server != nullptr;
    if (m_server) {
        HttpServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(m_context, [ctx = m_context] { delete ctx; }, Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
    if (wasRunning)
        emit stopped();
}

} // namespace bva
