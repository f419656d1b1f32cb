package io.github.claimconflict.input;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of an article in JSON and CSV input, each with the names it is found under: ours
 * first, then news-please's.
 */
public enum ArticleField {
  ID("id"),
  SOURCE("source", "source_domain"),
  PUBLISHED("published", "date_publish"),
  TITLE("title"),
  URL("url"),
  TEXT("text", "maintext"),
  LANGUAGE("language");

  private final List<String> names;

  ArticleField(String... names) {
    this.names = List.of(names);
  }

  /** The names this field is read from when the user has not mapped it. */
  public List<String> names() {
    return names;
  }

  /** The field named so ("text", "published"), in any case. */
  public static Optional<ArticleField> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (ArticleField f : values()) {
      if (f.names.get(0).equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** "id", as used in messages and options. */
  public String label() {
    return names.get(0);
  }
}
