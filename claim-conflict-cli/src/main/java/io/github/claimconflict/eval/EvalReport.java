package io.github.claimconflict.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimconflict.report.ConflictKind;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders an {@link Evaluation.Result}: as a table per cluster and kind that ends with the
 * reference scorer's line ({@code found X/Y must, violated Z/W traps, U unexpected}, and {@code ,
 * C cross-event} for a mixed feed), or as JSON for scripts.
 */
public final class EvalReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalReport() {}

  /** The result as text; {@code verbose} adds each miss, violation and unexpected conflict. */
  public static String text(Evaluation.Result r, boolean verbose) {
    StringBuilder out = new StringBuilder();
    int texts = r.clusters().stream().mapToInt(Evaluation.ClusterResult::texts).sum();
    int missing = r.clusters().stream().mapToInt(c -> c.missing().size()).sum();
    out.append(String.format(Locale.ROOT, "%d clusters, %d texts scanned%s, %s%n",
        r.clusters().size(), texts, missing == 0 ? "" : " (" + missing + " missing)",
        r.mixed() ? "all together as one feed" : "each cluster on its own"));
    for (Evaluation.ClusterResult c : r.clusters()) {
      for (String m : c.missing()) {
        out.append("missing text: ").append(c.cluster()).append(' ').append(m).append('\n');
      }
      if (verbose) {
        details(out, c);
      }
    }
    if (verbose) {
      for (ReportConflict x : r.crossEvent()) {
        out.append("cross-event: ").append(describe(x)).append('\n');
      }
    }
    out.append('\n');
    int width = Math.max("cluster".length(), r.clusters().stream()
        .mapToInt(c -> c.cluster().length()).max().orElse(0));
    String row = "%-" + width + "s  %-9s %8s %8s %11s%n";
    out.append(String.format(Locale.ROOT, row, "cluster", "kind", "must", "traps", "unexpected"));
    for (Evaluation.ClusterResult c : r.clusters()) {
      rows(out, row, c.cluster(), c.score().byKind(), c.score().total());
    }
    rows(out, row, "total", r.totals(), r.total());
    out.append(r.total().line());
    if (r.mixed()) {
      out.append(", ").append(r.crossEvent().size()).append(" cross-event");
    }
    return out.append('\n').toString();
  }

  private static void rows(StringBuilder out, String row, String name,
      Map<ConflictKind, Tally> byKind, Tally all) {
    String first = name;
    for (ConflictKind k : ConflictKind.values()) {
      Tally t = byKind.getOrDefault(k, Tally.ZERO);
      out.append(String.format(Locale.ROOT, row, first, k.label(), t.found() + "/" + t.must(),
          t.violated() + "/" + t.traps(), t.unexpected()));
      first = "";
    }
    out.append(String.format(Locale.ROOT, row, "", "all", all.found() + "/" + all.must(),
        all.violated() + "/" + all.traps(), all.unexpected()));
  }

  private static void details(StringBuilder out, Evaluation.ClusterResult c) {
    Score s = c.score();
    for (GoldItem m : s.missed()) {
      out.append(c.cluster()).append(" missed ").append(m.id()).append(" (").append(m.kind())
          .append("): ").append(m.describe()).append('\n');
    }
    for (Score.Violation v : s.violated()) {
      out.append(c.cluster()).append(" violated ").append(v.trap().id()).append(" by ")
          .append(describe(v.conflict())).append('\n');
    }
    for (ReportConflict u : s.unexpected()) {
      out.append(c.cluster()).append(" unexpected ").append(describe(u)).append('\n');
      for (ReportConflict.Position p : u.positions()) {
        for (ReportConflict.Evidence e : p.evidence()) {
          out.append("    ").append(e.article()).append(" [").append(e.start()).append(',')
              .append(e.end()).append(") ").append(oneLine(e.sentence())).append('\n');
        }
      }
    }
  }

  /** A conflict on one line: its id, kind, topic, confidence and positions with articles. */
  static String describe(ReportConflict c) {
    return String.format(Locale.ROOT, "%s %s %s (%.2f): %s", c.id(), c.kind(),
        quoted(c.topic()), c.confidence(), c.positions().stream()
            .map(p -> quoted(p.value()) + "@" + String.join(",", p.articles()))
            .collect(Collectors.joining(" | ")));
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }

  /** The result as JSON, ending with a newline. */
  public static String json(Evaluation.Result r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", "claim-conflict/eval/v1");
    root.put("mixed", r.mixed());
    tally(root.putObject("total"), r.totals(), r.total());
    ArrayNode clusters = root.putArray("clusters");
    for (Evaluation.ClusterResult c : r.clusters()) {
      ObjectNode n = clusters.addObject();
      n.put("id", c.cluster());
      n.put("texts", c.texts());
      c.missing().forEach(n.putArray("missing")::add);
      tally(n.putObject("score"), c.score().byKind(), c.score().total());
      ArrayNode missed = n.putArray("missed");
      c.score().missed().forEach(m -> missed.addObject().put("id", m.id()).put("kind", m.kind())
          .put("spec", m.describe()));
      ArrayNode violated = n.putArray("violated");
      c.score().violated().forEach(v -> violated.addObject().put("id", v.trap().id())
          .put("kind", v.trap().kind()).put("conflict", describe(v.conflict())));
      conflicts(n.putArray("unexpected"), c.score().unexpected());
    }
    conflicts(root.putArray("crossEvent"), r.crossEvent());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void conflicts(ArrayNode out, List<ReportConflict> conflicts) {
    for (ReportConflict c : conflicts) {
      ObjectNode n = out.addObject();
      n.put("id", c.id()).put("kind", c.kind()).put("topic", c.topic())
          .put("confidence", c.confidence());
      ArrayNode positions = n.putArray("positions");
      for (ReportConflict.Position p : c.positions()) {
        ObjectNode pn = positions.addObject().put("value", p.value());
        p.articles().forEach(pn.putArray("articles")::add);
      }
    }
  }

  private static void tally(ObjectNode n, Map<ConflictKind, Tally> byKind, Tally all) {
    for (ConflictKind k : ConflictKind.values()) {
      counts(n.putObject(k.label()), byKind.getOrDefault(k, Tally.ZERO));
    }
    counts(n.putObject("all"), all);
  }

  private static void counts(ObjectNode n, Tally t) {
    n.put("found", t.found()).put("must", t.must()).put("violated", t.violated())
        .put("traps", t.traps()).put("unexpected", t.unexpected());
  }
}
