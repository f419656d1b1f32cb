package io.github.claimconflict;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.claimconflict.align.ClaimAligner;
import io.github.claimconflict.align.EntityResolver;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.align.NameAligner;
import io.github.claimconflict.align.QuantityAligner;
import io.github.claimconflict.align.QuoteAligner;
import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.compare.ClaimComparator;
import io.github.claimconflict.compare.Finding;
import io.github.claimconflict.compare.NumericToleranceComparator;
import io.github.claimconflict.compare.QuoteComparator;
import io.github.claimconflict.compare.SpellingComparator;
import io.github.claimconflict.extract.ArticleText;
import io.github.claimconflict.extract.ClaimExtractor;
import io.github.claimconflict.extract.MeasureLexicon;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.extract.QuantityExtractor;
import io.github.claimconflict.extract.QuoteExtractor;
import io.github.claimconflict.extract.Shingles;
import io.github.claimconflict.names.KnownNames;
import io.github.claimconflict.names.NameMatcher;
import io.github.claimconflict.names.SpellingMatcher;
import io.github.claimconflict.report.ClaimListing;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.ScanConsumer;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.ScannedArticle;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.scope.Dependency;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.internal.ArticleView;
import io.github.claimconflict.scope.internal.EventScoper;
import io.github.claimconflict.scope.internal.Mention;
import io.github.claimconflict.scope.internal.SourceDependence;
import io.github.claimconflict.text.Language;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.ScanLanguages;
import io.github.claimconflict.text.Transliteration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Finds where news articles about the same event disagree. The scan is a pipeline of pure stages:
 * extract (article to claims), scope (articles to events), align (claims of one event to groups
 * about one thing), compare (a group to conflicts) and report.
 *
 * <pre>{@code
 * ScanReport report = ConflictDetector.withDefaults().scan(articles);
 *
 * ConflictDetector strict = ConflictDetector.builder().tolerance(0.02).minConfidence(0.7).build();
 * ScanReport strictReport = strict.scan(articles);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: one detector may serve many threads.
 */
public final class ConflictDetector {

  /** The default minimum confidence a conflict needs to be reported. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  /**
   * The default gap, in days, that still joins two dated articles into one event (see {@link
   * Builder#eventWindowDays}).
   */
  public static final int DEFAULT_EVENT_WINDOW_DAYS = EventScoper.DEFAULT_WINDOW_DAYS;

  /** Built on first use: a caller with a configuration of its own never pays for it. */
  private static final class Default {
    static final ConflictDetector DETECTOR = builder().build();
  }

  private final ImmutableList<ClaimExtractor<?>> extractors;
  private final EventScoper scoper;
  private final ImmutableList<ClaimAligner<?>> aligners;
  private final NameAligner nameAligner;
  private final ImmutableList<ClaimComparator<?>> comparators;
  private final double minConfidence;
  private final ParallelWork parallel;
  private final int keepClaimsUpTo;

  private ConflictDetector(Builder b) {
    this.keepClaimsUpTo = b.keepClaimsUpTo;
    EntityResolver resolver = new EntityResolver(b.nameMatcher, b.knownNames);
    this.extractors = ImmutableList.<ClaimExtractor<?>>builder()
        .add(new QuantityExtractor(lexicon(b.measures)), new NameExtractor(), new QuoteExtractor())
        .addAll(b.extraExtractors).build();
    this.scoper = new EventScoper(b.eventWindowDays);
    // Subjects of figures resolve like names: "Civik Path" and "Civic Path" are one party.
    this.nameAligner = new NameAligner(resolver);
    this.aligners = ImmutableList.of(new QuantityAligner(resolver::sameEntity), nameAligner,
        new QuoteAligner(resolver));
    this.comparators = b.comparators != null
        ? ImmutableList.copyOf(b.comparators)
        : ImmutableList.of(new NumericToleranceComparator(b.tolerance),
            new SpellingComparator(b.nameMatcher, b.knownNames),
            new QuoteComparator(resolver::sameEntity));
    this.minConfidence = b.minConfidence;
    this.parallel = b.executor != null ? ParallelWork.on(b.executor) : ParallelWork.allCores();
  }

  /** The built-in lexicon of measures with the user's rules added. */
  private static MeasureLexicon lexicon(List<MeasureRule> rules) {
    if (rules.isEmpty()) {
      return MeasureLexicon.defaults();
    }
    MeasureLexicon.Builder b = MeasureLexicon.defaults().toBuilder();
    rules.forEach(r -> b.add(r.toEntry()));
    return b.build();
  }

  /**
   * The detector with the default configuration, shared: {@code
   * ConflictDetector.withDefaults().scan(articles)}.
   *
   * @return the default detector
   */
  public static ConflictDetector withDefaults() {
    return Default.DETECTOR;
  }

  /**
   * Starts a configuration.
   *
   * @return a builder with the default configuration
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scans the articles. Every article is either scanned or listed as skipped with its reason.
   *
   * @param articles the articles, each with an id of its own
   * @return the report
   * @throws IllegalArgumentException if an article is null or two share an id
   */
  public ScanReport scan(Collection<Article> articles) {
    return scan(articles, ScanProgress.NONE);
  }

  /**
   * Scans the articles, telling {@code progress} as they are read.
   *
   * @param articles the articles, each with an id of its own
   * @param progress told how many articles have been read
   * @return the report
   * @throws IllegalArgumentException if an article is null or two share an id
   */
  public ScanReport scan(Collection<Article> articles, ScanProgress progress) {
    Collected c = new Collected();
    run(articles, progress, false, c);
    return c.report();
  }

  /**
   * Scans the articles and hands the report to {@code consumer} as it goes: first all but the
   * conflicts, then each event's conflicts as soon as they are found, in event order, so that a
   * writer can stream a report of any size. Claims are released once their event is compared,
   * and a large scan keeps only what the scope stage needs of each article (reading an event's
   * articles again when it compares them), so the heap is bounded by the largest event and a
   * few KB an article, not by the claims of the whole scan. The scan reaches the articles of a
   * random-access {@link List} by place, asking for each several times, and holds none of them:
   * a list that makes each article anew from a file when asked lets a scan of any size keep no
   * text in memory (such a list must not change during the scan, and is asked from several
   * threads). The conflicts are those {@link #scan(Collection)} reports, numbered alike.
   *
   * @param articles the articles, each with an id of its own
   * @param progress told how many articles have been read
   * @param consumer receives the report in parts, from one thread at a time
   * @throws IllegalArgumentException if an article is null or two share an id
   */
  public void scan(Collection<Article> articles, ScanProgress progress,
      ScanConsumer consumer) {
    requireNonNull(consumer, "consumer");
    run(articles, progress, false, consumer);
  }

  /** Gathers a streamed scan into one report. */
  private static final class Collected implements ScanConsumer {
    private ScanReport head;
    private final List<Conflict> conflicts = new ArrayList<>();
    private Map<String, List<Claim>> claims = Map.of();

    @Override
    public void scanned(ScanReport withoutConflicts) {
      head = withoutConflicts;
    }

    @Override
    public void conflicts(Event event, List<Conflict> found) {
      conflicts.addAll(found);
    }

    ScanReport report() {
      return new ScanReport(head.articles(), head.skipped(), head.events(), head.dependencies(),
          conflicts);
    }
  }

  /**
   * Above this many articles a scan keeps, between reading and comparing, only the names and
   * fingerprints of each article and reads an event's articles again when it compares them: the
   * claims of every article at once would grow the heap with the scan (about 35 claims and 40 KB
   * an article of real news). Below it, reading once is cheaper and the heap is small anyway.
   */
  static final int KEEP_CLAIMS_UP_TO = 2_000;

  /** A scan's run: the claims of each scanned article are kept for the listing when asked. */
  private void run(Collection<Article> articles, ScanProgress progress, boolean listing,
      ScanConsumer consumer) {
    run(articles, progress, listing, true, consumer);
  }

  /** A scan's run; without {@code compareEvents} it ends once the events are formed. */
  private void run(Collection<Article> articles, ScanProgress progress, boolean listing,
      boolean compareEvents, ScanConsumer consumer) {
    requireNonNull(articles, "articles");
    requireNonNull(progress, "progress");
    // The articles are reached by their place in the input, never held: a caller's list may
    // read each one anew when asked (from a file), so that a large scan's texts are not all in
    // memory at once.
    List<Article> input = validate(articles);
    List<Integer> readable = new ArrayList<>();
    List<SkippedArticle> skipped = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      Article a = input.get(i);
      if (a.hasText()) {
        readable.add(i);
      } else {
        skipped.add(new SkippedArticle(a.id(), "no text"));
      }
    }
    boolean keep = listing || readable.size() <= keepClaimsUpTo;
    // Extract: articles are independent, so they are read in parallel.
    java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
    List<FirstRead> perArticle = parallel.map(readable, i -> {
      Article a = input.get(i);
      Read r = read(a, true);
      progress.articlesRead(read.incrementAndGet(), readable.size());
      if (r.failure() != null) {
        return new FirstRead(a.id(), null, r, null); // listed as skipped
      }
      // Of a large scan only the names are kept until its events are known. The article's
      // dates are read here, in parallel, for the scope stage, which runs on one thread.
      return new FirstRead(a.id(), new Head(a.source(), EventScoper.dateOf(a), r.count()),
          keep ? r : r.namesOnly(), EventScoper.timing(a));
    });
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    Map<String, int[]> fingerprints = new HashMap<>();
    Map<String, Head> heads = new HashMap<>();
    Map<String, Integer> scanned = new LinkedHashMap<>(); // id to place in the input
    Map<String, Language> languages = new HashMap<>(); // identified once, while reading
    List<EventScoper.Timing> timings = new ArrayList<>();
    Map<EventScoper.Timing, EventScoper.Timing> sameTiming = new HashMap<>(); // most repeat
    for (int k = 0; k < readable.size(); k++) {
      Read r = perArticle.get(k).read();
      String id = perArticle.get(k).id();
      if (r.failure() != null) {
        skipped.add(new SkippedArticle(id, r.failure()));
      } else {
        claims.put(id, r.claims());
        fingerprints.put(id, r.fingerprint());
        heads.put(id, perArticle.get(k).head());
        if (r.language().isPresent()) {
          languages.put(id, r.language().get());
        }
        scanned.put(id, readable.get(k));
        EventScoper.Timing t = perArticle.get(k).timing();
        EventScoper.Timing same = sameTiming.putIfAbsent(t, t);
        timings.add(same == null ? t : same);
      }
    }
    perArticle = null;
    // The scan-wide copies first: a large scan then lets go of every text's runs (taking them
    // again per event) before the scan-wide name alignment needs its memory.
    List<Dependency> copies = SourceDependence.find(fingerprints);
    if (!keep) {
      fingerprints.clear();
    }
    Map<String, List<Mention>> entities = ScanLanguages.within(languages, () -> entities(claims));
    if (!keep) {
      claims.replaceAll((id, cs) -> List.of()); // read again per event
    }
    int[] places = new int[scanned.size()];
    int placed = 0;
    for (int place : scanned.values()) {
      places[placed++] = place;
    }
    List<Event> events = scoper.scopeTaking(new ArticleView(input, places), timings, entities,
        copies, parallel::map);
    entities = null;
    java.util.function.Function<String, Article> article = id -> input.get(scanned.get(id));
    // Copies are found within each event: copying matters for the consensus on its conflicts.
    List<List<Dependency>> perEventDependencies = parallel.map(events, e -> {
      Map<String, int[]> prints = new HashMap<>();
      for (String a : e.articles()) {
        prints.put(a, keep ? fingerprints.get(a) : Shingles.fingerprint(article.apply(a).text()));
      }
      return SourceDependence.find(prints);
    });
    fingerprints.clear();
    // Loops rather than streams and chained comparators on this path: each lambda is linked on
    // its first run, a cost a small scan's whole process pays in full.
    List<Dependency> sortedDependencies = new ArrayList<>();
    for (List<Dependency> within : perEventDependencies) {
      sortedDependencies.addAll(within);
    }
    sortedDependencies.sort(BY_PAIR);
    List<Dependency> dependencies = Collections.unmodifiableList(sortedDependencies);
    Map<String, String> voices = SourceDependence.groups(claims.keySet(), dependencies);
    Map<String, String> eventOf = new HashMap<>();
    for (Event e : events) {
      for (String a : e.articles()) {
        eventOf.put(a, e.id());
      }
    }
    // Sorted by id, so that the same articles in any order give the same report.
    skipped.sort(Comparator.comparing(SkippedArticle::id));
    List<String> ids = new ArrayList<>(scanned.keySet());
    Collections.sort(ids);
    List<ScannedArticle> summaries = new ArrayList<>(ids.size());
    for (String id : ids) {
      Head h = heads.get(id);
      summaries.add(new ScannedArticle(id, h.source(), h.date(), eventOf.get(id), h.claims()));
    }
    consumer.scanned(new ScanReport(summaries, skipped, events, dependencies, List.of()));
    if (!compareEvents) {
      consumer.finished();
      return;
    }

    // Events are independent: they are compared in parallel and handed over in event order,
    // each event's claims released once it is compared.
    Map<String, List<Claim>> kept = listing ? Map.copyOf(claims) : null;
    Map<String, List<Claim>> pending = new java.util.concurrent.ConcurrentHashMap<>(claims);
    claims.clear();
    int[] numbered = {0, 0}; // conflicts numbered, and parts handed over
    if (keep && comparators.size() > 1) {
      // The claims are at hand: each comparator of each event is a task of its own, so that a
      // scan of one or two events (the seeds) keeps every core busy, and a large event no longer
      // ends the stage alone. An event is handed over once its last comparator is done.
      int kinds = comparators.size();
      List<Part> parts = new ArrayList<>(events.size() * kinds);
      for (Event e : events) {
        for (int k = 0; k < kinds; k++) {
          parts.add(new Part(e, k));
        }
      }
      List<List<Supported>> done = new ArrayList<>(kinds);
      parallel.forEachOrdered(parts, part -> {
        List<Claim> eventClaims = new ArrayList<>();
        for (String a : part.event().articles()) {
          eventClaims.addAll(pending.get(a));
        }
        return ScanLanguages.within(languages,
            () -> supported(comparators.get(part.comparator()), part.event(), eventClaims, voices));
      }, found -> {
        done.add(found);
        if (done.size() == kinds) {
          Event e = parts.get(numbered[1]).event();
          numbered[1] += kinds;
          for (String a : e.articles()) {
            pending.remove(a);
          }
          consumer.conflicts(e, conflicts(merged(e, done), voices, numbered));
          done.clear();
        }
      });
    } else {
      parallel.forEachOrdered(events, event -> {
        List<Claim> eventClaims = new ArrayList<>();
        for (String a : event.articles()) {
          List<Claim> cs = pending.remove(a);
          eventClaims.addAll(keep ? cs : read(article.apply(a), false).claims());
        }
        return ScanLanguages.within(languages, () -> compared(event, eventClaims, voices));
      }, c -> consumer.conflicts(c.event(), conflicts(c, voices, numbered)));
    }
    if (consumer instanceof Collected collected && kept != null) {
      collected.claims = kept;
    }
    consumer.finished();
  }

  /**
   * The first stages of {@link #scan(Collection)} alone: the articles read, the events formed
   * and the copies found within them, without comparing, so that a caller can compare each event
   * elsewhere ({@link #compare}), as the Beam transform does on a cluster.
   *
   * @param articles the articles, each with an id of its own
   * @return the report {@link #scan(Collection)} gives, with no conflicts
   * @throws IllegalArgumentException if an article is null or two share an id
   */
  public ScanReport scope(Collection<Article> articles) {
    Collected c = new Collected();
    run(articles, ScanProgress.NONE, false, false, c);
    return c.head;
  }

  /**
   * Compares one event of a {@link #scope} (or {@link #scan(Collection)}) report as {@link
   * #scan(Collection)} does: the conflicts it reports in the event, in the same order, numbered
   * from {@code C1}. Only the event's articles that are given are compared, so a caller may
   * compare part of an event; articles not in the event are ignored.
   *
   * @param event the event
   * @param articles its articles, or some of them
   * @param dependencies the report's copies; those between articles compared count
   * @return the conflicts, most confident first
   */
  public List<Conflict> compare(Event event, Collection<Article> articles,
      Collection<Dependency> dependencies) {
    requireNonNull(event, "event");
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<String> ids = event.articles().stream().filter(byId::containsKey).toList();
    List<Claim> eventClaims = new ArrayList<>();
    Map<String, Language> languages = new HashMap<>();
    for (String id : ids) {
      Read r = read(byId.get(id), false);
      eventClaims.addAll(r.claims());
      r.language().ifPresent(l -> languages.put(id, l));
    }
    Set<String> in = new HashSet<>(ids);
    // Copies are found within events, so an event's voices are those of the whole scan.
    Map<String, String> voices = SourceDependence.groups(ids, dependencies.stream()
        .filter(d -> in.contains(d.first()) && in.contains(d.second())).toList());
    return conflicts(ScanLanguages.within(languages, () -> compared(event, eventClaims, voices)),
        voices, new int[] {0});
  }

  /** Compares one event's claims: its findings, most confident first, with their support. */
  private Compared compared(Event event, List<Claim> eventClaims, Map<String, String> voices) {
    List<List<Supported>> parts = new ArrayList<>(comparators.size());
    for (ClaimComparator<?> comparator : comparators) {
      parts.add(supported(comparator, event, eventClaims, voices));
    }
    return merged(event, parts);
  }

  /** One comparator of one event: a task of the compare stage. */
  private record Part(Event event, int comparator) {}

  /** A finding with its positions' support counted. */
  private record Supported(Finding finding, List<Position> positions) {}

  /** What one comparator finds in one event's claims, with the support of each position. */
  private <C extends Claim> List<Supported> supported(ClaimComparator<C> comparator, Event event,
      List<Claim> eventClaims, Map<String, String> voices) {
    List<Finding> found = compareWith(comparator, event, eventClaims);
    List<Supported> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      out.add(new Supported(f, Consensus.supported(f.positions(), voices)));
    }
    return out;
  }

  /**
   * An event's findings from each comparator in turn, most confident first: a stable sort of
   * them in the comparators' order, so that ties keep the order comparing them in turn gives.
   */
  private static Compared merged(Event event, List<List<Supported>> parts) {
    List<Supported> all = new ArrayList<>();
    for (List<Supported> part : parts) {
      all.addAll(part);
    }
    all.sort(MOST_CONFIDENT);
    List<Finding> findings = new ArrayList<>(all.size());
    List<List<Position>> positions = new ArrayList<>(all.size());
    for (Supported s : all) {
      findings.add(s.finding());
      positions.add(s.positions());
    }
    return new Compared(event, findings, positions);
  }

  /** Most confident first, then by topic; one comparator, not a chain of them (see run). */
  private static final Comparator<Supported> MOST_CONFIDENT = (x, y) -> {
    int c = Double.compare(y.finding().confidence(), x.finding().confidence());
    return c != 0 ? c : x.finding().topic().compareTo(y.finding().topic());
  };

  /** Dependencies by their first article, then their second. */
  private static final Comparator<Dependency> BY_PAIR = (x, y) -> {
    int c = x.first().compareTo(y.first());
    return c != 0 ? c : x.second().compareTo(y.second());
  };

  /** One event's conflicts, numbered on from {@code numbered[0]}. */
  private static List<Conflict> conflicts(Compared c, Map<String, String> voices,
      int[] numbered) {
    List<Conflict> out = new ArrayList<>(c.findings().size());
    for (int i = 0; i < c.findings().size(); i++) {
      Finding f = c.findings().get(i);
      List<Position> positions = c.positions().get(i);
      out.add(new Conflict("C" + (++numbered[0]), f.kind(), c.event().id(), f.topic(),
          f.confidence(), f.explanation() + Consensus.describe(positions, voices), f.diff(),
          positions, f.factors()));
    }
    return out;
  }

  /** One event compared: its findings, most confident first, and their supported positions. */
  private record Compared(Event event, List<Finding> findings, List<List<Position>> positions) {}

  /**
   * Every claim read from the articles, with the event each article was placed in, for a user who
   * wants to see what the scan understood. It costs one scan.
   *
   * @param articles the articles, each with an id of its own
   * @return the claims, by article id, and the articles skipped
   * @throws IllegalArgumentException if an article is null or two share an id
   */
  public ClaimListing claims(Collection<Article> articles) {
    Collected run = new Collected();
    run(articles, ScanProgress.NONE, true, run);
    List<ClaimListing.Entry> entries = new ArrayList<>();
    for (ScannedArticle a : run.report().articles()) { // in id order
      run.claims.get(a.id()).stream().sorted(Claim.inTextOrder())
          .forEach(c -> entries.add(new ClaimListing.Entry(a.event(), c)));
    }
    return new ClaimListing(entries, run.report().skipped());
  }

  /**
   * The entities each article names, for the scope stage: every spelling of one entity across
   * the scan ("Unity Front", "Unity Frnot") resolved to one key, so misspellings do not split events.
   */
  private Map<String, List<Mention>> entities(Map<String, List<Claim>> claims) {
    List<NameClaim> names = new ArrayList<>();
    for (List<Claim> cs : claims.values()) {
      for (Claim c : cs) {
        if (c instanceof NameClaim n) {
          names.add(n);
        }
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (ClaimGroup<NameClaim> g : nameAligner.align("scan", names, parallel::map)) {
      String key = NameNormalizer.cosmeticKey(g.topic());
      for (NameClaim c : g.claims()) {
        canonical.put(NameNormalizer.cosmeticKey(c.surface()), key);
      }
    }
    // A longer form of a name that also stands alone in the scan is that name to the scope
    // stage: "Maya Tin Lwin" is "Tin Lwin", "Secretary Ana Brandt" is "Brandt".
    Set<String> keys = new HashSet<>();
    for (NameClaim n : names) {
      keys.add(NameNormalizer.cosmeticKey(n.surface()));
    }
    Map<String, List<Mention>> out = new HashMap<>();
    // One string for each entity and spelling: the mentions of a large scan are all held at once
    // by the scope stage, and most repeat a few names.
    Map<String, String> folds = new HashMap<>();
    Map<String, String> pool = new HashMap<>();
    for (NameClaim n : names) {
      for (Mention part : parts(n, keys)) {
        String key = shortForm(part.surface(), keys)
            .orElse(NameNormalizer.cosmeticKey(part.surface()));
        // Transliterations the aligner leaves apart ("Harun" and "Haroun") still name one thing.
        String entity = foldedOnce(folds, canonical.getOrDefault(key, key));
        List<Mention> mentions = out.get(n.evidence().articleId());
        if (mentions == null) {
          mentions = new ArrayList<>();
          out.put(n.evidence().articleId(), mentions);
        }
        mentions.add(new Mention(entity, pooled(pool, part.surface()), part.start()));
        Place place = placeOf(part.surface(), keys);
        if (place != null) {
          mentions.add(new Mention(
              foldedOnce(folds, canonical.getOrDefault(place.key(), place.key())),
              pooled(pool, place.written()), part.start()));
        }
      }
    }
    return out;
  }

  /** {@link #folded} of a key, taken once per key of a scan. */
  private static String foldedOnce(Map<String, String> folds, String key) {
    String f = folds.get(key);
    if (f == null) {
      f = folded(key);
      folds.put(key, f);
    }
    return f;
  }

  /** The pool's string equal to {@code s}, which becomes it if there is none yet. */
  private static String pooled(Map<String, String> pool, String s) {
    String p = pool.putIfAbsent(s, s);
    return p == null ? s : p;
  }

  /** A place an institution is named for: its cosmetic key and its words as written. */
  private record Place(String key, String written) {}

  /** The last words of the names of institutions and facilities, which are often named for a place. */
  private static final Set<String> FACILITIES = Set.of("university", "college", "school",
      "academy", "institute", "hospital", "clinic", "airport", "station", "stadium", "arena",
      "prison", "jail", "hotel", "mall", "market", "bridge", "port", "harbour", "harbor",
      "square", "street", "mosque", "church", "cathedral", "temple", "mine", "plant", "factory",
      "court", "council", "police", "prosecutor", "prosecutors", "administration");

  /**
   * The place an institution is named for, where the scan also names it alone: "Kelmar State
   * University" mentions "Kelmar" too, so that a story about the university and one about the
   * town can meet; a name of any other kind, or whose first words the scan never writes alone,
   * has none.
   */
  private static Place placeOf(String surface, Set<String> keys) {
    String[] words = surface.split(" ");
    int n = words.length;
    if (n < 2 || !Character.isUpperCase(surface.charAt(0))
        || !FACILITIES.contains(words[n - 1].toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    for (int k = n - 1; k >= 1; k--) {
      String written = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
      String key = NameNormalizer.cosmeticKey(written);
      if (key.length() >= 3 && keys.contains(key)) {
        return new Place(key, written);
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern OF = java.util.regex.Pattern.compile(
      " of (?:the )?");

  /**
   * A name read as "Ana Brandt of the Harbour Board" is two where the scan also names each part
   * alone; any other name is itself.
   */
  private static List<Mention> parts(NameClaim n, Set<String> keys) {
    String surface = n.surface();
    int start = n.evidence().start();
    if (!surface.contains(" of ")) { // what OF needs: most names are no such pair
      return List.of(new Mention("", surface, start));
    }
    List<Mention> out = new ArrayList<>();
    java.util.regex.Matcher m = OF.matcher(surface);
    int from = 0;
    while (m.find()) {
      out.add(new Mention("", surface.substring(from, m.start()), start + from));
      from = m.end();
    }
    out.add(new Mention("", surface.substring(from), start + from));
    if (out.size() > 1 && out.stream()
        .allMatch(p -> keys.contains(NameNormalizer.cosmeticKey(p.surface())))) {
      return out;
    }
    return List.of(new Mention("", surface, start));
  }

  /** The longest proper ending of a name of capitalized words that the scan also names alone. */
  private static java.util.Optional<String> shortForm(String surface, Set<String> keys) {
    String[] words = surface.split(" ");
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return java.util.Optional.empty(); // "Organisation for Security ...": no person's name
      }
    }
    List<String> tokens = NameNormalizer.cosmeticTokens(surface);
    for (int k = 1; k < tokens.size(); k++) {
      String suffix = String.join("", tokens.subList(k, tokens.size()));
      if (suffix.length() >= 4 && keys.contains(suffix)) {
        return java.util.Optional.of(suffix);
      }
    }
    return java.util.Optional.empty();
  }

  /** A cosmetic key with each word's transliteration folded, so variants name one entity. */
  private static String folded(String cosmeticKey) {
    StringBuilder b = new StringBuilder(cosmeticKey.length());
    for (String w : cosmeticKey.split(" ")) {
      if (!w.isEmpty()) {
        List<String> keys = Transliteration.keys(w);
        b.append(b.length() == 0 ? "" : " ").append(keys.isEmpty() ? w : keys.get(0));
      }
    }
    return b.toString();
  }

  /** What a scanned article's line in the report needs, kept instead of the article. */
  private record Head(Optional<String> source, Optional<LocalDate> date, int claims) {}

  /**
   * An article's first reading, with its id, report line and timing for the scope stage (none
   * when it failed).
   */
  private record FirstRead(String id, Head head, Read read, EventScoper.Timing timing) {}

  /**
   * What reading one article gives: its claims, its fingerprint for finding copies and its
   * language, or why it could not be read (then null; otherwise {@code failure} is null).
   */
  private record Read(List<Claim> claims, int count, int[] fingerprint,
      Optional<Language> language, String failure) {

    /**
     * The same read with only its names kept, for the scope stage, each cut to what the scan-wide
     * alignment reads (a spelling written again shares one string); the count stays.
     */
    Read namesOnly() {
      List<Claim> names = new ArrayList<>();
      Map<String, String> spellings = new HashMap<>();
      for (Claim c : claims) {
        if (c instanceof NameClaim n) {
          String surface = spellings.computeIfAbsent(n.surface(), s -> s);
          names.add(NameAligner.forScope(surface == n.surface() ? n
              : new NameClaim(n.evidence(), surface, n.role())));
        }
      }
      return new Read(List.copyOf(names), count, fingerprint, language, failure);
    }
  }

  /**
   * One article read; a failure if an extractor failed on it, so the scan lists it as skipped.
   * Only the first reading, which finds the copies, takes the fingerprint.
   */
  private Read read(Article article, boolean fingerprint) {
    try {
      ArticleText text = ArticleText.of(article); // read once, for every extractor
      List<Claim> out = new ArrayList<>();
      for (ClaimExtractor<?> x : extractors) {
        out.addAll(x.extract(text));
      }
      return new Read(out, out.size(), fingerprint ? Shingles.fingerprint(text) : new int[0],
          text.language(), null);
    } catch (RuntimeException e) {
      // A bug of ours, never the article's fault: say which, so that it can be reported.
      return new Read(List.of(), 0, new int[0], Optional.empty(),
          "could not be read: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + " (a bug in claim-conflict; please report it with the article)");
    }
  }

  private <C extends Claim> List<Finding> compareWith(ClaimComparator<C> comparator,
      Event event, List<Claim> claims) {
    Class<C> type = comparator.claimType();
    List<C> typed = new ArrayList<>();
    for (Claim c : claims) {
      if (type.isInstance(c)) {
        typed.add(type.cast(c));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup<C> group
        : alignerFor(comparator.claimType()).align(event.id(), typed, reported(event))) {
      for (Finding f : comparator.compare(group)) {
        if (f.confidence() >= minConfidence) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * The day each article of an event was reported on: its publication date or dateline, not a
   * day its lead gives for the story, which says when things happened, not when they were told.
   */
  private static Map<String, LocalDate> reported(Event event) {
    Map<String, LocalDate> out = new HashMap<>();
    for (Event.Joined j : event.joined()) {
      if (j.datedBy() == Event.DatedBy.PUBLISHED || j.datedBy() == Event.DatedBy.DATELINE) {
        j.date().ifPresent(d -> out.put(j.article(), d));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private <C extends Claim> ClaimAligner<C> alignerFor(Class<C> type) {
    for (ClaimAligner<?> a : aligners) {
      if (a.claimType().equals(type)) {
        return (ClaimAligner<C>) a;
      }
    }
    throw new IllegalStateException("no aligner for " + type.getSimpleName());
  }

  /**
   * The articles as a list to reach by place: a random-access list as it is (it may read its
   * articles anew on each {@code get}), any other collection copied; nulls and repeated ids are
   * refused.
   */
  private static List<Article> validate(Collection<Article> articles) {
    List<Article> input = articles instanceof List<Article> l && l instanceof java.util.RandomAccess
        ? l : new ArrayList<>(articles);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < input.size(); i++) {
      Article a = input.get(i);
      if (a == null) {
        throw new IllegalArgumentException("article at position " + i + " is null");
      }
      Integer earlier = positions.putIfAbsent(a.id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException("duplicate article id '" + a.id() + "' (positions "
            + earlier + " and " + i + ")");
      }
    }
    return input;
  }

  /** Configures a {@link ConflictDetector}. */
  public static final class Builder {
    private double tolerance = NumericToleranceComparator.DEFAULT_TOLERANCE;
    private double minConfidence = DEFAULT_MIN_CONFIDENCE;
    private int eventWindowDays = EventScoper.DEFAULT_WINDOW_DAYS;
    private List<MeasureRule> measures = List.of();
    private List<ClaimComparator<?>> comparators;
    private NameMatcher nameMatcher = new SpellingMatcher();
    private KnownNames knownNames = KnownNames.none();
    private Executor executor;
    private int keepClaimsUpTo = KEEP_CLAIMS_UP_TO;
    private List<ClaimExtractor<?>> extraExtractors = List.of();

    private Builder() {}

    /** For tests: extractors run after the library's own, such as one that fails. */
    Builder extraExtractors(List<ClaimExtractor<?>> extractors) {
      this.extraExtractors = List.copyOf(extractors);
      return this;
    }

    /** For tests: the scan size above which claims are read again per event. */
    Builder keepClaimsUpTo(int articles) {
      this.keepClaimsUpTo = articles;
      return this;
    }

    /**
     * Where the scan's parallel work runs (reading articles, comparing events). The calling thread
     * works too, so a busy or single-threaded executor slows a scan but cannot stall it. Default:
     * a pool of the library's own daemon threads, one per core; nothing runs on the common
     * fork-join pool.
     *
     * @param executor runs the parallel work; not null
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How two words of names are judged one name or two; default {@link SpellingMatcher} with its
     * default thresholds. Used for spelling conflicts and for the subjects of figures.
     *
     * @param nameMatcher the matcher; not null
     * @return this builder
     */
    public Builder nameMatcher(NameMatcher nameMatcher) {
      this.nameMatcher = requireNonNull(nameMatcher, "nameMatcher");
      return this;
    }

    /**
     * Aliases and known-distinct names the rules cannot know.
     *
     * @param knownNames what the user knows of names; not null
     * @return this builder
     */
    public Builder knownNames(KnownNames knownNames) {
      this.knownNames = requireNonNull(knownNames, "knownNames");
      return this;
    }

    /**
     * The relative tolerance of the default numeric comparator: figures conflict when their
     * intervals, each widened by this share on either side, do not overlap. Default 0.05.
     *
     * @param tolerance the share, in [0, 10)
     * @return this builder
     * @throws IllegalArgumentException if the tolerance is outside [0, 10)
     */
    public Builder tolerance(double tolerance) {
      checkArgument(tolerance >= 0 && tolerance < 10, "tolerance must be in [0, 10): %s",
          tolerance);
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Conflicts below this confidence are left out of the report. Default 0.5.
     *
     * @param minConfidence the least confidence reported, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public Builder minConfidence(double minConfidence) {
      checkArgument(minConfidence >= 0 && minConfidence <= 1,
          "minConfidence must be in [0, 1]: %s", minConfidence);
      this.minConfidence = minConfidence;
      return this;
    }

    /**
     * Dated articles this many days apart or closer, in a chain, are one event. Default 2.
     *
     * @param days the window, in days
     * @return this builder
     * @throws IllegalArgumentException if days is negative
     */
    public Builder eventWindowDays(int days) {
      checkArgument(days >= 0, "eventWindowDays must not be negative: %s", days);
      this.eventWindowDays = days;
      return this;
    }

    /**
     * Measures to recognise besides the built-in ones; a rule with the id of a built-in measure
     * replaces it, and of two rules with one id the later wins. Default none.
     *
     * @param measures the rules; none null
     * @return this builder
     */
    public Builder measures(Collection<MeasureRule> measures) {
      requireNonNull(measures, "measures");
      measures.forEach(m -> requireNonNull(m, "measure rule"));
      this.measures = List.copyOf(measures);
      return this;
    }

    /**
     * The comparators to run, replacing the defaults (a {@link NumericToleranceComparator} with
     * {@link #tolerance}, a {@link SpellingComparator} and a {@link QuoteComparator}). Each
     * compares the groups of its kind.
     *
     * @param comparators the comparators; none null, none given twice
     * @return this builder
     * @throws IllegalArgumentException if a comparator is given twice
     */
    public Builder comparators(Collection<? extends ClaimComparator<?>> comparators) {
      requireNonNull(comparators, "comparators");
      Set<Object> seen = new HashSet<>();
      for (ClaimComparator<?> c : comparators) {
        requireNonNull(c, "comparator");
        checkArgument(seen.add(c), "comparator given twice: %s", c);
      }
      this.comparators = List.copyOf(comparators);
      return this;
    }

    /**
     * A detector with this configuration.
     *
     * @return the detector
     */
    public ConflictDetector build() {
      return new ConflictDetector(this);
    }
  }
}
