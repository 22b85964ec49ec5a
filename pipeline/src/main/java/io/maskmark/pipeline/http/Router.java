package io.maskmark.pipeline.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches requests by method and path, checks authentication, turns every failure into a JSON
 * error (never a stack trace), and records request metrics. Logs carry the method, the route
 * template, the status and the time: never a body, a header value or a query.
 */
public final class Router implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  /** A route's work. Throw {@link HttpError} for a 4xx/5xx answer. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange ex) throws Exception;
  }

  private record Route(String method, String path, boolean prefix, boolean authenticated,
                       Handler handler) {
    boolean matches(String p) {
      return prefix ? p.startsWith(path) && p.length() > path.length() : p.equals(path);
    }

    String template() {
      return prefix ? path + "{id}" : path;
    }
  }

  private final List<Route> routes = new ArrayList<>();
  private final BearerAuth auth;
  private final HttpMetrics metrics;

  public Router(BearerAuth auth, HttpMetrics metrics) {
    this.auth = auth;
    this.metrics = metrics;
  }

  /** An authenticated route for exactly {@code path}. */
  public Router route(String method, String path, Handler handler) {
    routes.add(new Route(method, path, false, true, handler));
    return this;
  }

  /** An authenticated route for every path below {@code prefix} (which ends with '/'). */
  public Router routePrefix(String method, String prefix, Handler handler) {
    routes.add(new Route(method, prefix, true, true, handler));
    return this;
  }

  /** A route without this server's authentication (e.g. the proxy's, checked upstream). */
  public Router open(String method, String path, Handler handler) {
    routes.add(new Route(method, path, false, false, handler));
    return this;
  }

  public Router openPrefix(String method, String prefix, Handler handler) {
    routes.add(new Route(method, prefix, true, false, handler));
    return this;
  }

  @Override
  public void handle(HttpExchange ex) {
    long t0 = System.nanoTime();
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    String template = "unmatched";
    int status = 500;
    // The exchange is closed in finally, not by try-with-resources: that would close it before
    // the catch blocks could send the error response.
    try {
      Route route = null;
      Set<String> allowed = new LinkedHashSet<>();
      for (Route r : routes) {
        if (r.matches(path)) {
          allowed.add(r.method());
          if (r.method().equals(method)) {
            route = r;
            break;
          }
        }
      }
      if (route == null) {
        if (allowed.isEmpty()) {
          throw new HttpError(404, "not_found", "no such endpoint");
        }
        template = routes.stream().filter(r -> r.matches(path)).findFirst().get().template();
        ex.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw new HttpError(405, "method_not_allowed", "use " + String.join(" or ", allowed));
      }
      template = route.template();
      if (route.authenticated()) {
        auth.check(ex);
      }
      route.handler().handle(ex);
      status = ex.getResponseCode();
    } catch (HttpError e) {
      status = e.status();
      metrics.error(template, status, e.code());
      respond(ex, e);
    } catch (IOException e) {
      // The client went away or the connection broke mid-response: nothing left to tell it.
      status = ex.getResponseCode() > 0 ? ex.getResponseCode() : 499;
      metrics.error(template, status, "connection_closed");
      LOG.debug("{} {}: connection closed ({})", method, template, e.getClass().getSimpleName());
    } catch (Exception | StackOverflowError | AssertionError e) {
      // Exception messages may quote input: log the class only, answer a fixed text.
      LOG.warn("{} {} failed: {}", method, template, e.getClass().getName());
      status = 500;
      metrics.error(template, status, "internal_error");
      respond(ex, new HttpError(500, "internal_error", "internal error"));
    } finally {
      ex.close();
      long nanos = System.nanoTime() - t0;
      metrics.record(template, method, status, nanos);
      LOG.debug("{} {} {} {} us", method, template, status, nanos / 1000);
    }
  }

  private static void respond(HttpExchange ex, HttpError e) {
    if (ex.getResponseCode() > 0) {
      return; // headers already sent (a stream broke): the connection closes instead
    }
    try {
      if (e.status() == 413) {
        // the unread body makes the server drop the connection: tell the client not to reuse it
        ex.getResponseHeaders().set("Connection", "close");
      }
      if (e.status() == 401) {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"maskmark\"");
      }
      Responses.error(ex, e);
    } catch (IOException io) {
      LOG.debug("could not send the error response: {}", io.getClass().getSimpleName());
    }
  }
}
