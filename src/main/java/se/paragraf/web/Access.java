package se.paragraf.web;

import io.javalin.security.RouteRole;

/**
 * Who may use a route. Every route declares one; the guard evaluates it before any handler runs,
 * so no handler can forget the check. The organ is the route's {@code {organ}} path parameter or
 * the organ of its {@code {dok}} document.
 */
public enum Access implements RouteRole {
  /** Anyone, logged in or not. */
  PUBLIC,
  /** Any logged-in account. */
  INLOGGAD,
  /** Anyone with a role (sekreterare, ledamot, ersättare) in the organ. */
  MEDLEM,
  /** The organ's sekreterare. */
  SEKRETERARE,
  /** A member of the organ asked to sign the document (ordförande or justerare). */
  UNDERTECKNARE,
  /** The organ's sekreterare or a signer of the document: the justering page. */
  SEKRETERARE_ELLER_UNDERTECKNARE,
  /** An administrator. */
  ADMIN
}
