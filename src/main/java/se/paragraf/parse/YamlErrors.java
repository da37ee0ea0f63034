package se.paragraf.parse;

import java.util.List;

/** Short Swedish gists of snakeyaml's error messages. */
final class YamlErrors {
  private record Gist(String english, String swedish) {}

  private static final List<Gist> GISTS = List.of(
      new Gist("mapping values are not allowed", "kolon på fel ställe (sätt värdet inom "
          + "citattecken om det innehåller \": \", eller rätta indraget)"),
      new Gist("could not find expected ':'", "kolon saknas efter nyckeln"),
      new Gist("(TAB)", "tabbtecken får inte användas för indrag"),
      new Gist("found unexpected end of stream", "citattecknet avslutas aldrig"),
      new Gist("expected ',' or ']'", "listan inom [ ] avslutas aldrig"),
      new Gist("expected ',' or '}'", "mappningen inom { } avslutas aldrig"),
      new Gist("expected <block end>", "indraget stämmer inte"),
      new Gist("did not find expected key", "indraget stämmer inte"),
      new Gist("did not find expected '-'", "listan har fel indrag"),
      new Gist("found unknown escape character", "okänd escape-sekvens inom dubbla citattecken "
          + "(använd enkla citattecken)"),
      new Gist("found undefined alias", "aliaset är inte definierat"),
      new Gist("cannot start any token", "tecknet kan inte inleda ett värde (sätt värdet inom "
          + "citattecken)"),
      new Gist("Number of aliases", "för många alias"),
      new Gist("exceeds the limit", "för stor"),
      new Gist("Non scalar key", "en nyckel måste vara text"),
      new Gist("duplicate key", "nyckeln förekommer två gånger"),
      new Gist("recursive", "självrefererande alias"));

  private YamlErrors() {}

  static String gist(String problem) {
    String p = problem == null ? "" : problem;
    return GISTS.stream().filter(g -> p.contains(g.english())).map(Gist::swedish).findFirst()
        .orElse("felaktig syntax (" + p.strip() + ")");
  }

  /** For an unterminated quote or bracket, where it starts says more than where the text ends. */
  static boolean preferContext(String problem, String context) {
    String p = problem == null ? "" : problem;
    String c = context == null ? "" : context;
    return (p.contains("end of stream") && c.contains("quoted scalar"))
        || p.contains("expected ',' or");
  }
}
