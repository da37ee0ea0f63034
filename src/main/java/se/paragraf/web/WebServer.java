package se.paragraf.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.List;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import se.paragraf.util.LargeStack;
import se.paragraf.web.auth.Guard;
import se.paragraf.web.view.Views;

/**
 * Builds the Javalin application: every route of the {@link RouteTable} with its declared
 * {@link Access}, the guard before each matched route, the security headers on every response,
 * and {@link Errors} for every failure.
 */
public final class WebServer {
  /** Sources are at most 2 MB; JSON escaping and form encoding add to that. */
  static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

  private WebServer() {}

  /** A started server, for the command line (which does not see Javalin). */
  public static final class Running {
    private final Javalin javalin;

    private Running(Javalin javalin) {
      this.javalin = javalin;
    }

    public int port() {
      return javalin.port();
    }

    public void stop() {
      javalin.stop();
    }
  }

  /** Builds and starts the server on the configured port; {@code host} null: every address. */
  public static Running start(WebApp app, String host) {
    Javalin j = create(app);
    if (host == null) {
      j.start(app.config().port());
    } else {
      j.start(host, app.config().port());
    }
    return new Running(j);
  }

  /**
   * Javalin's default pool (8 to 250 threads), with large stacks: a request parses its Markdown
   * on its own thread instead of handing it to a parser thread (see {@link LargeStack}).
   */
  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(250, 8, 60_000, -1, null, null,
        LargeStack.factory("paragraf-http"));
    pool.setName("paragraf-http");
    return pool;
  }

  public static Javalin create(WebApp app) {
    Views views = new Views(app);
    Errors errors = new Errors(views);
    Guard guard = new Guard(app.db());
    List<Route> routes = RouteTable.routes(app, views);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.port = app.config().port();
      config.jetty.threadPool = threadPool();
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.defaultContentType = "text/html; charset=utf-8";
      config.router.ignoreTrailingSlashes = true;
      config.jetty.multipartConfig.maxFileSize(6, SizeUnit.MB);
      config.jetty.multipartConfig.maxTotalRequestSize(8, SizeUnit.MB);
      config.jetty.multipartConfig.maxInMemoryFileSize(6, SizeUnit.MB);
      config.routes.before(SecurityHeaders::apply);
      config.routes.beforeMatched(guard::check);
      for (Route r : routes) {
        config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.access());
      }
      config.routes.exception(Exception.class, errors::handle);
      for (int status : new int[] {404, 405, 413}) {
        config.routes.error(status, errors::status);
      }
    });
  }
}
