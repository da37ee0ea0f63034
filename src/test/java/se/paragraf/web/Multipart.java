package se.paragraf.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data upload of one file, with the CSRF field. */
final class Multipart {
  private Multipart() {}

  static Browser.Page post(Browser b, String path, String field, String fileName, byte[] content) {
    String boundary = "paragraf-test-boundary";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
        + b.csrf() + "\r\n");
    write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(content);
    write(out, "\r\n--" + boundary + "--\r\n");
    return b.send(HttpRequest.newBuilder(b.uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
