package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.compare.ClaimGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Groups figures about the same thing: the same measure in the same unit, at the same time, about
 * the same subject where the measure has one, and in a compatible context. Two figures whose
 * sentences name different places ("the square" and "the security committee building") or
 * different days are about different things. A figure whose sentence names no place joins the
 * largest compatible group, since an unplaced figure most often speaks of the event's main scene;
 * an unplaced figure of a standing thing (a building's storeys) joins every compatible group.
 *
 * <p>Blocking by measure and subject keeps the work linear in the number of claims of one event.
 */
public final class QuantityAligner implements ClaimAligner<QuantityClaim> {

  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  /**
   * Measures of a standing thing, the same whenever and however it is placed: a building's
   * storeys, a venue's capacity, a place's population or area (lexicon measure ids).
   */
  static final Set<String> STANDING = Set.of("storeys", "capacity", "population", "area");

  private final BiPredicate<String, String> sameSubject;

  /**
   * An aligner that matches the subjects of figures with the given predicate.
   *
   * @param sameSubject whether two subject names name the same party or person
   */
  public QuantityAligner(BiPredicate<String, String> sameSubject) {
    this.sameSubject = requireNonNull(sameSubject, "sameSubject");
  }

  /** Subjects match when one name's words are all in the other ("Petrov", "Ivan Petrov"). */
  public QuantityAligner() {
    this(QuantityAligner::wordsContained);
  }

  /**
   * Whether one name's words are all in the other: the default subject match.
   *
   * @param a a subject name
   * @param b another
   * @return true if either name's words, in lower case, are all among the other's
   */
  public static boolean wordsContained(String a, String b) {
    Set<String> x = ImmutableSet.copyOf(WORDS.split(a.toLowerCase(Locale.ROOT)));
    Set<String> y = ImmutableSet.copyOf(WORDS.split(b.toLowerCase(Locale.ROOT)));
    return x.containsAll(y) || y.containsAll(x);
  }

  @Override
  public Class<QuantityClaim> claimType() {
    return QuantityClaim.class;
  }

  private record Keyed(String subject, QuantityClaim claim) {}

  /**
   * Figures that may be compared at all: one measure, unit and anchor, and a sum over subjects
   * apart from each subject's own figure.
   */
  private record Block(String measure, String unit, String anchor, boolean together) {}

  /**
   * The stage of a running tally: the other tallies its sentence gives beside it ("207 killed
   * and 450 wounded": the 450's stage is the toll of 207), each by its measure id and the value
   * it states. Tallies move together: two injury counts given beside different death tolls are
   * two moments of the story, and two given beside one toll large enough to move between reports
   * are one moment. A small toll ("eight killed") can stand for hours while the injured are
   * still being counted, so agreeing on it dates nothing.
   */
  private record Stage(Map<String, Double> companions) {

    /** Whether some companion both stages give disagrees: two moments. */
    boolean apart(Stage o) {
      for (Map.Entry<String, Double> e : companions.entrySet()) {
        Double other = o.companions.get(e.getKey());
        if (other != null && !close(e.getValue(), other)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the stages share a companion that moves, and agree on it: one moment. */
    boolean together(Stage o) {
      for (Map.Entry<String, Double> e : companions.entrySet()) {
        Double other = o.companions.get(e.getKey());
        if (other != null && Math.min(e.getValue(), other) >= MOVING && !apart(o)) {
          return true;
        }
      }
      return false;
    }

    private static boolean close(double x, double y) {
      return Math.abs(Math.log(x / y)) <= SAME_STAGE;
    }
  }

  /** How far apart (natural log) two companions' values may be and still be one moment: 5%. */
  private static final double SAME_STAGE = Math.log(1.05);

  /** The least companion value that dates a report: smaller tallies often stand unchanged. */
  private static final double MOVING = 20;

  /** How far apart, in characters, a tally and its companion may stand. */
  private static final int COMPANION_REACH = 300;

  /** What deciding compatibility needs beyond two figures: stages, and days of report. */
  private record Context(Map<QuantityClaim, Stage> stages, Map<String, LocalDate> reported) {}

  /** Where a claim stands: its article's sentence. */
  private record SentenceKey(String articleId, int sentenceStart) {}

  /** Each running tally's {@link Stage}, for tallies whose sentence gives other ones. */
  private static Map<QuantityClaim, Stage> stages(List<QuantityClaim> claims) {
    Map<SentenceKey, List<QuantityClaim>> bySentence = new LinkedHashMap<>();
    for (QuantityClaim c : claims) {
      if (c.measure().map(Measure::running).orElse(false)) {
        bySentence.computeIfAbsent(new SentenceKey(c.articleId(), c.evidence().sentenceStart()),
            k -> new ArrayList<>()).add(c);
      }
    }
    Map<QuantityClaim, Stage> out = new java.util.IdentityHashMap<>();
    for (List<QuantityClaim> sentence : bySentence.values()) {
      sentence.sort(Comparator.comparingInt(c -> c.evidence().start()));
      for (int i = 0; i < sentence.size(); i++) {
        QuantityClaim c = sentence.get(i);
        // Of two of one measure, the nearest ("200 died and 450 were hurt, against 12 dead
        // and 30 hurt in 1999") is this figure's companion; only those within reach are
        // weighed, so a sentence of thousands of tallies stays linear.
        Map<String, QuantityClaim> nearest = new java.util.TreeMap<>();
        int lo = i;
        while (lo > 0 && distance(c, sentence.get(lo - 1)) <= COMPANION_REACH) {
          lo--;
        }
        for (int j = lo; j < sentence.size()
            && sentence.get(j).evidence().start() - c.evidence().start() <= COMPANION_REACH; j++) {
          QuantityClaim o = sentence.get(j);
          if (!baseId(o.measure().get()).equals(baseId(c.measure().get()))
              && o.quantity().unit().equals(c.quantity().unit()) && stated(o) > 0) {
            nearest.merge(o.measure().get().id(), o,
                (old, now) -> distance(c, now) < distance(c, old) ? now : old);
          }
        }
        if (!nearest.isEmpty()) {
          Map<String, Double> companions = new java.util.TreeMap<>();
          nearest.forEach((id, o) -> companions.put(id, stated(o)));
          out.put(c, new Stage(Map.copyOf(companions)));
        }
      }
    }
    return out;
  }

  private static int distance(QuantityClaim a, QuantityClaim b) {
    return Math.abs(a.evidence().start() - b.evidence().start());
  }

  /**
   * The value a figure states: its bound when open ("at least 120", "as many as 135"), else
   * the middle of its interval.
   */
  private static double stated(QuantityClaim c) {
    Double low = c.quantity().low();
    Double high = c.quantity().high();
    if (high == null) {
      return low == null ? 0 : low;
    }
    return low == null || low == 0 ? high : (low + high) / 2;
  }

  @Override
  public List<ClaimGroup<QuantityClaim>> align(String eventId, List<QuantityClaim> claims) {
    return align(eventId, claims, Map.of());
  }

  @Override
  public List<ClaimGroup<QuantityClaim>> align(String eventId, List<QuantityClaim> claims,
      Map<String, LocalDate> reported) {
    Map<QuantityClaim, Stage> stages = stages(claims);
    Context context = new Context(stages, reported);
    Map<Block, List<Keyed>> blocks = new LinkedHashMap<>();
    for (QuantityClaim c : claims) {
      if (c.measure().isEmpty()) {
        continue;
      }
      Measure m = c.measure().get();
      if (m.running() && c.claimant().isEmpty() && c.days().isEmpty() && !stages.containsKey(c)
          && !reported.containsKey(c.articleId())) {
        // An unattributed running tally of no stated time is a snapshot of its article's moment:
        // set against another article's, a difference is an update, and no one's to dispute,
        // unless the articles were reported on one day (see laterUpdate).
        continue;
      }
      Block block = new Block(m.id(), c.quantity().unit(), c.anchor().orElse(""), false);
      if (!m.perSubject()) {
        blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(new Keyed("", c));
      } else if (c.distribution() == Distribution.TOGETHER && !c.subjects().isEmpty()) {
        // A sum over subjects is never compared with one subject's own figure.
        List<String> sorted = new ArrayList<>(c.subjects());
        Collections.sort(sorted);
        blocks.computeIfAbsent(new Block(block.measure(), block.unit(), block.anchor(), true),
                k -> new ArrayList<>())
            .add(new Keyed(String.join(" + ", sorted), c));
      } else if (c.distribution() == Distribution.EACH) {
        for (String s : c.subjects()) {
          blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(new Keyed(s, c));
        }
      } else if (!c.subjects().isEmpty()) {
        blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(new Keyed(c.subjects().get(0), c));
      }
    }
    Map<String, Integer> scene = scene(claims);
    List<ClaimGroup<QuantityClaim>> groups = new ArrayList<>();
    for (List<Keyed> block : blocks.values()) {
      for (List<Keyed> bySubject : bySubject(block)) {
        String subject = bySubject.stream().map(Keyed::subject)
            .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
            .orElse("");
        List<QuantityClaim> members = bySubject.stream().map(Keyed::claim).toList();
        for (List<QuantityClaim> cluster : byContext(members, scene, context)) {
          if (cluster.size() >= 2) {
            groups.add(new ClaimGroup<>(eventId, topic(cluster, subject), cluster));
          }
        }
      }
    }
    return groups;
  }

  /** Subject clusters: names joined when {@code sameSubject} says so, transitively. */
  private List<List<Keyed>> bySubject(List<Keyed> block) {
    List<List<Keyed>> clusters = new ArrayList<>();
    for (Keyed k : block) {
      List<Keyed> home = null;
      for (List<Keyed> cluster : new ArrayList<>(clusters)) {
        boolean match = cluster.stream().anyMatch(o -> o.subject().equals(k.subject())
            || (!k.subject().isEmpty() && !o.subject().isEmpty()
                && sameSubject.test(o.subject(), k.subject())));
        if (match) {
          if (home == null) {
            home = cluster;
            home.add(k);
          } else {
            home.addAll(cluster);
            clusters.remove(cluster);
          }
        }
      }
      if (home == null) {
        List<Keyed> fresh = new ArrayList<>();
        fresh.add(k);
        clusters.add(fresh);
      }
    }
    return clusters;
  }

  /**
   * How many of the event's articles name each place word in their figures' sentences: the
   * event's main scene is the place most of them name.
   */
  private static Map<String, Integer> scene(List<QuantityClaim> claims) {
    Map<String, Set<String>> articles = new java.util.HashMap<>();
    for (QuantityClaim c : claims) {
      for (String w : words(c.places())) {
        articles.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(c.articleId());
      }
    }
    Map<String, Integer> out = new java.util.HashMap<>();
    articles.forEach((w, a) -> out.put(w, a.size()));
    return out;
  }

  /** How central a cluster's places are to the event: its best-known place word's weight. */
  private static int sceneWeight(Map<List<Object>, QuantityClaim> contexts,
      Map<String, Integer> scene) {
    int best = 0;
    for (QuantityClaim c : contexts.values()) {
      for (String w : words(c.places())) {
        best = Math.max(best, scene.getOrDefault(w, 0));
      }
    }
    return best;
  }

  /**
   * Context clusters: every member's places and days compatible with every other's. A figure
   * that fits several joins the largest, and of equally large ones the one placed at the event's
   * main scene ({@code scene}): "50,000 fans" with no place are the final's, not those of a
   * screening in a town abroad.
   */
  private static List<List<QuantityClaim>> byContext(List<QuantityClaim> claims,
      Map<String, Integer> scene, Context context) {
    Map<QuantityClaim, Stage> stages = context.stages();
    List<QuantityClaim> ordered = new ArrayList<>(claims);
    ordered.sort(Comparator.comparingInt((QuantityClaim c) -> -(c.places().size() + c.days().size())));
    List<List<QuantityClaim>> clusters = new ArrayList<>();
    // Each cluster's distinct contexts: checking a claim against them, not against every member,
    // keeps many figures with few contexts linear.
    List<Map<List<Object>, QuantityClaim>> contexts = new ArrayList<>();
    for (QuantityClaim c : ordered) {
      int best = -1;
      for (int k = 0; k < clusters.size(); k++) {
        if (contexts.get(k).values().stream().allMatch(o -> compatible(o, c, context))
            && (best < 0 || clusters.get(k).size() > clusters.get(best).size()
                || clusters.get(k).size() == clusters.get(best).size()
                && sceneWeight(contexts.get(k), scene) > sceneWeight(contexts.get(best), scene))) {
          best = k;
        }
      }
      if (best < 0) {
        clusters.add(new ArrayList<>());
        contexts.add(new LinkedHashMap<>());
        best = clusters.size() - 1;
      }
      clusters.get(best).add(c);
      contexts.get(best).putIfAbsent(contextKey(c, stages), c);
      if (c.places().isEmpty() && c.measure().map(QuantityAligner::standing).orElse(false)) {
        // A standing property with no place is set against every compatible placed group: one
        // sentence places the building in its town, another in its country, and neither is
        // the "main scene" an unplaced count of people would most likely be about.
        for (int k = 0; k < clusters.size(); k++) {
          if (k != best && contexts.get(k).values().stream().allMatch(o -> compatible(o, c, context))) {
            clusters.get(k).add(c);
            contexts.get(k).putIfAbsent(contextKey(c, stages), c);
          }
        }
      }
    }
    for (List<QuantityClaim> cluster : clusters) {
      cluster.sort(Claim.inTextOrder());
    }
    return clusters;
  }

  /** Whether a measure is of a standing thing: "storeys", or of one kind ("storeys:hotel"). */
  private static boolean standing(Measure m) {
    return STANDING.contains(baseId(m));
  }

  /** A measure's id without the group it is narrowed to: "storeys" of "storeys:hotel". */
  private static String baseId(Measure m) {
    int colon = m.id().indexOf(':');
    return colon < 0 ? m.id() : m.id().substring(0, colon);
  }

  /**
   * What decides compatibility: places and days, and for a running tally its source and
   * stage.
   */
  private static List<Object> contextKey(QuantityClaim c, Map<QuantityClaim, Stage> stages) {
    if (c.measure().map(Measure::running).orElse(false)) {
      return List.of(c.places(), c.days(), c.claimant(), c.articleId(), c.quantity(),
          Optional.ofNullable(stages.get(c)));
    }
    return List.of(c.places(), c.days());
  }

  private static boolean compatible(QuantityClaim a, QuantityClaim b, Context context) {
    Map<QuantityClaim, Stage> stages = context.stages();
    if (!overlapsOrUnknown(a.places(), b.places()) || !sameMomentOrUnknown(a.days(), b.days())) {
      return false;
    }
    Stage x = stages.get(a);
    Stage y = stages.get(b);
    if (x != null && y != null) {
      if (x.apart(y)) {
        return false; // two moments of the story, whoever states them
      }
      if (x.together(y) && a.days().isEmpty() == b.days().isEmpty()) {
        return true; // one moment, stated or not
      }
    }
    return !laterUpdate(a, b, context.reported());
  }

  /**
   * Whether two figures of a running tally from different articles are one claimant's
   * successive counts: the same claimant, figures apart. A toll that rises is an update, not a
   * disagreement; only different claimants for one time dispute it, or two articles reported on
   * one day that give versions of one count ({@link #oneCount}).
   */
  private static boolean laterUpdate(QuantityClaim a, QuantityClaim b,
      Map<String, LocalDate> reported) {
    if (!a.measure().map(Measure::running).orElse(false) || a.articleId().equals(b.articleId())) {
      return false;
    }
    if (!a.days().isEmpty() && !b.days().isEmpty()) {
      return false; // one stated time (the days overlap, or they are not compatible at all)
    }
    if (a.days().isEmpty() != b.days().isEmpty()) {
      return true; // a stated day against none: not one stated time
    }
    if (a.claimant().isEmpty() || b.claimant().isEmpty()) {
      // No one stated time and no two sources: an update, unless both articles were reported
      // on one day and the figures may be versions of one count (37 against 38 dead).
      return !(sameReportDay(a, b, reported) && oneCount(a, b));
    }
    boolean sameClaimant = sameClaimant(a.claimant().get(), b.claimant().get());
    return sameClaimant && !a.quantity().overlaps(b.quantity());
  }

  /**
   * Whether two figures may be two sources' versions of one count: neither vague ("dozens",
   * "between 20 and 50"), and the larger at most half again the smaller. Figures further apart
   * stated on one day with no source and no time are more often a partial count, another
   * event's toll or a sub-group than a disagreement.
   */
  private static boolean oneCount(QuantityClaim a, QuantityClaim b) {
    if (vague(a.quantity()) || vague(b.quantity())) {
      return false;
    }
    double x = stated(a);
    double y = stated(b);
    return x > 0 && y > 0 && Math.max(x, y) <= ONE_COUNT * Math.min(x, y);
  }

  /** How far apart two versions of one count may be: the larger half again the smaller. */
  private static final double ONE_COUNT = 1.5;

  /** An order of magnitude ("dozens", "hundreds") or a wide range: no count to dispute. */
  private static boolean vague(Quantity q) {
    return q.isBounded() && q.high() >= 2 * q.low();
  }

  /** Whether both figures' articles were reported on one known day. */
  private static boolean sameReportDay(QuantityClaim a, QuantityClaim b,
      Map<String, LocalDate> reported) {
    LocalDate x = reported.get(a.articleId());
    return x != null && x.equals(reported.get(b.articleId()));
  }

  /**
   * Whether two claimants are one source: one's words within the other's, or the same head noun
   * ("the Omani civil defence authority" and "Omani authorities"), case and plural aside.
   */
  static boolean sameClaimant(String a, String b) {
    if (wordsContained(a, b)) {
      return true;
    }
    List<String> x = WORDS.splitToList(a.toLowerCase(Locale.ROOT));
    List<String> y = WORDS.splitToList(b.toLowerCase(Locale.ROOT));
    return !x.isEmpty() && !y.isEmpty()
        && singular(x.get(x.size() - 1)).equals(singular(y.get(y.size() - 1)));
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * Unknown on either side, or one moment in common: "saturday morning" is not "saturday" (a
   * morning count is not the day's total), nor "saturday 11:00" "saturday 15:00".
   */
  private static boolean sameMomentOrUnknown(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || !Collections.disjoint(a, b);
  }

  /** Unknown on either side, or some place word in common ("Port Alder" and "Alder"). */
  private static boolean overlapsOrUnknown(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || !Collections.disjoint(words(a), words(b));
  }

  private static Set<String> words(Set<String> names) {
    Set<String> out = new java.util.HashSet<>();
    names.forEach(n -> WORDS.split(n).forEach(out::add));
    return out;
  }

  private static String topic(List<QuantityClaim> cluster, String subject) {
    Measure m = cluster.get(0).measure().orElseThrow();
    StringBuilder b = new StringBuilder(m.label());
    if (!subject.isEmpty()) {
      b.append(": ").append(subject);
    }
    Map<String, Integer> placeCounts = new LinkedHashMap<>();
    for (QuantityClaim c : cluster) {
      c.places().forEach(p -> placeCounts.merge(p, 1, Integer::sum));
    }
    placeCounts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue())
        .ifPresent(e -> b.append(" (").append(capitalize(e.getKey())).append(')'));
    cluster.get(0).anchor().ifPresent(a -> b.append(", ").append(a));
    return b.toString();
  }

  private static String capitalize(String word) {
    StringBuilder b = new StringBuilder(word.length());
    boolean up = true;
    for (char ch : word.toCharArray()) {
      b.append(up ? Character.toUpperCase(ch) : ch);
      up = ch == '-' || ch == ' ';
    }
    return b.toString();
  }
}
