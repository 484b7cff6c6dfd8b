#include "server/http_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <thread>

namespace entente {
namespace {

// The start of the request this thread is handling, for the access log: httplib handles a
// request on one thread from routing to logging.
thread_local std::chrono::steady_clock::time_point request_start;

void Respond(const ApiResponse& api, httplib::Response& res) {
  res.status = api.status;
  res.set_content(api.body, api.content_type);
  if (*api.cache) res.set_header("X-Entente-Cache", api.cache);
}

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest out;
  out.method = req.method;
  out.path = req.path;
  for (const auto& [key, value] : req.params) out.params.emplace_back(key, value);
  out.body = req.body;
  out.content_type = req.get_header_value("Content-Type");
  return out;
}

const char* StatusText(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timeout";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    default:
      return "request failed";
  }
}

}  // namespace

Status RunServer(const ServerOptions& options, const Api& api,
                 const std::function<void(int port)>& on_listening) {
  // Block the stop signals here, before httplib starts its workers (they inherit the mask), and
  // take them synchronously on one watcher thread: stop() is not async-signal-safe.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  // httplib's default adds SO_REUSEPORT, which would let a second server share a busy port and
  // split the requests with it; a port in use must be an error instead.
  // TCP_NODELAY (inherited by accepted sockets): httplib writes the headers and the body
  // separately, and with Nagle's algorithm a small body waits for the client's delayed ACK,
  // 40 ms per response.
  server.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  const int threads = options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(options.max_body_bytes);
  server.set_read_timeout(options.io_timeout_s, 0);
  server.set_write_timeout(options.io_timeout_s, 0);
  server.set_keep_alive_timeout(5);

  server.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
    request_start = std::chrono::steady_clock::now();
    // The API and the dashboard are same-origin; nothing here needs to be framed or sniffed.
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    return httplib::Server::HandlerResponse::Unhandled;
  });
  auto handle = [&api](const httplib::Request& req, httplib::Response& res) {
    Respond(api.Handle(ToApiRequest(req)), res);
  };
  // Every method reaches the Api, which answers 405 for the wrong one.
  const char* api_paths = R"(/v1(/.*)?)";
  server.Get(api_paths, handle);
  server.Post(api_paths, handle);
  server.Put(api_paths, handle);
  server.Delete(api_paths, handle);
  server.Patch(api_paths, handle);
  bool have_web = false;
  if (!options.web_dir.empty() && std::filesystem::is_directory(options.web_dir)) {
    have_web = server.set_mount_point("/", options.web_dir);
    // httplib compresses "application/javascript" with Brotli's slowest setting on every
    // request (seconds for a large bundle); with the charset it sends the bytes as they are.
    server.set_file_extension_and_mimetype_mapping("js", "application/javascript; charset=utf-8");
    server.set_file_extension_and_mimetype_mapping("mjs", "application/javascript; charset=utf-8");
  }
  if (!have_web) {
    server.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "{\"message\":\"entente API: see /v1/health; the dashboard is not built (run "
          "./setup.sh, or pass --web DIR)\"}\n",
          "application/json; charset=utf-8");
    });
  }
  // Errors httplib raises itself (413, 414, unknown paths) get the API's JSON error body.
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const std::string message =
            res.status == 404 ? "not found: " + req.path : std::string(StatusText(res.status));
        const ApiResponse error = ErrorResponse(res.status, message);
        res.set_content(error.body, error.content_type);
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Respond(ErrorResponse(500, "internal error"), res);
      });
  if (options.access_log) {
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                                  request_start)
                            .count();
      std::string target = req.path;
      if (!req.params.empty()) {
        char sep = '?';
        for (const auto& [key, value] : req.params) {
          target += sep + key + "=" + value;
          sep = '&';
        }
      }
      char when[32];
      const std::time_t now = std::time(nullptr);
      std::tm tm{};
      gmtime_r(&now, &tm);
      std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
      std::fprintf(stderr, "%s %s \"%s %s\" %d %zu %.1fms\n", when, req.remote_addr.c_str(),
                   req.method.c_str(), target.c_str(), res.status, res.body.size(), ms);
    });
  }

  const int port = options.port == 0
                       ? server.bind_to_any_port(options.host)
                       : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) {
    pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
    return IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                   " (in use, or not an address of this machine)");
  }

  std::atomic<bool> done{false}, signalled{false};
  std::thread watcher([&] {
    const timespec tick{0, 200'000'000};
    while (!done.load()) {
      if (sigtimedwait(&stop_signals, nullptr, &tick) > 0) {
        signalled = true;
        server.stop();
        return;
      }
    }
  });
  // listen_after_bind blocks; the server accepts from here on (the socket was bound above, so a
  // client that connects as soon as it reads the port waits in the backlog, never refused).
  on_listening(port);
  const bool clean = server.listen_after_bind();
  done = true;
  watcher.join();
  pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
  if (!clean && !signalled) return IoError("the server stopped unexpectedly");
  return Status::Ok();
}

}  // namespace entente
