package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.compare.NumericToleranceComparator;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.scope.Dependency;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.ScopeKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
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
 *       ({@code BlockPlan}) where coverage pauses for longer than the scoper ever joins across;
 *   <li>a block larger than {@link #withMaxBlockArticles(int) the cap} is cut by names: the
 *       library's name reader gives each article's name keys, in parallel, one worker links the
 *       block's articles that share a name near in time, from ids and keys alone, and packs the
 *       linked groups into parts within the cap ({@code EntityBlocks}); a group larger than
 *       the cap is cut at day boundaries;
 *   <li>each block (or part) has its events formed on one worker by {@link
 *       ConflictDetector#scope}: reading, events, copies; nothing is compared there;
 *   <li>the events are spread over the workers, and each is compared on one worker by {@link
 *       ConflictDetector#compare}; an event larger than {@link #withMaxEventArticles(int) its cap}
 *       is compared on its first articles, and says how many it left out ({@link
 *       ScannedEvent#articlesNotCompared()}), so that one huge story cannot stall a worker;
 *   <li>a block's results (no articles) meet once more, to number its conflicts in event order.
 * </ol>
 *
 * <p>A corpus within the block cap, with no event over the event cap, gives exactly the report of
 * {@link ConflictDetector}, with the same event and conflict ids. In a larger corpus, blocks after
 * the first number their ids by block and part ({@code b3/E1}, {@code b3.2/C2}), and events
 * may differ from one scan of everything where a story is cut (a group of linked articles over
 * the cap) or where the scoper weighs names by their rarity in the block rather than in the
 * corpus. Articles that share an id
 * are scanned once: the first by text, the others are listed as skipped. Every worker runs the
 * library on its own thread, with no pool of its own: the runner parallelizes.
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

  /** The events formed, on their way to be compared. */
  private static final TupleTag<EventToCompare> TO_COMPARE = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  /** Articles of blocks scoped whole, and of blocks to cut by names first. */
  private static final TupleTag<KV<BlockKey, Article>> WHOLE = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  private static final TupleTag<KV<Long, Article>> TO_CUT = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  private static final TupleTag<BlockKey> PART = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  private static final TupleTag<Article> ARTICLE = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  /**
   * How many times the cap a block of days may hold before it is cut at a day: the plan by names
   * of such a block holds its ids and name keys (about 1 KB an article) on one worker.
   */
  static final int PLAN_FACTOR = 50;

  /** The default cap on the articles of one block. */
  public static final int DEFAULT_MAX_BLOCK_ARTICLES = 20_000;

  /**
   * The default cap on the articles one event is compared on: the claims of 2,000 articles of real
   * news are some 80 MB, a worker's share of memory, and more coverage of one story rarely holds a
   * figure the first 2,000 articles do not.
   */
  public static final int DEFAULT_MAX_EVENT_ARTICLES = 2_000;

  private final double tolerance;
  private final double minConfidence;
  private final int eventWindowDays;
  private final int maxBlockArticles;
  private final int maxEventArticles;

  private ConflictScan(double tolerance, double minConfidence, int eventWindowDays,
      int maxBlockArticles, int maxEventArticles) {
    this.tolerance = tolerance;
    this.minConfidence = minConfidence;
    this.eventWindowDays = eventWindowDays;
    this.maxBlockArticles = maxBlockArticles;
    this.maxEventArticles = maxEventArticles;
  }

  /** The scan with the library's defaults. */
  public static ConflictScan create() {
    return new ConflictScan(NumericToleranceComparator.DEFAULT_TOLERANCE,
        ConflictDetector.DEFAULT_MIN_CONFIDENCE, ConflictDetector.DEFAULT_EVENT_WINDOW_DAYS,
        DEFAULT_MAX_BLOCK_ARTICLES, DEFAULT_MAX_EVENT_ARTICLES);
  }

  /** As {@link ConflictDetector.Builder#tolerance(double)}. */
  public ConflictScan withTolerance(double tolerance) {
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, maxBlockArticles,
        maxEventArticles);
  }

  /** As {@link ConflictDetector.Builder#minConfidence(double)}. */
  public ConflictScan withMinConfidence(double minConfidence) {
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, maxBlockArticles,
        maxEventArticles);
  }

  /** As {@link ConflictDetector.Builder#eventWindowDays(int)}. */
  public ConflictScan withEventWindowDays(int days) {
    return new ConflictScan(tolerance, minConfidence, days, maxBlockArticles, maxEventArticles);
  }

  /**
   * The most articles one worker forms events from: a larger block of days is cut by names into
   * parts of at most this many (a part runs to the end of its day where one day's linked
   * articles alone are more).
   */
  public ConflictScan withMaxBlockArticles(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxBlockArticles must be at least 1, got " + max);
    }
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, max, maxEventArticles);
  }

  /**
   * The most articles of one event compared together: a larger event is compared on its first
   * {@code max} articles (in the order of {@link Event#articles()}), and its {@link
   * ScannedEvent#articlesNotCompared()} counts the rest.
   */
  public ConflictScan withMaxEventArticles(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxEventArticles must be at least 1, got " + max);
    }
    return new ConflictScan(tolerance, minConfidence, eventWindowDays, maxBlockArticles, max);
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
    PCollectionTuple blocked = dated
        .apply("Block", ParDo.of(new AssignBlock(perDay, maxBlockArticles, gapDays))
            .withSideInputs(perDay).withOutputTags(WHOLE, TupleTagList.of(TO_CUT)));
    KvCoder<BlockKey, Article> inBlock = KvCoder.of(BlockKey.Coder.INSTANCE, ArticleCoder.of());
    PCollection<KV<BlockKey, Article>> whole = blocked.get(WHOLE).setCoder(inBlock);
    PCollection<KV<Long, Article>> toCut = blocked.get(TO_CUT).setCoder(keyed);
    // A block larger than a worker's cap is cut by the names its articles share: one worker
    // plans each such block from ids and name keys alone, and the articles join their part.
    KvCoder<Long, String> blockAndId = KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of());
    PCollection<KV<KV<Long, String>, BlockKey>> partOf = toCut
        .apply("Name keys", ParDo.of(new KeyNames()))
        .setCoder(KvCoder.of(VarLongCoder.of(), EntityBlocks.KeyedCoder.INSTANCE))
        .apply("Group large blocks", GroupByKey.create())
        .apply("Cut by names", ParDo.of(new CutByNames(maxBlockArticles, eventWindowDays,
            gapDays)))
        .setCoder(KvCoder.of(blockAndId, BlockKey.Coder.INSTANCE));
    PCollection<KV<KV<Long, String>, Article>> byId = toCut
        .apply("By id", ParDo.of(new ById()))
        .setCoder(KvCoder.of(blockAndId, ArticleCoder.of()));
    PCollection<KV<BlockKey, Article>> cut = KeyedPCollectionTuple.of(PART, partOf)
        .and(ARTICLE, byId)
        .apply("Join parts", CoGroupByKey.create())
        .apply("Into parts", ParDo.of(new IntoParts()))
        .setCoder(inBlock);
    PCollectionTuple formed = PCollectionList.of(whole).and(cut)
        .apply("Blocks", Flatten.pCollections())
        .apply("Group by block", GroupByKey.create())
        .apply("Form events", ParDo.of(new FormEvents(eventWindowDays, maxEventArticles))
            .withOutputTags(TO_COMPARE, TupleTagList.of(SKIPPED)));
    formed.get(SKIPPED).setCoder(ResultCoders.skipped());
    KvCoder<BlockKey, KV<Integer, ScannedEvent>> byBlock = KvCoder.of(BlockKey.Coder.INSTANCE,
        KvCoder.of(VarIntCoder.of(), ResultCoders.events()));
    PCollection<ScannedEvent> events = formed.get(TO_COMPARE)
        .setCoder(EventToCompare.Coder.INSTANCE)
        // A runner would otherwise compare a block's events where they were formed, one by one.
        .apply("Spread events", Reshuffle.viaRandomKey())
        .apply("Compare each event", ParDo.of(new CompareEvent(tolerance, minConfidence,
            eventWindowDays)))
        .setCoder(byBlock)
        .apply("Gather by block", GroupByKey.create())
        .apply("Number conflicts", ParDo.of(new NumberConflicts()))
        .setCoder(ResultCoders.events());
    return PCollectionTuple.of(EVENTS, events).and(SKIPPED, formed.get(SKIPPED));
  }

  private static final class DateArticle extends DoFn<Article, KV<Long, Article>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Long, Article>> out) {
      long day = ScopeKeys.dateOf(a).map(d -> d.toEpochDay()).orElse(BlockPlan.UNDATED);
      out.output(KV.of(day, a));
    }
  }

  /**
   * Each article to its block of days: scoped whole where the block is within the cap, else cut
   * by names first. The plan by days itself cuts only where coverage pauses, or at {@value
   * #PLAN_FACTOR} times the cap, which bounds what the plan by names holds.
   */
  private static final class AssignBlock extends DoFn<KV<Long, Article>, KV<BlockKey, Article>> {
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
        plan = BlockPlan.of(c.sideInput(perDay), maxArticles, (long) PLAN_FACTOR * maxArticles,
            gapDays);
      }
      KV<Long, Article> e = c.element();
      long block = plan.blockOf(e.getKey(), e.getValue().id());
      if (plan.size(block) <= maxArticles) {
        c.output(KV.of(new BlockKey(block, 0), e.getValue()));
      } else {
        c.output(TO_CUT, KV.of(block, e.getValue()));
      }
    }
  }

  /** An article of a block to cut: its day and the keys of its names. */
  private static final class KeyNames extends DoFn<KV<Long, Article>, KV<Long, EntityBlocks.Keyed>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<Long, Article> e,
        OutputReceiver<KV<Long, EntityBlocks.Keyed>> out) {
      Article a = e.getValue();
      long day = ScopeKeys.dateOf(a).map(d -> d.toEpochDay()).orElse(BlockPlan.UNDATED);
      out.output(KV.of(e.getKey(), NameKeys.of(a, day)));
    }
  }

  /** One block's plan by names: each article's part. */
  private static final class CutByNames
      extends DoFn<KV<Long, Iterable<EntityBlocks.Keyed>>, KV<KV<Long, String>, BlockKey>> {
    private static final long serialVersionUID = 1L;
    private final int maxArticles;
    private final int windowDays;
    private final int gapDays;

    CutByNames(int maxArticles, int windowDays, int gapDays) {
      this.maxArticles = maxArticles;
      this.windowDays = windowDays;
      this.gapDays = gapDays;
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<EntityBlocks.Keyed>> block,
        OutputReceiver<KV<KV<Long, String>, BlockKey>> out) {
      List<EntityBlocks.Keyed> articles = new ArrayList<>();
      block.getValue().forEach(articles::add);
      EntityBlocks.parts(articles, maxArticles, windowDays, gapDays).forEach((id, part) ->
          out.output(KV.of(KV.of(block.getKey(), id), new BlockKey(block.getKey(), part))));
    }
  }

  /** An article of a block to cut, by its block and id, to meet its part. */
  private static final class ById extends DoFn<KV<Long, Article>, KV<KV<Long, String>, Article>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<Long, Article> e,
        OutputReceiver<KV<KV<Long, String>, Article>> out) {
      out.output(KV.of(KV.of(e.getKey(), e.getValue().id()), e.getValue()));
    }
  }

  /** The articles of one id with their part. */
  private static final class IntoParts
      extends DoFn<KV<KV<Long, String>, CoGbkResult>, KV<BlockKey, Article>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<KV<Long, String>, CoGbkResult> e,
        OutputReceiver<KV<BlockKey, Article>> out) {
      BlockKey part = e.getValue().getOnly(PART, new BlockKey(e.getKey().getKey(), 0));
      e.getValue().getAll(ARTICLE).forEach(a -> out.output(KV.of(part, a)));
    }
  }

  /** The detector each worker builds once, on its own thread: the runner parallelizes. */
  private static ConflictDetector detector(double tolerance, double minConfidence,
      int eventWindowDays) {
    return ConflictDetector.builder().tolerance(tolerance).minConfidence(minConfidence)
        .eventWindowDays(eventWindowDays).executor(Runnable::run).build();
  }

  /** A block's events, formed by the library's scope stages; each sent on to be compared. */
  private static final class FormEvents
      extends DoFn<KV<BlockKey, Iterable<Article>>, EventToCompare> {
    private static final long serialVersionUID = 1L;
    private final int eventWindowDays;
    private final int maxEventArticles;
    private transient ConflictDetector detector;

    FormEvents(int eventWindowDays, int maxEventArticles) {
      this.eventWindowDays = eventWindowDays;
      this.maxEventArticles = maxEventArticles;
    }

    @Setup
    public void setup() {
      // Forming events depends on the window alone; the comparison's settings do not matter.
      detector = detector(NumericToleranceComparator.DEFAULT_TOLERANCE,
          ConflictDetector.DEFAULT_MIN_CONFIDENCE, eventWindowDays);
    }

    @ProcessElement
    public void process(@Element KV<BlockKey, Iterable<Article>> block, MultiOutputReceiver out) {
      List<Article> articles = new ArrayList<>();
      block.getValue().forEach(articles::add);
      // The order a runner groups in is arbitrary; the first of a duplicated id is the first by text.
      articles.sort(Comparator.comparing(Article::id).thenComparing(Article::text));
      Map<String, Article> unique = new LinkedHashMap<>();
      for (Article a : articles) {
        if (unique.putIfAbsent(a.id(), a) != null) {
          out.get(SKIPPED).output(new SkippedArticle(a.id(), "duplicate id: another article has it"));
        }
      }
      ScanReport scoped = detector.scope(unique.values());
      scoped.skipped().forEach(s -> out.get(SKIPPED).output(s));
      Map<String, String> eventOf = new HashMap<>();
      scoped.events().forEach(e -> e.articles().forEach(a -> eventOf.put(a, e.id())));
      Map<String, List<Dependency>> copies = new HashMap<>();
      for (Dependency d : scoped.dependencies()) {
        copies.computeIfAbsent(eventOf.get(d.first()), k -> new ArrayList<>()).add(d);
      }
      List<Event> events = scoped.events();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        // Past the cap an event is compared on its first articles, and says how many it left out.
        List<Article> compared = e.articles().stream().limit(maxEventArticles)
            .map(unique::get).toList();
        out.get(TO_COMPARE).output(new EventToCompare(block.getKey(), i, e,
            copies.getOrDefault(e.id(), List.of()), compared,
            e.articles().size() - compared.size()));
      }
    }
  }

  /** One event compared by the library, on one worker. */
  private static final class CompareEvent
      extends DoFn<EventToCompare, KV<BlockKey, KV<Integer, ScannedEvent>>> {
    private static final long serialVersionUID = 1L;
    private final double tolerance;
    private final double minConfidence;
    private final int eventWindowDays;
    private transient ConflictDetector detector;

    CompareEvent(double tolerance, double minConfidence, int eventWindowDays) {
      this.tolerance = tolerance;
      this.minConfidence = minConfidence;
      this.eventWindowDays = eventWindowDays;
    }

    @Setup
    public void setup() {
      detector = detector(tolerance, minConfidence, eventWindowDays);
    }

    @ProcessElement
    public void process(@Element EventToCompare e,
        OutputReceiver<KV<BlockKey, KV<Integer, ScannedEvent>>> out) {
      List<Conflict> conflicts = detector.compare(e.event(), e.articles(), e.dependencies());
      out.output(KV.of(e.block(), KV.of(e.index(),
          new ScannedEvent(e.event(), conflicts, e.notCompared()))));
    }
  }

  /**
   * A block's events in their order, conflicts numbered on across them as the library numbers
   * them; blocks after the first prefix their ids. Only results meet here, no articles.
   */
  private static final class NumberConflicts
      extends DoFn<KV<BlockKey, Iterable<KV<Integer, ScannedEvent>>>, ScannedEvent> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<BlockKey, Iterable<KV<Integer, ScannedEvent>>> block,
        OutputReceiver<ScannedEvent> out) {
      List<KV<Integer, ScannedEvent>> events = new ArrayList<>();
      block.getValue().forEach(events::add);
      events.sort(Comparator.comparing(KV::getKey));
      String prefix = block.getKey().prefix();
      int numbered = 0;
      for (KV<Integer, ScannedEvent> kv : events) {
        ScannedEvent s = kv.getValue();
        Event e = s.event();
        List<Conflict> conflicts = new ArrayList<>(s.conflicts().size());
        for (Conflict c : s.conflicts()) {
          conflicts.add(new Conflict(prefix + "C" + (++numbered), c.kind(), prefix + c.event(),
              c.topic(), c.confidence(), c.explanation(), c.diff(), c.positions(), c.factors()));
        }
        Event event = prefix.isEmpty() ? e
            : new Event(prefix + e.id(), e.articles(), e.label(), e.from(), e.to(), e.joined());
        out.output(new ScannedEvent(event, conflicts, s.articlesNotCompared()));
      }
    }
  }
}
