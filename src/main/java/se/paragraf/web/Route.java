package se.paragraf.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One entry of the route table: method, path, who may use it, and the handler. */
public record Route(HandlerType method, String path, Access access, Handler handler) {

  public static Route get(String path, Access access, Handler handler) {
    return new Route(HandlerType.GET, path, access, handler);
  }

  public static Route post(String path, Access access, Handler handler) {
    return new Route(HandlerType.POST, path, access, handler);
  }

  /** "GET /organ/{organ}" */
  public String key() {
    return method.name() + " " + path;
  }

  public boolean isApi() {
    return path.startsWith("/api/");
  }
}
