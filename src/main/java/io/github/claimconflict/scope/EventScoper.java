package io.github.claimconflict.scope;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.claimconflict.Article;
import io.github.claimconflict.align.UnionFind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope stage: groups articles into events, so that a 2021 article is never checked against
 * 2020 figures. Two kinds of evidence decide:
 *
 * <ul>
 *   <li>dates: an article's publication date or, failing that, the dateline at the top of its
 *       text. Dated articles more than {@code windowDays} apart are never one event.
 *   <li>salient entities: the names an article uses, each weighted by how rare it is in the scan
 *       (a smoothed inverse document frequency), so that sharing "Unity Front" says more
 *       than sharing "Georgia". Overlap is the weight of the shared names over the smaller
 *       article's total.
 * </ul>
 *
 * <p>Dated articles within the window join when they share any salient entity ({@value
 * #DATED_OVERLAP} or more). Undated articles join each other at {@value #UNDATED_OVERLAP}, and an
 * undated article joins a dated event only when it shares most of its salient names ({@value
 * #UNDATED_TO_DATED_OVERLAP}): with no date of its own, only strong evidence places it in time.
 * Joins are made strongest first, and two groups whose dates lie more than the window apart are
 * never merged. Only articles that share an entity are weighed at all, so the work grows with
 * the pairs that could be one event, not with the square of the scan.
 */
public final class EventScoper {

  /**
   * The default gap, in days, that still joins two articles into one event. Coverage that runs
   * over several days still chains day by day; two protests in one city three days apart do not.
   */
  public static final int DEFAULT_WINDOW_DAYS = 2;

  static final double DATED_OVERLAP = 0.05;
  static final double UNDATED_OVERLAP = 0.1;
  static final double UNDATED_TO_DATED_OVERLAP = 0.5;
  static final int MAX_POSTINGS = 200;
  static final int MAX_NEIGHBOURS = 50;

  private final int windowDays;

  public EventScoper(int windowDays) {
    checkArgument(windowDays >= 0, "windowDays must not be negative: %s", windowDays);
    this.windowDays = windowDays;
  }

  public EventScoper() {
    this(DEFAULT_WINDOW_DAYS);
  }

  /** The date an article is placed at: published, else its dateline. */
  public static Optional<LocalDate> dateOf(Article article) {
    return article.published().or(() -> Datelines.find(article.text()));
  }

  /** Events from dates alone, for callers with no names at hand. */
  public List<Event> scope(List<Article> articles) {
    return scope(articles, Map.of());
  }

  /**
   * Events in order of their first date, undated last; each article in exactly one event.
   *
   * @param entities for each article id, the entities it names, each spelling resolved to one key
   */
  public List<Event> scope(List<Article> articles, Map<String, Set<String>> entities) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    int n = sorted.size();
    List<Optional<LocalDate>> dates = sorted.stream().map(EventScoper::dateOf).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Article a : sorted) {
      entities.getOrDefault(a.id(), Set.of()).forEach(e -> df.merge(e, 1, Integer::sum));
    }
    double[] mass = new double[n];
    for (int i = 0; i < n; i++) {
      for (String e : entities.getOrDefault(sorted.get(i).id(), Set.of())) {
        mass[i] += weight(df.get(e), n);
      }
    }
    record Pair(int a, int b, double overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (long key : candidates(sorted, dates, entities, df)) {
      int i = (int) (key >> 32);
      int j = (int) key;
      double shared = 0;
      Set<String> other = entities.getOrDefault(sorted.get(j).id(), Set.of());
      for (String e : entities.getOrDefault(sorted.get(i).id(), Set.of())) {
        if (other.contains(e)) {
          shared += weight(df.get(e), n);
        }
      }
      double smaller = Math.min(mass[i], mass[j]);
      double overlap = smaller > 0 ? shared / smaller : 0;
      boolean bothDated = dates.get(i).isPresent() && dates.get(j).isPresent();
      boolean noneDated = dates.get(i).isEmpty() && dates.get(j).isEmpty();
      double needed = bothDated ? DATED_OVERLAP : noneDated ? UNDATED_OVERLAP
          : UNDATED_TO_DATED_OVERLAP;
      boolean withoutNames = entities.isEmpty() && (bothDated || noneDated);
      if (withoutNames || overlap >= needed) {
        pairs.add(new Pair(i, j, withoutNames ? 1 : overlap));
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.overlap())
        .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    UnionFind sets = new UnionFind(n);
    LocalDate[][] span = new LocalDate[n][];
    for (int i = 0; i < n; i++) {
      span[i] = dates.get(i).map(d -> new LocalDate[] {d, d}).orElse(null);
    }
    for (Pair p : pairs) {
      int x = sets.find(p.a());
      int y = sets.find(p.b());
      if (x == y || !withinWindow(span[x], span[y])) {
        continue;
      }
      span[sets.union(x, y)] = merge(span[x], span[y]);
    }
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(clusters.values());
    ordered.sort(Comparator.comparing((List<Integer> c) -> span[sets.find(c.get(0))] == null
            ? LocalDate.MAX : span[sets.find(c.get(0))][0])
        .thenComparing(c -> sorted.get(c.get(0)).id()));
    List<Event> events = new ArrayList<>();
    for (List<Integer> cluster : ordered) {
      LocalDate[] s = span[sets.find(cluster.get(0))];
      Optional<LocalDate> from = s == null ? Optional.empty() : Optional.of(s[0]);
      Optional<LocalDate> to = s == null ? Optional.empty() : Optional.of(s[1]);
      List<Article> members = cluster.stream().map(sorted::get).toList();
      events.add(new Event("E" + (events.size() + 1), members.stream().map(Article::id).toList(),
          EventLabels.label(members, from, to), from, to));
    }
    return events;
  }

  /**
   * The pairs worth weighing, as {@code i << 32 | j} with {@code i < j}: with names, those that
   * share an entity; for an entity named by more than {@link #MAX_POSTINGS} articles, only dated
   * ones within the window and near in date order (all its pairs would grow with the square of
   * the scan). Without names: dated articles in date order, and undated ones with each other.
   */
  private java.util.SortedSet<Long> candidates(List<Article> sorted, List<Optional<LocalDate>> dates,
      Map<String, Set<String>> entities, Map<String, Integer> df) {
    java.util.SortedSet<Long> out = new java.util.TreeSet<>();
    int n = sorted.size();
    if (entities.isEmpty()) {
      List<Integer> dated = new ArrayList<>();
      List<Integer> undated = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (dates.get(i).isPresent() ? dated : undated).add(i);
      }
      dated.sort(Comparator.comparing(i -> dates.get(i).orElseThrow()));
      for (int k = 0; k + 1 < dated.size(); k++) {
        out.add(pairKey(dated.get(k), dated.get(k + 1)));
      }
      for (int k = 0; k + 1 < undated.size(); k++) {
        out.add(pairKey(undated.get(k), undated.get(k + 1)));
      }
      return out;
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String e : entities.getOrDefault(sorted.get(i).id(), Set.of())) {
        postings.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> p : postings.values()) {
      if (p.size() <= MAX_POSTINGS) {
        for (int x = 0; x < p.size(); x++) {
          for (int y = x + 1; y < p.size(); y++) {
            out.add(pairKey(p.get(x), p.get(y)));
          }
        }
        continue;
      }
      // A name many articles share still joins dated ones within the window: in date order,
      // each with its next few neighbours, so the work stays linear in the articles.
      List<Integer> dated = new ArrayList<>(p.stream().filter(i -> dates.get(i).isPresent())
          .toList());
      dated.sort(Comparator.comparing(i -> dates.get(i).orElseThrow()));
      for (int x = 0; x < dated.size(); x++) {
        LocalDate from = dates.get(dated.get(x)).orElseThrow();
        for (int y = x + 1; y < dated.size() && y <= x + MAX_NEIGHBOURS; y++) {
          if (ChronoUnit.DAYS.between(from, dates.get(dated.get(y)).orElseThrow()) > windowDays) {
            break;
          }
          out.add(pairKey(dated.get(x), dated.get(y)));
        }
      }
    }
    return out;
  }

  private static long pairKey(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static double weight(int documentFrequency, int articles) {
    return Math.log((articles + 1.0) / documentFrequency);
  }

  private boolean withinWindow(LocalDate[] a, LocalDate[] b) {
    if (a == null || b == null) {
      return true;
    }
    // A chain may stretch an event, but its two halves must touch within the window.
    long gap = Math.max(ChronoUnit.DAYS.between(a[1], b[0]), ChronoUnit.DAYS.between(b[1], a[0]));
    return gap <= windowDays;
  }

  private static LocalDate[] merge(LocalDate[] a, LocalDate[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]};
  }
}
