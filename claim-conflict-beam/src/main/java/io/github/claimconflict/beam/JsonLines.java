package io.github.claimconflict.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimconflict.Article;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.SkippedArticle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * JSON Lines in and out. In: one article a line, as the command line reads them ({@code id},
 * {@code text}, and optionally {@code source}, {@code published} as an ISO date or date-time,
 * {@code title}, {@code url}). Out: one line per event, a report of schema
 * {@value ScanReport#SCHEMA} holding that event and its conflicts, written by the library's
 * {@link JsonReport}, plus {@code articlesNotCompared} where the event was compared on only part
 * of its articles ({@link ConflictScan#withMaxEventArticles}).
 */
public final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** Articles from files matching a pattern (local, gs://, s3://, hdfs:// as the runner has). */
  public static PTransform<PBegin, PCollection<Article>> read(String filePattern) {
    return new PTransform<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public PCollection<Article> expand(PBegin begin) {
        return begin.apply("Read lines", TextIO.read().from(filePattern))
            .apply("Parse articles", ParDo.of(new ParseArticle()))
            .setCoder(ArticleCoder.of());
      }
    };
  }

  /** Writes each event as one line under the prefix. */
  public static PTransform<PCollection<ScannedEvent>, PDone> write(String prefix) {
    return new PTransform<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public PDone expand(PCollection<ScannedEvent> events) {
        return events.apply("Format events",
                MapElements.into(TypeDescriptors.strings()).via(JsonLines::format))
            .apply("Write lines", TextIO.write().to(prefix).withSuffix(".jsonl"));
      }
    };
  }

  /** Writes each skipped article as one line ({@code id}, {@code reason}) under the prefix. */
  public static PTransform<PCollection<SkippedArticle>, PDone> writeSkipped(String prefix) {
    return new PTransform<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public PDone expand(PCollection<SkippedArticle> skipped) {
        return skipped.apply("Format skipped", MapElements.into(TypeDescriptors.strings())
                .via(s -> MAPPER.createObjectNode().put("id", s.id()).put("reason", s.reason())
                    .toString()))
            .apply("Write skipped", TextIO.write().to(prefix).withSuffix(".jsonl"));
      }
    };
  }

  /** The article of one line; blank lines give none. */
  public static Optional<Article> parse(String line) {
    if (line.isBlank()) {
      return Optional.empty();
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed JSON line: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject() || !n.path("id").isTextual() || !n.path("text").isTextual()) {
      throw new IllegalArgumentException("expected an object with a string id and text: "
          + (line.length() > 80 ? line.substring(0, 80) + "..." : line));
    }
    Optional<LocalDate> published = text(n, "published")
        .map(s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    return Optional.of(new Article(n.get("id").asText(), text(n, "source"), published,
        text(n, "title"), text(n, "url"), n.get("text").asText()));
  }

  /** One event and its conflicts as one line of JSON. */
  public static String format(ScannedEvent e) {
    ScanReport one = new ScanReport(List.of(), List.<SkippedArticle>of(), List.of(e.event()),
        List.of(), e.conflicts());
    StringWriter out = new StringWriter();
    try {
      JsonReport.write(one, out, false);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    String line = out.toString().strip();
    if (e.articlesNotCompared() == 0) {
      return line;
    }
    // An event compared on part of its articles says so on its line.
    try {
      ObjectNode n = (ObjectNode) MAPPER.readTree(line);
      n.put("articlesNotCompared", e.articlesNotCompared());
      return MAPPER.writeValueAsString(n);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? Optional.empty()
        : Optional.of(v.asText());
  }

  private static final class ParseArticle extends DoFn<String, Article> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String line, OutputReceiver<Article> out) {
      parse(line).ifPresent(out::output);
    }
  }
}
