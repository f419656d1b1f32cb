package io.github.claimconflict.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.SourceDependence.Dependency;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link ScanReport} as JSON in the schema {@value ScanReport#SCHEMA}, documented in the
 * README. Fields always appear in the same order and absent values are {@code null}, so the same
 * report always gives the same bytes.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The report as pretty-printed JSON, ending with a newline. */
  public static String write(ScanReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report as a Jackson tree, for callers that embed it in their own JSON. */
  public static ObjectNode tree(ScanReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", ScanReport.SCHEMA);
    ArrayNode articles = root.putArray("articles");
    for (ScannedArticle a : report.articles()) {
      ObjectNode n = articles.addObject();
      n.put("id", a.id());
      n.put("source", a.source().orElse(null));
      n.put("published", a.published().map(Object::toString).orElse(null));
      n.put("event", a.event());
      n.put("claims", a.claims());
    }
    ArrayNode skipped = root.putArray("skipped");
    for (SkippedArticle s : report.skipped()) {
      skipped.addObject().put("id", s.id()).put("reason", s.reason())
          .put("file", s.file().orElse(null)).put("line", s.line().orElse(null));
    }
    ArrayNode events = root.putArray("events");
    for (Event e : report.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      strings(n.putArray("articles"), e.articles());
      n.put("label", e.label());
      ArrayNode joined = n.putArray("joined");
      for (Event.Joined j : e.joined()) {
        ObjectNode o = joined.addObject();
        o.put("article", j.article());
        o.put("date", j.date().map(Object::toString).orElse(null));
        o.put("datedBy", j.datedBy().label());
        o.put("similarity", j.similarity());
        strings(o.putArray("shared"), j.shared());
        o.put("copies", j.copies().orElse(null));
      }
    }
    ArrayNode dependencies = root.putArray("dependencies");
    for (Dependency d : report.dependencies()) {
      ObjectNode n = dependencies.addObject();
      n.putArray("articles").add(d.first()).add(d.second());
      n.put("shared", d.shared());
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict c : report.conflicts()) {
      ObjectNode n = conflicts.addObject();
      n.put("id", c.id());
      n.put("kind", c.kind().label());
      n.put("event", c.event());
      n.put("topic", c.topic());
      n.put("confidence", c.confidence());
      n.put("explanation", c.explanation());
      n.put("diff", c.diff().orElse(null));
      ArrayNode positions = n.putArray("positions");
      for (Position p : c.positions()) {
        ObjectNode pn = positions.addObject();
        pn.put("value", p.value());
        pn.put("normalized", p.normalized());
        pn.put("low", p.low().orElse(null));
        pn.put("high", p.high().orElse(null));
        pn.put("unit", p.unit().orElse(null));
        strings(pn.putArray("articles"), p.articles());
        pn.put("support", p.support());
        strings(pn.putArray("claimants"), p.claimants());
        ArrayNode evidence = pn.putArray("evidence");
        for (Evidence e : p.evidence()) {
          evidence.addObject()
              .put("article", e.articleId())
              .put("start", e.start())
              .put("end", e.end())
              .put("sentence", e.sentence())
              .put("sentenceStart", e.sentenceStart());
        }
      }
    }
    return root;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
