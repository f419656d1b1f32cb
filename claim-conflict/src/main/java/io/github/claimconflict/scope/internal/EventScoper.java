package io.github.claimconflict.scope.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.claimconflict.Article;
import io.github.claimconflict.scope.Dependency;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.Event.DatedBy;
import io.github.claimconflict.scope.Event.Joined;
import io.github.claimconflict.scope.internal.StoryDates.Placement;
import io.github.claimconflict.text.Mapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The scope stage: groups articles into events, so that a 2021 article is never checked against
 * 2020 figures, and a flood is never checked against a bus crash of the same day.
 *
 * <p>Each article has a time ({@link StoryDates}: its publication date or dateline, and the date
 * its lead gives for the story) and a profile of the entities it names. An entity weighs by how
 * rare it is in the scan (a smoothed inverse document frequency) and by how central it is to the
 * article (in the headline, in the lead, named again and again). News agencies, the scan's
 * outlets, bylines and photo credits identify nothing, and neither does a name so common in a
 * large scan that it stands in many stories (a capital, a head of state).
 *
 * <p>Articles that share passages (copies of one wire) are one story. Then, strongest first,
 * events join when the cosine of their pooled profiles is at least {@value #MIN_SIMILARITY}, they
 * share at least {@value #MIN_SHARED} identifying entities and their dates allow it: dated events
 * at most the window apart, and an undated article's weekday or day of month within the other's
 * dates. An undated event joins a dated one only at {@value #UNDATED_TO_DATED}: with no date of
 * its own, only strong evidence places it in time. A join is made only when it wins by {@value
 * #MARGIN} over the smaller side's best match among other stories. Candidates come from the
 * entities articles share (a frequent entity pairs only dated articles near in time), so the work
 * grows with the articles, not with their pairs.
 */
public final class EventScoper {

  /**
   * The default gap, in days, that still joins two articles into one event. Coverage that runs
   * over several days still chains day by day; two protests in one city a week apart do not.
   */
  public static final int DEFAULT_WINDOW_DAYS = 2;

  static final double MIN_SIMILARITY = 0.25;
  static final double UNDATED_TO_DATED = 0.45;
  static final double MARGIN = 0.05;
  /**
   * The share of an undated event's identifying profile that a dated event must hold for the undated one to
   * join at {@value #MIN_SIMILARITY}: its names are the dated story's, the story only names more.
   */
  static final double CONTAINED = 0.8;
  /**
   * The least cosine at which a contained undated event joins: pooling many articles lowers an
   * event's cosine with any one of them, however fully the event holds its names.
   */
  static final double CONTAINED_FLOOR = 0.2;
  static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)");
  /** Where {@link #YEAR} may match: at a 1 or a 2. */
  static final MatchStarts.Opening YEAR_OPENS = MatchStarts.Opening.with("12");
  static final int MIN_SHARED = 2;
  /** Shared identifying names that place an undated story at {@value #MIN_SIMILARITY}. */
  static final int MANY_SHARED = 6;
  /** A name in at least this many articles, and {@value #COMMON_SHARE} of the scan, is common. */
  static final int COMMON_ARTICLES = 25;
  static final double COMMON_SHARE = 0.2;
  static final int LEAD = 500;
  static final int MAX_POSTINGS = 200;
  static final int MAX_NEIGHBOURS = 50;
  static final int SHOWN_SHARED = 3;
  static final double COPY_WITHOUT_NAMES = 0.5;

  /** How many windows an event's dates may span at most, however its articles chain. */
  static final int MAX_SPAN_WINDOWS = 3;

  private final int windowDays;
  private final int maxSpan;

  /**
   * A scoper with the given window.
   *
   * @param windowDays the largest gap, in days, that still joins two articles into one event
   * @throws IllegalArgumentException if windowDays is negative
   */
  public EventScoper(int windowDays) {
    checkArgument(windowDays >= 0, "windowDays must not be negative: %s", windowDays);
    this.windowDays = windowDays;
    this.maxSpan = MAX_SPAN_WINDOWS * windowDays + 1;
  }

  /** A scoper with the {@link #DEFAULT_WINDOW_DAYS default window}. */
  public EventScoper() {
    this(DEFAULT_WINDOW_DAYS);
  }

  /**
   * The date an article is dated by: published, else its dateline.
   *
   * @param article an article
   * @return its publication date, else the date in its head (see {@link Datelines#find}), else
   *     empty
   */
  public static Optional<LocalDate> dateOf(Article article) {
    return article.published().or(() -> Datelines.find(article.text()));
  }

  /**
   * Events from dates alone, for callers with no names at hand.
   *
   * @param articles the articles to group
   * @return the events, as {@link #scope(List, Map, Map)} with no mentions and no fingerprints
   */
  public List<Event> scope(List<Article> articles) {
    return scope(articles, Map.of(), Map.of());
  }

  /**
   * Events in order of their first date, undated last; each article in exactly one event.
   *
   * @param articles the articles to group
   * @param mentions for each article id, the entities it names
   * @param fingerprints for each article id, its fingerprint (its runs of words, hashed), to find
   *     copies; may be empty
   * @return the events
   */
  public List<Event> scope(List<Article> articles,
      Map<String, ? extends Collection<Mention>> mentions, Map<String, int[]> fingerprints) {
    List<Dependency> copies = fingerprints.isEmpty() ? List.of()
        : SourceDependence.find(fingerprints);
    return scope(articles, null, mentions::get, !mentions.isEmpty(), copies,
        Mapper.IN_TURN);
  }

  /**
   * Events as {@link #scope(List, Map, Map)} gives them, for a large scan: the copies are found
   * by the caller (so that it can let go of the fingerprints first), and each article's mentions
   * are taken out of {@code mentions} as they are read, so that they are not held beside the
   * profiles made of them.
   *
   * @param articles the articles to group
   * @param mentions for each article id, the entities it names; emptied
   * @param copies the pairs of articles that share passages ({@link SourceDependence#find})
   * @return the events
   */
  public List<Event> scopeTaking(List<Article> articles, Map<String, List<Mention>> mentions,
      List<Dependency> copies) {
    return scope(articles, null, mentions::remove, !mentions.isEmpty(), copies,
        Mapper.IN_TURN);
  }

  /**
   * As {@link #scopeTaking(List, Map, List)}, with each article's {@link Timing} read already
   * (in parallel, with its claims): the stage's one thread then reads no article's dates.
   *
   * @param articles the articles to group
   * @param timings the timing of each article, in the same order ({@link #timing})
   * @param mentions for each article id, the entities it names; emptied
   * @param copies the pairs of articles that share passages ({@link SourceDependence#find})
   * @return the events
   */
  public List<Event> scopeTaking(List<Article> articles, List<Timing> timings,
      Map<String, List<Mention>> mentions, List<Dependency> copies) {
    return scopeTaking(articles, timings, mentions, copies, Mapper.IN_TURN);
  }

  /**
   * As {@link #scopeTaking(List, List, Map, List)}, with what is read of each article alone (its
   * profile's mentions, its event's label) mapped by {@code mapper}, perhaps in parallel; the
   * events are the same.
   *
   * @param articles the articles to group
   * @param timings the timing of each article, in the same order ({@link #timing})
   * @param mentions for each article id, the entities it names; emptied
   * @param copies the pairs of articles that share passages ({@link SourceDependence#find})
   * @param mapper maps the articles and the events
   * @return the events
   */
  public List<Event> scopeTaking(List<Article> articles, List<Timing> timings,
      Map<String, List<Mention>> mentions, List<Dependency> copies, Mapper mapper) {
    checkArgument(timings.size() == articles.size(), "a timing for each article");
    return scope(articles, timings, mentions::remove, !mentions.isEmpty(), copies, mapper);
  }

  /**
   * What the scope stage reads of one article's time: where its story stands in time, and the
   * latest year its text states where that counts (undated, or dated by a page's date line).
   *
   * @param placement the article's placement
   * @param latestYear the latest year, 0 for none or where it does not count
   */
  public record Timing(Placement placement, int latestYear) {}

  /**
   * An article's timing, as the scope stage reads it: the same for the same text and date.
   *
   * @param article an article
   * @return its timing
   */
  public static Timing timing(Article article) {
    Placement p = StoryDates.of(article);
    String text = article.text();
    int latest = 0;
    if (!p.dated()) {
      latest = latestYear(text);
    } else if (p.stamped()) {
      latest = latestYear(text.substring(Datelines.stampEnd(text)));
    }
    return new Timing(p, latest);
  }

  private List<Event> scope(List<Article> articles, List<Timing> timings,
      Function<String, ? extends Collection<Mention>> mentions, boolean named,
      List<Dependency> copies, Mapper mapper) {
    // In order of id, as a view: the caller's list may read each article anew when asked, so
    // that a large scan holds no text; only the ids are kept.
    int n = articles.size();
    String[] idOf = new String[n];
    for (int i = 0; i < n; i++) {
      idOf[i] = articles.get(i).id();
    }
    // Loops and single comparators rather than streams and chains on the scope stage's path:
    // each lambda is linked on its first run, a cost a small scan's whole process pays in full.
    List<Integer> byId = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byId.add(i);
    }
    byId.sort((x, y) -> idOf[x].compareTo(idOf[y]));
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = byId.get(k);
    }
    String[] ids = new String[n];
    for (int k = 0; k < n; k++) {
      ids[k] = idOf[order[k]];
    }
    List<Article> sorted = new ArticleView(articles, order);
    List<Placement> places = new ArrayList<>(n);
    Cluster[] clusters = new Cluster[n];
    for (int i = 0; i < n; i++) {
      Timing t = timings != null ? timings.get(order[i]) : timing(sorted.get(i));
      places.add(t.placement());
      clusters[i] = new Cluster(i, t.placement());
      clusters[i].latestYear = t.latestYear();
    }
    Profiles profiles = Profiles.of(sorted, mentions, LEAD, COMMON_ARTICLES, COMMON_SHARE,
        mapper);
    Run run = new Run(clusters, profiles, places);
    if (!named) {
      run.byDatesAlone();
    } else {
      List<Set<Integer>> common = commonNearby(places, profiles);
      for (int i = 0; i < n; i++) {
        Map<Integer, Double> v = clusters[i].vector;
        v.putAll(profiles.vector(i));
        v.keySet().removeAll(common.get(i));
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(ids[i], i);
      }
      run.joinCopies(copies, index);
      candidates(places, profiles, run::neighbours);
      run.byEntities(mapper);
    }
    return run.events(sorted, ids, mapper);
  }

  /**
   * For each dated article, the names common among the articles dated within the window around
   * it: in at least {@value #COMMON_ARTICLES} of them and {@value #COMMON_SHARE} of them. A feed
   * of many stories a day names the same capitals, agencies and heads of state in stories that
   * have nothing else in common; near in time, such a name identifies nothing, however rare it
   * is over the whole scan. Counted with sorted dates, so the work grows with the mentions.
   */
  private List<Set<Integer>> commonNearby(List<Placement> places, Profiles profiles) {
    int n = places.size();
    long[] all = new long[n];
    int dated = 0;
    for (Placement p : places) {
      if (p.from().isPresent()) {
        all[dated++] = p.from().get().toEpochDay();
      }
    }
    all = Arrays.copyOf(all, dated);
    Arrays.sort(all);
    List<List<Integer>> postings = profiles.postings();
    List<Set<Integer>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new HashSet<>());
    }
    if (all.length < COMMON_ARTICLES) {
      return out;
    }
    for (int k = 0; k < postings.size(); k++) {
      List<Integer> p = postings.get(k);
      int entity = profiles.postingEntities().get(k);
      if (p.size() < COMMON_ARTICLES) {
        continue;
      }
      long[] d = new long[p.size()];
      int days = 0;
      for (int i : p) {
        if (places.get(i).dated()) {
          d[days++] = places.get(i).from().orElseThrow().toEpochDay();
        }
      }
      d = Arrays.copyOf(d, days);
      Arrays.sort(d);
      if (d.length < COMMON_ARTICLES) {
        continue;
      }
      for (int i : p) {
        Optional<LocalDate> at = places.get(i).from();
        if (at.isEmpty()) {
          continue;
        }
        long lo = at.get().toEpochDay() - windowDays;
        long hi = places.get(i).to().orElseThrow().toEpochDay() + windowDays;
        int here = count(d, lo, hi);
        if (here >= COMMON_ARTICLES && here > COMMON_SHARE * count(all, lo, hi)) {
          out.get(i).add(entity);
        }
      }
    }
    return out;
  }

  /** The latest year from 1900 to 2099 the text states, 0 for none. */
  static int latestYear(String text) {
    int latest = 0;
    java.util.regex.Matcher m = YEAR.matcher(text);
    MatchStarts years = new MatchStarts(m, text, YEAR_OPENS);
    while (years.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group()));
    }
    return latest;
  }

  /** The number of sorted values within [lo, hi]. */
  private static int count(long[] sorted, long lo, long hi) {
    return lowerBound(sorted, hi + 1) - lowerBound(sorted, lo);
  }

  private static int lowerBound(long[] a, long key) {
    int l = 0;
    int h = a.length;
    while (l < h) {
      int m = (l + h) >>> 1;
      if (a[m] < key) {
        l = m + 1;
      } else {
        h = m;
      }
    }
    return l;
  }

  /**
   * Names for the scope stage when only their sets are at hand.
   *
   * @param articles the articles to group
   * @param entities for each article id, the keys of the entities it names
   * @return the events, as {@link #scope(List, Map, Map)} with each entity a mention of unknown
   *     offset and no fingerprints
   */
  public List<Event> scope(List<Article> articles, Map<String, Set<String>> entities) {
    Map<String, List<Mention>> mentions = new HashMap<>();
    entities.forEach((id, es) -> mentions.put(id,
        es.stream().sorted().map(e -> new Mention(e, e, -1)).toList()));
    return scope(articles, mentions, Map.of());
  }

  /** Takes one article pair worth weighing; a pair may come more than once. */
  private interface PairSink {
    void pair(int a, int b);
  }

  /**
   * The article pairs worth weighing, handed to {@code out} as they are found, since a large
   * scan has millions: those that share an identifying entity; for an entity named by more than
   * {@link #MAX_POSTINGS} articles, only dated ones within the window and near in date order (all
   * its pairs would grow with the square of the scan).
   */
  private void candidates(List<Placement> places, Profiles profiles, PairSink out) {
    for (List<Integer> p : profiles.postings()) {
      if (p.size() <= MAX_POSTINGS) {
        for (int x = 0; x < p.size(); x++) {
          for (int y = x + 1; y < p.size(); y++) {
            out.pair(p.get(x), p.get(y));
          }
        }
        continue;
      }
      List<Integer> dated = new ArrayList<>(p.stream()
          .filter(i -> places.get(i).dated()).toList());
      dated.sort(Comparator.comparing((Integer i) -> places.get(i).from().orElseThrow())
          .thenComparing(i -> i));
      for (int x = 0; x < dated.size(); x++) {
        LocalDate to = places.get(dated.get(x)).to().orElseThrow();
        for (int y = x + 1; y < dated.size() && y <= x + MAX_NEIGHBOURS; y++) {
          if (ChronoUnit.DAYS.between(to, places.get(dated.get(y)).from().orElseThrow())
              > windowDays) {
            break;
          }
          out.pair(dated.get(x), dated.get(y));
        }
      }
    }
  }

  private static long pairKey(int a, int b) {
    return PairCounts.key(a, b);
  }

  /** A growing event: its articles, pooled profile and dates. */
  private static final class Cluster {
    final int id;
    final List<Integer> members = new ArrayList<>();
    final Map<Integer, Double> vector = new HashMap<>();
    final IntSet neighbours = new IntSet();
    /** Undated members whose lead gives a weekday or day, not yet placed within dates. */
    final List<Integer> pending = new ArrayList<>();
    /** Undated members placed within the event's dates, and where. */
    final Map<Integer, LocalDate> placed = new HashMap<>();
    LocalDate from;
    LocalDate to;
    /**
     * {@link #from} and {@link #to} as epoch days, kept with them: every candidate join asks
     * whether two events' dates allow one story, and a date's epoch day is dear to recompute.
     */
    long fromDay;
    long toDay;
    /** The latest year an undated or page-stamped member's text states, 0 for none. */
    int latestYear;
    /** Whether every member is dated by a page's date line alone. */
    boolean loose;
    int version;
    boolean alive = true;

    Cluster(int article, Placement p) {
      id = article;
      members.add(article);
      dates(p.from().orElse(null), p.to().orElse(null));
      if (!p.dated() && (p.weekday().isPresent() || p.monthDay().isPresent())) {
        pending.add(article);
      }
      loose = p.stamped();
    }

    boolean dated() {
      return from != null;
    }

    void dates(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      fromDay = from == null ? 0 : from.toEpochDay();
      toDay = to == null ? 0 : to.toEpochDay();
    }
  }

  /** One candidate join, strongest first. */
  private record Candidate(double similarity, int x, int y, int versionX, int versionY) {}

  /** Events whose first offers are weighed together. */
  private static final int OFFER_WINDOW = 4096;

  /** One run of the scope stage over a scan. */
  private final class Run {
    private final Cluster[] clusters;
    private final Profiles profiles;
    private final List<Placement> places;
    private final Map<Long, Double> copyShare = new HashMap<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(
        Comparator.comparingDouble((Candidate c) -> -c.similarity())
            .thenComparingInt(Candidate::x).thenComparingInt(Candidate::y));

    Run(Cluster[] clusters, Profiles profiles, List<Placement> places) {
      this.clusters = clusters;
      this.profiles = profiles;
      this.places = places;
    }

    /** Without names: dated articles chain by the window, undated ones form one event. */
    void byDatesAlone() {
      List<Integer> dated = new ArrayList<>();
      Integer firstUndated = null;
      for (int i = 0; i < clusters.length; i++) {
        if (places.get(i).dated()) {
          dated.add(i);
        } else if (firstUndated == null) {
          firstUndated = i;
        } else {
          merge(clusters[firstUndated], clusters[i]);
        }
      }
      dated.sort(Comparator.comparing((Integer i) -> places.get(i).from().orElseThrow())
          .thenComparing(i -> i));
      for (int k = 0; k + 1 < dated.size(); k++) {
        Cluster x = find(dated.get(k));
        Cluster y = find(dated.get(k + 1));
        if (x != y && compatible(x, y)) {
          merge(x, y);
        }
      }
    }

    /** Articles that share passages tell one story: joined first, where their dates allow. */
    void joinCopies(List<Dependency> copies, Map<String, Integer> index) {
      List<Dependency> strongest = new ArrayList<>(copies);
      strongest.sort(Comparator.comparingDouble((Dependency d) -> -d.shared())
          .thenComparing(Dependency::first).thenComparing(Dependency::second));
      for (Dependency d : strongest) {
        Integer a = index.get(d.first());
        Integer b = index.get(d.second());
        if (a == null || b == null) {
          continue;
        }
        copyShare.put(pairKey(a, b), d.shared());
        Cluster x = find(a);
        Cluster y = find(b);
        // Stock phrases shared by two stories are no copy: a copy names the story's entities,
        // or, naming none, is mostly the other's text.
        if (x != y && compatible(x, y) && sameStory(a, b, d.shared())) {
          merge(x, y);
        }
      }
    }

    /**
     * Whether two articles that share passages tell one story: they share an identifying entity,
     * or one names none and shares {@value #COPY_WITHOUT_NAMES} of its text.
     */
    private boolean sameStory(int a, int b, double shared) {
      Map<Integer, Double> x = profiles.vector(a);
      Map<Integer, Double> y = profiles.vector(b);
      if (!namesAny(x.keySet()) || !namesAny(y.keySet())) {
        return shared >= COPY_WITHOUT_NAMES;
      }
      // Copies of one wire name the same story: their profiles agree, not only one name.
      boolean common = false;
      for (int e : x.keySet()) {
        if (profiles.identifying(e) && y.containsKey(e)) {
          common = true;
          break;
        }
      }
      return common && cosine(x, y) >= MIN_SIMILARITY;
    }

    /** Whether any of these entities identifies a story. */
    private boolean namesAny(Set<Integer> entities) {
      for (int e : entities) {
        if (profiles.identifying(e)) {
          return true;
        }
      }
      return false;
    }

    /** Marks the events of two articles as worth weighing against each other. */
    void neighbours(int a, int b) {
      Cluster x = find(a);
      Cluster y = find(b);
      if (x != y) {
        x.neighbours.add(y.id);
        y.neighbours.add(x.id);
      }
    }

    /**
     * Joins events by the entities they share, strongest first, each by a margin; the events
     * worth weighing are those {@link #neighbours} marked.
     */
    void byEntities(Mapper mapper) {
      // The first offers read only the events as they stand before any join: weighed a window of
      // events at a time (in parallel where the mapper is), and queued in turn.
      List<Cluster> all = java.util.Arrays.asList(clusters);
      for (int from = 0; from < all.size(); from += OFFER_WINDOW) {
        List<List<Candidate>> offers = mapper.map(
            all.subList(from, Math.min(all.size(), from + OFFER_WINDOW)), c -> {
              List<Candidate> out = new ArrayList<>();
              if (c.alive) {
                for (int k = 0; k < c.neighbours.size(); k++) {
                  int w = c.neighbours.get(k);
                  if (w > c.id) {
                    Candidate o = candidate(c, clusters[w]);
                    if (o != null) {
                      out.add(o);
                    }
                  }
                }
              }
              return out;
            });
        offers.forEach(queue::addAll);
      }
      while (!queue.isEmpty()) {
        Candidate c = queue.poll();
        Cluster x = clusters[c.x()];
        Cluster y = clusters[c.y()];
        if (!x.alive || !y.alive || x.version != c.versionX() || y.version != c.versionY()
            || !compatible(x, y)) {
          continue;
        }
        Cluster small = x.members.size() <= y.members.size() ? x : y;
        Cluster big = small == x ? y : x;
        if (ambiguous(small, big, c.similarity())) {
          continue;
        }
        Cluster z = merge(x, y);
        for (int k = 0; k < z.neighbours.size(); k++) {
          offer(z, clusters[z.neighbours.get(k)]);
        }
      }
    }

    /**
     * Whether the smaller side matches another story nearly as well: then neither join is sure.
     * Another story is a candidate the bigger side does not itself match.
     */
    private boolean ambiguous(Cluster small, Cluster big, double similarity) {
      for (int k = 0; k < small.neighbours.size(); k++) {
        Cluster other = clusters[small.neighbours.get(k)];
        if (other == big || !other.alive || !compatible(small, other)) {
          continue;
        }
        double s = qualifying(small, other);
        if (s >= similarity - MARGIN && cosine(other.vector, big.vector) < MIN_SIMILARITY) {
          return true;
        }
      }
      return false;
    }

    private void offer(Cluster x, Cluster y) {
      Candidate c = candidate(x, y);
      if (c != null) {
        queue.add(c);
      }
    }

    /** The join of two events worth queuing, or null; reads the events, changes nothing. */
    private Candidate candidate(Cluster x, Cluster y) {
      if (!x.alive || !y.alive || x == y || !compatible(x, y)) {
        return null;
      }
      double s = qualifying(x, y);
      if (s > 0) {
        Cluster a = x.id < y.id ? x : y;
        Cluster b = a == x ? y : x;
        return new Candidate(s, a.id, b.id, a.version, b.version);
      }
      return null;
    }

    /** The similarity of two events where it is enough to join them, else 0. */
    private double qualifying(Cluster x, Cluster y) {
      Cluster undated = undatedSide(x, y);
      double need = undated == null ? MIN_SIMILARITY : UNDATED_TO_DATED;
      int shared = 0;
      int ownX = 0;
      int ownY = 0;
      for (Integer e : x.vector.keySet()) {
        if (profiles.identifying(e)) {
          ownX++;
          if (y.vector.containsKey(e)) {
            shared++;
          }
        }
      }
      for (Integer e : y.vector.keySet()) {
        ownY += profiles.identifying(e) ? 1 : 0;
      }
      // Two shared names at least, or every name of a side that names fewer.
      if (shared == 0 || shared < Math.min(MIN_SHARED, Math.min(ownX, ownY))) {
        return 0;
      }
      double s = cosine(x.vector, y.vector);
      if (s < need && undated != null && s >= CONTAINED_FLOOR) {
        Cluster dated = undated == x ? y : x;
        // An undated story (or a page whose date line is no date of the story) whose names
        // the dated one holds, or that shares many of its identifying names, and whose text
        // states no year after the dated one's, is that story told again: a cosine lowered
        // only by the names one side adds (the larger coverage, or the undated piece's own
        // angle on it) is no doubt about the story.
        boolean laterYear = undated.latestYear > dated.to.getYear();
        // Many shared names place it only when no year it states puts it years before the
        // story: the names of one country's politics recur in each of its elections.
        boolean earlierYears = undated.latestYear > 0
            && undated.latestYear < dated.from.getYear() - 1;
        if (!laterYear && (shared >= MANY_SHARED && s >= MIN_SIMILARITY && !earlierYears
            || contained(undated.vector, dated.vector) >= CONTAINED)) {
          return s;
        }
      }
      if (s >= need && undated != null && undated.dated()) {
        // A page's date line the story's dates do not allow: joined as undated, by its text.
        Cluster dated = undated == x ? y : x;
        return undated.latestYear > dated.to.getYear() ? 0 : s;
      }
      return s >= need ? s : 0;
    }

    /** The share of {@code part}'s weight on entities {@code whole} also names. */
    private double contained(Map<Integer, Double> part, Map<Integer, Double> whole) {
      double in = 0;
      double all = 0;
      for (Map.Entry<Integer, Double> e : part.entrySet()) {
        if (!profiles.identifying(e.getKey())) {
          continue; // a name no other article uses could never be held
        }
        all += e.getValue();
        if (whole.containsKey(e.getKey())) {
          in += e.getValue();
        }
      }
      return all == 0 ? 0 : in / all;
    }

    /**
     * The side that joins as undated: an undated event, or a page-stamped one whose stamp the
     * other's dates do not allow; null when both are dated and their dates allow one story, or
     * both are undated.
     */
    private Cluster undatedSide(Cluster x, Cluster y) {
      if (x.dated() != y.dated()) {
        return x.dated() ? y : x;
      }
      if (!x.dated() || datesAllow(x, y)) {
        return null;
      }
      return looseFits(x, y) ? x : looseFits(y, x) ? y : null;
    }

    /**
     * Whether a page-stamped event may still be the other's story: its stamp is later than the
     * other's dates (a page shown or updated after the story), and each member's text, read
     * without the stamp, gives a day within them or none.
     */
    private boolean looseFits(Cluster stamped, Cluster dated) {
      if (!stamped.loose || !stamped.from.isAfter(dated.to)) {
        return false;
      }
      for (int i : stamped.members) {
        if (StoryDates.within(places.get(i), dated.from, dated.to, windowDays).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    private boolean datesAllow(Cluster x, Cluster y) {
      long gap = Math.max(y.fromDay - x.toDay, x.fromDay - y.toDay);
      // A chain of joins may not stretch an event beyond a few windows: a story whose
      // coverage runs on for weeks is followed in new events, never one event of a season.
      long span = Math.max(x.toDay, y.toDay) - Math.min(x.fromDay, y.fromDay);
      return gap <= windowDays && span <= maxSpan;
    }

    /** Whether the two events' dates allow one story. */
    private boolean compatible(Cluster x, Cluster y) {
      if (x.dated() && y.dated()) {
        if (datesAllow(x, y)) {
          return true;
        }
        return looseFits(x, y) || looseFits(y, x);
      }
      if (!x.dated() && !y.dated()) {
        return true;
      }
      Cluster dated = x.dated() ? x : y;
      Cluster undated = dated == x ? y : x;
      for (int i : undated.pending) {
        if (StoryDates.within(places.get(i), dated.from, dated.to, windowDays)
            .isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** Joins the two events; the one with the smaller id carries on. */
    private Cluster merge(Cluster x, Cluster y) {
      Cluster z = x.id < y.id ? x : y;
      Cluster gone = z == x ? y : x;
      Cluster loose = z.dated() && gone.dated() ? undatedSide(z, gone) : null;
      if (z.dated() != gone.dated() || loose != null) {
        Cluster undated = loose != null ? loose : z.dated() ? gone : z;
        Cluster dated = undated == z ? gone : z;
        LocalDate from = dated.from;
        LocalDate to = dated.to;
        for (int i : loose != null ? loose.members : undated.pending) {
          Optional<LocalDate> d = StoryDates.within(places.get(i), dated.from,
              dated.to, windowDays);
          if (d.isPresent()) {
            undated.placed.put(i, d.get());
            from = d.get().isBefore(from) ? d.get() : from;
            to = d.get().isAfter(to) ? d.get() : to;
          }
        }
        undated.pending.clear();
        z.dates(from, to);
      } else if (z.dated()) {
        z.dates(z.from.isBefore(gone.from) ? z.from : gone.from,
            z.to.isAfter(gone.to) ? z.to : gone.to);
      }
      z.latestYear = Math.max(z.latestYear, gone.latestYear);
      z.loose = z.loose && gone.loose;
      z.members.addAll(gone.members);
      z.pending.addAll(gone.pending);
      z.placed.putAll(gone.placed);
      gone.vector.forEach((e, w) -> z.vector.merge(e, w, Double::sum));
      for (int k = 0; k < gone.neighbours.size(); k++) {
        int w = gone.neighbours.get(k);
        Cluster other = clusters[w];
        other.neighbours.remove(gone.id);
        if (other != z) {
          other.neighbours.add(z.id);
          z.neighbours.add(w);
        }
      }
      z.neighbours.remove(z.id);
      z.neighbours.remove(gone.id);
      gone.alive = false;
      gone.neighbours.clear();
      gone.vector.clear();
      leader.put(gone.id, z.id);
      z.version++;
      return z;
    }

    private final Map<Integer, Integer> leader = new HashMap<>();

    /** The live event an article is in. */
    private Cluster find(int article) {
      int c = article;
      Integer next;
      while ((next = leader.get(c)) != null) {
        c = next;
      }
      return clusters[c];
    }

    List<Event> events(List<Article> sorted, String[] ids, Mapper mapper) {
      List<Cluster> live = new ArrayList<>();
      for (Cluster c : clusters) {
        if (c.alive) {
          c.members.sort(Comparator.naturalOrder());
          live.add(c);
        }
      }
      live.sort((x, y) -> {
        int c = (x.dated() ? x.from : LocalDate.MAX).compareTo(y.dated() ? y.from : LocalDate.MAX);
        return c != 0 ? c : ids[x.members.get(0)].compareTo(ids[y.members.get(0)]);
      });
      // Each event's label and reasons read its own articles only: mapped, perhaps in parallel.
      List<Described> described = mapper.map(live, c -> {
        List<Article> members = new ArrayList<>(c.members.size());
        for (int i : c.members) {
          members.add(sorted.get(i));
        }
        String label = EventLabels.label(Collections.unmodifiableList(members),
            Optional.ofNullable(c.from), Optional.ofNullable(c.to));
        List<Joined> joined = new ArrayList<>(c.members.size());
        for (int i : c.members) {
          joined.add(joined(c, i, ids));
        }
        return new Described(label, Collections.unmodifiableList(joined));
      });
      List<Event> out = new ArrayList<>(live.size());
      for (int k = 0; k < live.size(); k++) {
        Cluster c = live.get(k);
        List<String> memberIds = new ArrayList<>(c.members.size());
        for (int i : c.members) {
          memberIds.add(ids[i]);
        }
        out.add(new Event("E" + (k + 1), Collections.unmodifiableList(memberIds),
            described.get(k).label(), Optional.ofNullable(c.from), Optional.ofNullable(c.to),
            described.get(k).joined()));
      }
      return out;
    }

    /** An event's label, and why each of its articles is in it. */
    private record Described(String label, List<Joined> joined) {}

    /** Why article {@code i} is in event {@code c}: its date, its shared names, its copies. */
    private Joined joined(Cluster c, int i, String[] ids) {
      Placement p = places.get(i);
      Optional<LocalDate> date = p.from();
      DatedBy by = p.basis();
      if (c.placed.containsKey(i)) {
        date = Optional.of(c.placed.get(i));
        by = DatedBy.TEXT_IN_EVENT;
      } else if (date.isEmpty()) {
        by = DatedBy.NONE;
      }
      Map<Integer, Double> own = profiles.vector(i);
      Map<Integer, Double> rest = new HashMap<>(c.vector);
      for (Map.Entry<Integer, Double> ew : own.entrySet()) {
        Double had = rest.get(ew.getKey());
        rest.put(ew.getKey(), had == null ? -ew.getValue() : had + -ew.getValue());
      }
      for (java.util.Iterator<Double> w = rest.values().iterator(); w.hasNext(); ) {
        if (w.next() < 1e-9) {
          w.remove();
        }
      }
      double similarity = c.members.size() < 2 ? 0 : Math.round(cosine(own, rest) * 100) / 100.0;
      TreeMap<Double, List<Integer>> byWeight = new TreeMap<>(Comparator.reverseOrder());
      for (Map.Entry<Integer, Double> ew : own.entrySet()) {
        int e = ew.getKey();
        if (rest.containsKey(e) && profiles.identifying(e)) {
          double weight = ew.getValue() * rest.get(e);
          List<Integer> at = byWeight.get(weight);
          if (at == null) {
            at = new ArrayList<>();
            byWeight.put(weight, at);
          }
          at.add(e);
        }
      }
      List<String> shared = new ArrayList<>();
      for (List<Integer> es : byWeight.values()) {
        TreeSet<String> names = new TreeSet<>();
        for (int e : es) {
          names.add(profiles.surface(i, e));
        }
        for (String s : names) {
          if (shared.size() < SHOWN_SHARED) {
            shared.add(s);
          }
        }
      }
      Optional<String> copies = Optional.empty();
      for (int j : c.members) {
        if (j != i && copyShare.containsKey(pairKey(i, j))) {
          copies = Optional.of(ids[j]);
          break;
        }
      }
      return new Joined(ids[i], date, by, similarity, shared, copies);
    }
  }

  static double cosine(Map<Integer, Double> a, Map<Integer, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<Integer, Double> small = a.size() <= b.size() ? a : b;
    Map<Integer, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<Integer, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / Math.sqrt(norm2(a) * norm2(b));
  }

  private static double norm2(Map<Integer, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return s;
  }
}
