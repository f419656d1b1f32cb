package io.github.claimconflict.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Labelled clusters of coverage, in the format of the development set's {@code cases.json}: each
 * cluster lists its excerpts (id, outlet, date, url and the path of its cached text) and its gold
 * in the checker format ({@code checker_gold}).
 *
 * @param clusters the clusters, in file order
 */
public record EvalCases(List<Cluster> clusters) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public EvalCases {
    clusters = List.copyOf(clusters);
  }

  /**
   * One event's labelled coverage.
   *
   * @param id the cluster's id
   * @param event what the event is, for a reader
   * @param excerpts its articles
   * @param gold what a report should and should not flag
   */
  public record Cluster(String id, String event, List<Excerpt> excerpts, Gold gold) {
    public Cluster {
      requireNonNull(id, "id");
      requireNonNull(event, "event");
      excerpts = List.copyOf(excerpts);
      requireNonNull(gold, "gold");
    }
  }

  /**
   * One article of a cluster.
   *
   * @param id the article id a report uses (gold items match ids by prefix)
   * @param outlet the outlet, or empty
   * @param date the publication date, or empty
   * @param url where it was published, or empty
   * @param cacheFile where its text is kept, relative to a root folder
   */
  public record Excerpt(
      String id, Optional<String> outlet, Optional<LocalDate> date, Optional<String> url,
      String cacheFile) {
    public Excerpt {
      requireNonNull(id, "id");
      requireNonNull(outlet, "outlet");
      requireNonNull(date, "date");
      requireNonNull(url, "url");
      requireNonNull(cacheFile, "cacheFile");
    }
  }

  /**
   * Reads a cases file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the place, if it is not in the format
   */
  public static EvalCases read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": malformed JSON at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    }
    return parse(root, file.toString());
  }

  /** Reads cases from a parsed tree; {@code where} names it in errors. */
  public static EvalCases parse(JsonNode root, String where) {
    JsonNode clusters = root == null ? null : root.get("clusters");
    if (clusters == null || !clusters.isArray()) {
      throw new IllegalArgumentException(where + ": expected an object with a 'clusters' list");
    }
    List<Cluster> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < clusters.size(); i++) {
      JsonNode c = clusters.get(i);
      String w = where + ": clusters[" + i + "]";
      String id = required(c, "id", w);
      w = where + ": cluster " + id;
      if (!ids.add(id)) {
        throw new IllegalArgumentException(w + ": cluster id given twice");
      }
      List<Excerpt> excerpts = new ArrayList<>();
      JsonNode ex = c.get("excerpts");
      if (ex == null || !ex.isArray()) {
        throw new IllegalArgumentException(w + ": expected an 'excerpts' list");
      }
      for (JsonNode e : ex) {
        String eid = required(e, "id", w + ": excerpt");
        String ew = w + ": excerpt " + eid;
        excerpts.add(new Excerpt(eid, optional(e, "outlet"), date(e, ew), optional(e, "url"),
            required(e, "cache_file", ew)));
      }
      out.add(new Cluster(id, optional(c, "event").orElse(""), excerpts,
          Gold.parse(c.get("checker_gold"), w + ": checker_gold")));
    }
    return new EvalCases(out);
  }

  private static String required(JsonNode n, String field, String where) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": missing text field '" + field + "'");
    }
    return v.asText();
  }

  private static Optional<String> optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank()
        ? Optional.empty() : Optional.of(v.asText());
  }

  private static Optional<LocalDate> date(JsonNode n, String where) {
    Optional<String> d = optional(n, "date");
    try {
      return d.map(s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": 'date' is not an ISO date: " + d.get());
    }
  }
}
