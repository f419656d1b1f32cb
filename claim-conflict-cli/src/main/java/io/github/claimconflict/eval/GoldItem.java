package io.github.claimconflict.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * One labelled item of a cluster's gold: a conflict a report must have, a trap it must not fall
 * into, or an optional one. It matches a conflict of its kind that has two distinct positions
 * meeting {@code a} and {@code b}, or, for an {@code any_position} item, any position meeting it.
 *
 * @param id the item's id ("MN-N1")
 * @param kind "numeric", "spelling" or "quote"
 * @param a one side, empty for an any-position item
 * @param b the other side, empty for an any-position item
 * @param anyPosition the side any position may meet, or empty
 */
public record GoldItem(
    String id, String kind, Optional<PositionSpec> a, Optional<PositionSpec> b,
    Optional<PositionSpec> anyPosition) {

  public GoldItem {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    if (anyPosition.isEmpty() && (a.isEmpty() || b.isEmpty())) {
      throw new IllegalArgumentException("gold item " + id + ": needs 'a' and 'b', or "
          + "'any_position'");
    }
  }

  /** Whether the conflict is what this item describes. */
  public boolean matches(ReportConflict c) {
    if (!c.kind().equals(kind)) {
      return false;
    }
    var ps = c.positions();
    if (anyPosition.isPresent()) {
      return ps.stream().anyMatch(anyPosition.get()::matches);
    }
    for (int i = 0; i < ps.size(); i++) {
      if (a.get().matches(ps.get(i))) {
        for (int j = 0; j < ps.size(); j++) {
          if (i != j && b.get().matches(ps.get(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** What the item asks, for a reader. */
  public String describe() {
    return anyPosition.map(p -> "any position " + p.describe())
        .orElseGet(() -> a.get().describe() + "  vs  " + b.get().describe());
  }

  static GoldItem parse(JsonNode n, String where) {
    JsonNode id = n.get("id");
    JsonNode kind = n.get("kind");
    if (id == null || !id.isTextual() || kind == null || !kind.isTextual()) {
      throw new IllegalArgumentException(where + ": a gold item needs a text 'id' and 'kind'");
    }
    String w = where + " " + id.asText();
    if (GoldScorer.kind(kind.asText()).isEmpty()) {
      throw new IllegalArgumentException(w + ": unknown kind '" + kind.asText()
          + "' (numeric, spelling or quote)");
    }
    return new GoldItem(id.asText(), kind.asText().toLowerCase(Locale.ROOT),
        Optional.ofNullable(n.get("a")).map(x -> PositionSpec.parse(x, w + ".a")),
        Optional.ofNullable(n.get("b")).map(x -> PositionSpec.parse(x, w + ".b")),
        Optional.ofNullable(n.get("any_position"))
            .map(x -> PositionSpec.parse(x, w + ".any_position")));
  }
}
