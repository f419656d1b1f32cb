package io.github.claimconflict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one side of a gold item asks of a report's position. Every condition present must hold:
 *
 * <table>
 * <caption>Conditions</caption>
 * <tr><th>field</th><th>the position must</th></tr>
 * <tr><td>{@code articles}</td><td>name an article whose id starts with one of these</td></tr>
 * <tr><td>{@code contains}</td><td>have an interval (some bound) that holds the number</td></tr>
 * <tr><td>{@code not_contains}</td><td>have no interval, or one that does not hold it</td></tr>
 * <tr><td>{@code within}</td><td>have an interval that overlaps the range</td></tr>
 * <tr><td>{@code unit}</td><td>have a unit that contains this text</td></tr>
 * <tr><td>{@code text}</td><td>have a value that contains one of these texts, ignoring case</td></tr>
 * <tr><td>{@code not_text}</td><td>have a value without this text</td></tr>
 * </table>
 *
 * <p>Open bounds are unbounded; the rules are those of the development set's reference scorer.
 */
public record PositionSpec(
    List<String> articles,
    OptionalDouble contains,
    OptionalDouble notContains,
    Optional<double[]> within,
    Optional<String> unit,
    List<String> text,
    Optional<String> notText) {

  public PositionSpec {
    articles = List.copyOf(articles);
    text = List.copyOf(text);
  }

  /** Whether the position meets every condition. */
  public boolean matches(ReportConflict.Position p) {
    if (!articles.isEmpty()
        && p.articles().stream().noneMatch(a -> articles.stream().anyMatch(a::startsWith))) {
      return false;
    }
    boolean bounded = p.low().isPresent() || p.high().isPresent();
    double lo = p.low().orElse(Double.NEGATIVE_INFINITY);
    double hi = p.high().orElse(Double.POSITIVE_INFINITY);
    if (contains.isPresent()
        && (!bounded || !(lo <= contains.getAsDouble() && contains.getAsDouble() <= hi))) {
      return false;
    }
    if (notContains.isPresent() && bounded
        && lo <= notContains.getAsDouble() && notContains.getAsDouble() <= hi) {
      return false;
    }
    if (within.isPresent() && (!bounded || hi < within.get()[0] || lo > within.get()[1])) {
      return false;
    }
    if (unit.isPresent() && !p.unit().toLowerCase(Locale.ROOT).contains(unit.get())) {
      return false;
    }
    String value = p.value().toLowerCase(Locale.ROOT);
    if (!text.isEmpty() && text.stream().noneMatch(t -> value.contains(t.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    return notText.isEmpty() || !value.contains(notText.get().toLowerCase(Locale.ROOT));
  }

  /** A short description for a reader: "mn08: contains 100000". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    contains.ifPresent(v -> parts.add("contains " + plain(v)));
    within.ifPresent(w -> parts.add("within " + plain(w[0]) + "-" + plain(w[1])));
    if (!text.isEmpty()) {
      parts.add("text " + String.join(" | ", text));
    }
    unit.ifPresent(u -> parts.add("unit " + u));
    notContains.ifPresent(v -> parts.add("not " + plain(v)));
    notText.ifPresent(t -> parts.add("not text " + t));
    String what = String.join(", ", parts);
    return articles.isEmpty() ? what : String.join(",", articles) + ": " + what;
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Reads a spec from a checker item's side; {@code where} names it in errors. */
  static PositionSpec parse(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    List<String> articles = strings(n.get("articles"), where + ".articles");
    Optional<double[]> within = Optional.empty();
    JsonNode w = n.get("within");
    if (w != null) {
      if (!w.isArray() || w.size() != 2 || !w.get(0).isNumber() || !w.get(1).isNumber()) {
        throw new IllegalArgumentException(where + ".within: expected [low, high]");
      }
      within = Optional.of(new double[] {w.get(0).asDouble(), w.get(1).asDouble()});
    }
    return new PositionSpec(articles, number(n.get("contains"), where + ".contains"),
        number(n.get("not_contains"), where + ".not_contains"), within,
        Optional.ofNullable(n.get("unit")).map(JsonNode::asText),
        strings(n.get("text"), where + ".text"),
        Optional.ofNullable(n.get("not_text")).map(JsonNode::asText));
  }

  private static OptionalDouble number(JsonNode n, String where) {
    if (n == null || n.isNull()) {
      return OptionalDouble.empty();
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException(where + ": expected a number, got " + n);
    }
    return OptionalDouble.of(n.asDouble());
  }

  /** A string or a list of strings. */
  private static List<String> strings(JsonNode n, String where) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      out.add(n.asText());
      return out;
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(where + ": expected a string or a list of strings");
    }
    n.forEach(s -> out.add(s.asText()));
    return out;
  }
}
