package io.github.claimconflict.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a detector against labelled clusters: each cluster scanned as its own input, as the
 * reference scorer does, or all clusters scanned together as one feed ({@link #mixed}), as a
 * newsroom scans a day's collection.
 *
 * <p>In a mixed feed each cluster's gold is scored on the one report. A conflict counts for a
 * cluster when one of its articles is the cluster's, and as that cluster's unexpected conflict
 * only when all of them are; a conflict whose articles come from two clusters is a cross-event
 * conflict, which a correct scope stage never makes.
 */
public final class Evaluation {

  private final ConflictDetector detector;
  private final Set<ConflictKind> kinds;

  /**
   * @param detector the detector to score
   * @param kinds the kinds of conflict to count; empty for all
   */
  public Evaluation(ConflictDetector detector, Set<ConflictKind> kinds) {
    this.detector = requireNonNull(detector, "detector");
    this.kinds = Set.copyOf(kinds);
  }

  /**
   * What one cluster scored.
   *
   * @param cluster the cluster's id
   * @param texts how many of its excerpts had a text to scan
   * @param missing the excerpts whose text could not be read, each with why
   * @param score the score on the report
   */
  public record ClusterResult(String cluster, int texts, List<String> missing, Score score) {
    public ClusterResult {
      missing = List.copyOf(missing);
    }
  }

  /**
   * What all clusters scored.
   *
   * @param mixed whether the clusters were scanned together as one feed
   * @param clusters each cluster's result, in the cases' order
   * @param crossEvent conflicts whose articles come from more than one cluster (mixed feeds only)
   */
  public record Result(boolean mixed, List<ClusterResult> clusters,
      List<ReportConflict> crossEvent) {
    public Result {
      clusters = List.copyOf(clusters);
      crossEvent = List.copyOf(crossEvent);
    }

    /** The counts of one kind over all clusters. */
    public Tally total(ConflictKind kind) {
      return clusters.stream().map(c -> c.score().of(kind)).reduce(Tally.ZERO, Tally::plus);
    }

    /** The counts of all kinds over all clusters. */
    public Tally total() {
      return clusters.stream().map(c -> c.score().total()).reduce(Tally.ZERO, Tally::plus);
    }

    /** The counts per kind over all clusters. */
    public Map<ConflictKind, Tally> totals() {
      Map<ConflictKind, Tally> out = new EnumMap<>(ConflictKind.class);
      for (ConflictKind k : ConflictKind.values()) {
        out.put(k, total(k));
      }
      return out;
    }
  }

  /** Scans each cluster alone and scores it; texts are read from {@code cacheFile} under root. */
  public Result separately(EvalCases cases, Path root) {
    List<ClusterResult> out = new ArrayList<>();
    for (EvalCases.Cluster c : cases.clusters()) {
      Texts t = texts(c, root);
      List<ReportConflict> conflicts = conflicts(detector.scan(t.articles));
      out.add(new ClusterResult(c.id(), t.articles.size(), t.missing,
          GoldScorer.score(c.gold(), conflicts, kinds)));
    }
    return new Result(false, out, List.of());
  }

  /** Scans all clusters together as one feed and scores each cluster's gold on the one report. */
  public Result mixed(EvalCases cases, Path root) {
    Map<String, String> clusterOf = new HashMap<>();
    List<Article> all = new ArrayList<>();
    List<Texts> texts = new ArrayList<>();
    for (EvalCases.Cluster c : cases.clusters()) {
      Texts t = texts(c, root);
      texts.add(t);
      for (Article a : t.articles) {
        String earlier = clusterOf.putIfAbsent(a.id(), c.id());
        if (earlier != null) {
          throw new IllegalArgumentException("excerpt id '" + a.id() + "' is in clusters "
              + earlier + " and " + c.id() + "; a mixed feed needs unique ids");
        }
        all.add(a);
      }
    }
    List<ReportConflict> conflicts = conflicts(detector.scan(all));
    List<ClusterResult> out = new ArrayList<>();
    for (int i = 0; i < cases.clusters().size(); i++) {
      EvalCases.Cluster c = cases.clusters().get(i);
      List<ReportConflict> touching = conflicts.stream()
          .filter(x -> x.articles().stream().anyMatch(a -> c.id().equals(clusterOf.get(a))))
          .toList();
      Score s = GoldScorer.score(c.gold(), touching, kinds,
          x -> x.articles().stream().allMatch(a -> c.id().equals(clusterOf.get(a))));
      out.add(new ClusterResult(c.id(), texts.get(i).articles.size(), texts.get(i).missing, s));
    }
    List<ReportConflict> cross = conflicts.stream()
        .filter(x -> x.articles().stream().map(clusterOf::get).distinct().count() > 1)
        .filter(x -> kinds.isEmpty()
            || GoldScorer.kind(x.kind()).map(kinds::contains).orElse(false))
        .toList();
    return new Result(true, out, cross);
  }

  private static List<ReportConflict> conflicts(ScanReport report) {
    // Read back from the JSON a user gets, so the scorer sees exactly what the report says.
    try {
      return ReportConflict.listOf(new ObjectMapper().readTree(JsonReport.write(report)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Texts(List<Article> articles, List<String> missing) {}

  private static Texts texts(EvalCases.Cluster c, Path root) {
    List<Article> articles = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (EvalCases.Excerpt e : c.excerpts()) {
      Path file = root.resolve(e.cacheFile());
      Optional<String> text;
      try {
        text = Optional.of(readUtf8(file));
      } catch (NoSuchFileException x) {
        missing.add(e.id() + " (" + file + ": no such file)");
        continue;
      } catch (IOException x) {
        missing.add(e.id() + " (" + file + ": " + x.getMessage() + ")");
        continue;
      }
      articles.add(new Article(e.id(), e.outlet(), e.date(), Optional.empty(), e.url(),
          text.get()));
    }
    return new Texts(articles, missing);
  }

  private static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8");
    }
  }
}
