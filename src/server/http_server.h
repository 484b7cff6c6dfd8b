// HttpServer: serves an Api and the dashboard's static files over HTTP (cpp-httplib), with the
// limits a public-facing process needs: loopback by default, bounded bodies and socket
// timeouts, JSON errors, an access log, and a graceful stop on SIGINT/SIGTERM.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "core/status.h"
#include "server/api.h"

namespace entente {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback: exposing the API is an explicit choice
  int port = 8080;                 // 0: any free port (reported through on_listening)
  std::string web_dir;             // the built dashboard (web/dist); empty or missing: API only
  size_t max_body_bytes = (1 << 20) + 4096;  // a request body larger than this gets 413
  int io_timeout_s = 10;                     // per read or write on a connection
  int threads = 8;                           // requests handled at once
  bool access_log = true;                    // one line per request on stderr
};

// Blocks until SIGINT or SIGTERM (or a failure to bind); calls on_listening(port) once the
// socket accepts connections. Must be called before any other thread is started, so that the
// signals reach the thread that waits for them.
Status RunServer(const ServerOptions& options, const Api& api,
                 const std::function<void(int port)>& on_listening);

}  // namespace entente
