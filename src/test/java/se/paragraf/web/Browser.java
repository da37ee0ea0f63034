package se.paragraf.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.web.api.Json;

/**
 * A test client that behaves like a browser tab: keeps its cookies, never follows redirects (the
 * tests assert them), and sends the CSRF token it was given unless told not to.
 */
public final class Browser {
  private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

  private final String origin;
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf;

  public Browser(int port) {
    this.origin = "http://localhost:" + port;
  }

  /** A response: status, headers, body. */
  public record Page(int status, HttpResponse<String> raw) {
    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
      return raw.headers().allValues(name);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(body());
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Posts a form with the CSRF field. */
  public Page post(String path, String... fields) {
    List<String> all = new ArrayList<>(List.of(fields));
    all.add("csrf");
    all.add(csrf());
    return postForm(path, all.toArray(new String[0]));
  }

  /** Posts a form exactly as given (no CSRF field added). */
  public Page postForm(String path, String... fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(sb.toString())));
  }

  /** Posts JSON with the X-CSRF-Token header. */
  public Page postJson(String path, Object body) {
    return postJson(path, body, csrf());
  }

  /** Posts JSON with the given token (null: no header). */
  public Page postJson(String path, Object body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
    if (token != null) {
      b.header("X-CSRF-Token", token);
    }
    return send(b);
  }

  public Page postBytes(String path, byte[] body, String contentType) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .header("X-CSRF-Token", csrf()).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Page send(HttpRequest.Builder b) {
    if (!cookies.isEmpty()) {
      StringBuilder c = new StringBuilder();
      cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      b.header("Cookie", c.toString());
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : r.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return new Page(r.statusCode(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The token this tab would put in its forms (fetched from a page once, then kept). */
  public String csrf() {
    if (csrf == null) {
      Matcher m = META_CSRF.matcher(get("/logga-in").body());
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token on the login page");
      }
      csrf = m.group(1);
    }
    return csrf;
  }

  /** Logs in through the form; afterwards the token is the session's. */
  public Browser login(String username, String password) {
    Page p = post("/logga-in", "anvandarnamn", username, "losenord", password, "nasta", "/");
    if (p.status() != 302) {
      throw new IllegalStateException("login failed: " + p.status());
    }
    csrf = null;
    Matcher m = META_CSRF.matcher(get("/").body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token after login");
    }
    csrf = m.group(1);
    return this;
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public void forgetCookies() {
    cookies.clear();
    csrf = null;
  }

  URI uri(String path) {
    return URI.create(origin + path);
  }
}
