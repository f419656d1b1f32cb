package io.github.claimconflict.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A conflict as a report in the schema {@code claim-conflict/report/v1} writes it: only what gold
 * items are matched against, read from the JSON so that any report, ours or a file, scores alike.
 *
 * @param id the conflict's id in its report
 * @param kind its kind as written, lower case ("numeric", "spelling", "quote")
 * @param topic what it is about
 * @param confidence its confidence
 * @param positions its sides
 */
public record ReportConflict(
    String id, String kind, String topic, double confidence, List<Position> positions) {

  public ReportConflict {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(topic, "topic");
    positions = List.copyOf(positions);
  }

  /**
   * One side of a conflict.
   *
   * @param value the surface text of the position
   * @param low the lower bound, empty when open or not numeric
   * @param high the upper bound, empty when open or not numeric
   * @param unit the canonical unit, or empty text
   * @param articles the ids of its articles
   * @param evidence where each article says it
   */
  public record Position(
      String value, OptionalDouble low, OptionalDouble high, String unit, List<String> articles,
      List<Evidence> evidence) {
    public Position {
      requireNonNull(value, "value");
      requireNonNull(low, "low");
      requireNonNull(high, "high");
      requireNonNull(unit, "unit");
      articles = List.copyOf(articles);
      evidence = List.copyOf(evidence);
    }
  }

  /** A piece of evidence: the article, the claim's offsets and its sentence. */
  public record Evidence(String article, int start, int end, String sentence) {}

  /** Every article any position names, in order of first appearance. */
  public Set<String> articles() {
    Set<String> out = new LinkedHashSet<>();
    positions.forEach(p -> out.addAll(p.articles()));
    return out;
  }

  /** The conflicts of a report's JSON tree (its {@code conflicts} array). */
  public static List<ReportConflict> listOf(JsonNode report) {
    List<ReportConflict> out = new ArrayList<>();
    JsonNode conflicts = report.path("conflicts");
    for (JsonNode c : conflicts) {
      List<Position> positions = new ArrayList<>();
      for (JsonNode p : c.path("positions")) {
        List<String> articles = new ArrayList<>();
        p.path("articles").forEach(a -> articles.add(a.asText()));
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode e : p.path("evidence")) {
          evidence.add(new Evidence(e.path("article").asText(""), e.path("start").asInt(),
              e.path("end").asInt(), e.path("sentence").asText("")));
        }
        positions.add(new Position(text(p.get("value")), number(p.get("low")),
            number(p.get("high")), text(p.get("unit")), articles, evidence));
      }
      out.add(new ReportConflict(text(c.get("id")), text(c.get("kind")).toLowerCase(Locale.ROOT),
          text(c.get("topic")), c.path("confidence").asDouble(0), positions));
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  private static OptionalDouble number(JsonNode n) {
    return n == null || n.isNull() || !n.isNumber()
        ? OptionalDouble.empty() : OptionalDouble.of(n.asDouble());
  }
}
