package io.github.claimconflict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's gold in the checker format: the conflicts a report must have, the traps it must not
 * fall into, and optional items that are neither rewarded nor counted as unexpected.
 *
 * @param minConfidence conflicts below this confidence are not looked at (default 0.5)
 * @param must items a report should have
 * @param mustNot traps: items a report must not have
 * @param optional items neither rewarded nor penalised
 */
public record Gold(
    double minConfidence, List<GoldItem> must, List<GoldItem> mustNot, List<GoldItem> optional) {

  public Gold {
    must = List.copyOf(must);
    mustNot = List.copyOf(mustNot);
    optional = List.copyOf(optional);
  }

  /** Reads a {@code checker_gold} object; {@code where} names it in errors. */
  public static Gold parse(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(where + ": expected a gold object with 'must' and "
          + "'must_not'");
    }
    return new Gold(n.path("min_confidence").asDouble(0.5),
        items(n.get("must"), where + ".must"), items(n.get("must_not"), where + ".must_not"),
        items(n.get("optional"), where + ".optional"));
  }

  private static List<GoldItem> items(JsonNode n, String where) {
    List<GoldItem> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(where + ": expected a list of items");
    }
    for (int i = 0; i < n.size(); i++) {
      out.add(GoldItem.parse(n.get(i), where + "[" + i + "]"));
    }
    return out;
  }
}
