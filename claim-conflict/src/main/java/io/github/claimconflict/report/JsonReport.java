package io.github.claimconflict.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.Dependency;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Writes a {@link ScanReport} as JSON in the schema {@value ScanReport#SCHEMA}, documented in the
 * README. Fields always appear in the same order and absent values are {@code null}, so the same
 * report always gives the same bytes.
 *
 * <p>The report is streamed field by field to the destination: no tree and no whole string of a
 * large scan is held in memory. Pretty output ends with a newline, as does compact output, which
 * is one line with no indentation.
 */
public final class JsonReport {

  /**
   * Jackson's streaming core alone: an {@code ObjectMapper} would cost a short scan (five
   * articles) about a tenth of its start-up to build, and its generators write the same bytes.
   */
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /**
   * The report as pretty-printed JSON, ending with a newline.
   *
   * @param report the scan's report
   * @return the JSON text
   */
  public static String write(ScanReport report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Streams the report to {@code out}, pretty-printed or compact, ending with a newline. The
   * writer is flushed, not closed.
   *
   * @param report the scan's report
   * @param out where to write
   * @param pretty whether to indent; if not, the report is one line
   * @throws IOException if writing fails
   */
  public static void write(ScanReport report, Writer out, boolean pretty) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(report, g, pretty);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Streams the report to {@code out} as UTF-8, pretty-printed or compact, ending with a newline.
   * The stream is flushed, not closed.
   *
   * @param report the scan's report
   * @param out where to write
   * @param pretty whether to indent; if not, the report is one line
   * @throws IOException if writing fails
   */
  public static void write(ScanReport report, OutputStream out, boolean pretty)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(report, g, pretty);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * A consumer of a streamed scan ({@code detector.scan(articles, progress, consumer)})
   * that writes its report to {@code out} as UTF-8 as the scan goes, each event's conflicts as
   * soon as they are handed over: the same bytes as {@link #write(ScanReport, OutputStream,
   * boolean)} of the whole report, with no more than one event's conflicts in memory. The stream
   * is flushed when the scan ends, not closed; a failure to write is thrown as an {@link
   * UncheckedIOException} out of the scan.
   *
   * @param out where to write
   * @param pretty whether to indent; if not, the report is one line
   * @return a consumer to hand to the scan
   * @throws UncheckedIOException if the JSON generator cannot be created
   */
  public static ScanConsumer streaming(OutputStream out, boolean pretty) {
    try {
      return new Streaming(FACTORY.createGenerator(out, JsonEncoding.UTF8), pretty,
          () -> out.write('\n'), out::flush);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #streaming(OutputStream, boolean)}, to a writer.
   *
   * @param out where to write
   * @param pretty whether to indent; if not, the report is one line
   * @return a consumer to hand to the scan
   * @throws UncheckedIOException if the JSON generator cannot be created
   */
  public static ScanConsumer streaming(Writer out, boolean pretty) {
    try {
      return new Streaming(FACTORY.createGenerator(out), pretty,
          () -> out.write('\n'), out::flush);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An action on the destination that may fail. */
  private interface Io {
    void run() throws IOException;
  }

  /** Writes a streamed scan: the head when it is known, then conflicts, then the end. */
  private static final class Streaming implements ScanConsumer {
    private final JsonGenerator g;
    private final Io newline;
    private final Io flush;

    Streaming(JsonGenerator g, boolean pretty, Io newline, Io flush) {
      this.g = g;
      this.newline = newline;
      this.flush = flush;
      start(g, pretty);
    }

    @Override
    public void scanned(ScanReport withoutConflicts) {
      try {
        head(withoutConflicts, g);
        g.writeArrayFieldStart("conflicts");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void conflicts(Event event, List<Conflict> conflicts) {
      try {
        for (Conflict c : conflicts) {
          conflict(c, g);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void finished() {
      try {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        newline.run();
        flush.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void start(JsonGenerator g, boolean pretty) {
    // The destination belongs to the caller: the generator must neither close it nor be the
    // one that writes the final newline.
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.useDefaultPrettyPrinter(); // the printer INDENT_OUTPUT uses, so the bytes stay the same
    }
  }

  private static void write(ScanReport report, JsonGenerator g, boolean pretty)
      throws IOException {
    start(g, pretty);
    head(report, g);
    g.writeArrayFieldStart("conflicts");
    for (Conflict c : report.conflicts()) {
      conflict(c, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The report up to its conflicts, the object left open. */
  private static void head(ScanReport report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", ScanReport.SCHEMA);
    g.writeArrayFieldStart("articles");
    for (ScannedArticle a : report.articles()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("source", a.source().orElse(null));
      g.writeStringField("published", a.published().map(Object::toString).orElse(null));
      g.writeStringField("event", a.event());
      g.writeNumberField("claims", a.claims());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("skipped");
    for (SkippedArticle s : report.skipped()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("reason", s.reason());
      g.writeStringField("file", s.file().orElse(null));
      if (s.line().isPresent()) {
        g.writeNumberField("line", s.line().getAsInt());
      } else {
        g.writeNullField("line");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : report.events()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      strings(g, "articles", e.articles());
      g.writeStringField("label", e.label());
      g.writeArrayFieldStart("joined");
      for (Event.Joined j : e.joined()) {
        g.writeStartObject();
        g.writeStringField("article", j.article());
        g.writeStringField("date", j.date().map(Object::toString).orElse(null));
        g.writeStringField("datedBy", j.datedBy().label());
        g.writeNumberField("similarity", j.similarity());
        strings(g, "shared", j.shared());
        g.writeStringField("copies", j.copies().orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dependencies");
    for (Dependency d : report.dependencies()) {
      g.writeStartObject();
      strings(g, "articles", List.of(d.first(), d.second()));
      g.writeNumberField("shared", d.shared());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void conflict(Conflict c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("kind", c.kind().label());
    g.writeStringField("event", c.event());
    g.writeStringField("topic", c.topic());
    g.writeNumberField("confidence", c.confidence());
    g.writeStringField("explanation", c.explanation());
    g.writeStringField("diff", c.diff().orElse(null));
    g.writeArrayFieldStart("factors");
    for (ConfidenceFactor f : c.factors()) {
      g.writeStartObject();
      g.writeStringField("name", f.name());
      g.writeNumberField("value", f.value());
      g.writeStringField("meaning", f.meaning());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("positions");
    for (Position p : c.positions()) {
      g.writeStartObject();
      g.writeStringField("value", p.value());
      g.writeStringField("normalized", p.normalized());
      number(g, "low", p.low());
      number(g, "high", p.high());
      g.writeStringField("unit", p.unit().orElse(null));
      strings(g, "articles", p.articles());
      g.writeNumberField("support", p.support());
      strings(g, "claimants", p.claimants());
      g.writeArrayFieldStart("evidence");
      for (Evidence e : p.evidence()) {
        g.writeStartObject();
        g.writeStringField("article", e.articleId());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeStringField("sentence", e.sentence());
        g.writeNumberField("sentenceStart", e.sentenceStart());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, value.getAsDouble());
    } else {
      g.writeNullField(field);
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The report as a Jackson tree, for callers that embed it in their own JSON. */
  static ObjectNode tree(ScanReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
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
          .put("file", s.file().orElse(null))
          .put("line", s.line().isPresent() ? (Integer) s.line().getAsInt() : null);
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
      ArrayNode factors = n.putArray("factors");
      for (ConfidenceFactor f : c.factors()) {
        factors.addObject().put("name", f.name()).put("value", f.value())
            .put("meaning", f.meaning());
      }
      ArrayNode positions = n.putArray("positions");
      for (Position p : c.positions()) {
        ObjectNode pn = positions.addObject();
        pn.put("value", p.value());
        pn.put("normalized", p.normalized());
        pn.put("low", p.low().isPresent() ? (Double) p.low().getAsDouble() : null);
        pn.put("high", p.high().isPresent() ? (Double) p.high().getAsDouble() : null);
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
