package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.compare.NumericToleranceComparator;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.EventScoper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The scan as a Beam transform: articles in, events with their conflicts out ({@link #EVENTS}),
 * and the articles that could not be scanned with their reason ({@link #SKIPPED}).
 *
 * <p>It runs the library's own stages, arranged for a cluster:
 *
 * <ol>
 *   <li>each article is dated (publication date, else dateline) where it is read, in parallel;
 *   <li>the articles per day are counted, and the corpus is cut into blocks of consecutive days
 *       ({@link BlockPlan}): where coverage pauses for longer than the scoper ever joins across,
 *       and where a block reaches {@link #withMaxBlockArticles(int) its cap}, so that one huge
 *       story cannot stall a worker;
 *   <li>each block is scanned on one worker by {@link ConflictDetector}, on that worker's thread
 *       (no pool of its own): extraction, events, copies and the comparison of each event.
 * </ol>
 *
 * <p>A corpus that fits in one block gives exactly the report of {@link ConflictDetector}, with
 * the same event and conflict ids. In a larger corpus, blocks after the first number their ids by block
 * ({@code b3/E1}, {@code b3/C2}). Articles that share an id are scanned once: the first by text,
 * the others are listed as skipped.
 */
public final class ConflictScan extends PTransform<PCollection<Article>, PCollectionTuple> {

  private static final long serialVersionUID = 1L;

  /** The events, each with its conflicts. */
  public static final TupleTag<ScannedEvent> EVENTS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  /** The articles not scanned, with why. */
  public static final TupleTag<SkippedArticle> SKIPPED = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  /** The default cap on the articles of one block. */
  public static final int DEFAULT_MAX_BLOCK_ARTICLES = 20_000;

  private final double tolerance;
  private final double minConfidence;
  private final int eventWindowDays;
  private final int maxBlockArticles;

  private ConflictScan(double tolerance, double minConfidence, int eventWindowDays,
      int maxBlockArticles) {
    this.tolerance = tolerance;
    this.minConfidence = minConfidence;
    this.eventWindowDays = eventWindowDays;
    this.maxBlockArticles = maxBlockArticles;
  }

  /** The scan with the library's defaults. */
  public static ConflictScan create() {
    return new ConflictScan(NumericToleranceComparator.DEFAULT_TOLERANCE,
        ConflictDetector.DEFAULT_MIN_CONFIDENCE,
        EventScoper.DEFAULT_WINDOW_DAYS, DEFAULT_MAX_BLOCK_ARTICLES);
  }

  /** As {@link ConflictDetector.Builder#tolerance(double)}. */
  public ConflictScan withTolerance(double tolerance) {
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, maxBlockArticles);
  }

  /** As {@link ConflictDetector.Builder#minConfidence(double)}. */
  public ConflictScan withMinConfidence(double minConfidence) {
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, maxBlockArticles);
  }

  /** As {@link ConflictDetector.Builder#eventWindowDays(int)}. */
  public ConflictScan withEventWindowDays(int days) {
    return new ConflictScan(tolerance, minConfidence, days, maxBlockArticles);
  }

  /** The most articles one worker scans together (a block ends at the next day past it). */
  public ConflictScan withMaxBlockArticles(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxBlockArticles must be at least 1, got " + max);
    }
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, max);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    KvCoder<Long, Article> keyed = KvCoder.of(VarLongCoder.of(), ArticleCoder.of());
    PCollection<KV<Long, Article>> dated = articles
        .apply("Date each article", ParDo.of(new DateArticle()))
        .setCoder(keyed);
    PCollectionView<Map<Long, Long>> perDay = dated
        .apply("Days", Keys.create())
        .apply("Articles per day", Count.perElement())
        .apply("Plan", View.asMap());
    // The scoper joins nothing more than its longest event span apart: a pause longer than that
    // is a safe cut.
    int gapDays = 3 * eventWindowDays + 1;
    PCollectionTuple out = dated
        .apply("Block", ParDo.of(new AssignBlock(perDay, maxBlockArticles, gapDays))
            .withSideInputs(perDay))
        .setCoder(keyed)
        .apply("Group by block", GroupByKey.create())
        .apply("Scan each block", ParDo.of(new ScanBlock(tolerance, minConfidence,
            eventWindowDays)).withOutputTags(EVENTS, TupleTagList.of(SKIPPED)));
    out.get(EVENTS).setCoder(ResultCoders.events());
    out.get(SKIPPED).setCoder(ResultCoders.skipped());
    return out;
  }

  private static final class DateArticle extends DoFn<Article, KV<Long, Article>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Long, Article>> out) {
      long day = EventScoper.dateOf(a).map(d -> d.toEpochDay()).orElse(BlockPlan.UNDATED);
      out.output(KV.of(day, a));
    }
  }

  private static final class AssignBlock extends DoFn<KV<Long, Article>, KV<Long, Article>> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<Map<Long, Long>> perDay;
    private final int maxArticles;
    private final int gapDays;
    private transient BlockPlan plan;

    AssignBlock(PCollectionView<Map<Long, Long>> perDay, int maxArticles, int gapDays) {
      this.perDay = perDay;
      this.maxArticles = maxArticles;
      this.gapDays = gapDays;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (plan == null) { // one plan per worker: the side input is the same for every element
        plan = BlockPlan.of(c.sideInput(perDay), maxArticles, gapDays);
      }
      KV<Long, Article> e = c.element();
      c.output(KV.of(plan.blockOf(e.getKey(), e.getValue().id()), e.getValue()));
    }
  }

  private static final class ScanBlock extends DoFn<KV<Long, Iterable<Article>>, ScannedEvent> {
    private static final long serialVersionUID = 1L;
    private final double tolerance;
    private final double minConfidence;
    private final int eventWindowDays;
    private transient ConflictDetector detector;

    ScanBlock(double tolerance, double minConfidence, int eventWindowDays) {
      this.tolerance = tolerance;
      this.minConfidence = minConfidence;
      this.eventWindowDays = eventWindowDays;
    }

    @Setup
    public void setup() {
      // The runner parallelizes across blocks; within one the scan stays on the worker's thread.
      detector = ConflictDetector.builder().tolerance(tolerance).minConfidence(minConfidence)
          .eventWindowDays(eventWindowDays).executor(Runnable::run).build();
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<Article>> block, MultiOutputReceiver out) {
      List<Article> articles = new ArrayList<>();
      block.getValue().forEach(articles::add);
      // The order a runner groups in is arbitrary; the first of a duplicated id is the first by text.
      articles.sort(Comparator.comparing(Article::id).thenComparing(Article::text));
      List<Article> unique = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Article a : articles) {
        if (seen.add(a.id())) {
          unique.add(a);
        } else {
          out.get(SKIPPED).output(new SkippedArticle(a.id(), "duplicate id: another article has it"));
        }
      }
      ScanReport report = detector.scan(unique);
      String prefix = block.getKey() == 0 ? "" : "b" + block.getKey() + "/";
      for (Event e : report.events()) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Conflict c : report.conflictsIn(e.id())) {
          conflicts.add(prefix.isEmpty() ? c : new Conflict(prefix + c.id(), c.kind(),
              prefix + c.event(), c.topic(), c.confidence(), c.explanation(), c.diff(),
              c.positions(), c.factors()));
        }
        Event event = prefix.isEmpty() ? e
            : new Event(prefix + e.id(), e.articles(), e.label(), e.from(), e.to(), e.joined());
        out.get(EVENTS).output(new ScannedEvent(event, conflicts));
      }
      report.skipped().forEach(s -> out.get(SKIPPED).output(s));
    }
  }
}
