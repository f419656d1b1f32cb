package io.github.claimconflict.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import io.github.claimconflict.scope.internal.EventScoper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A benchmark corpus of real news text: real articles (the seeds, and the development set's cached
 * texts where present) replicated into many events. Each replicated event takes 3 to 12 articles
 * (at most its cluster's size) of one real cluster and gives them names, figures and dates of their
 * own: the claims per kilobyte, the sentence shapes and the disagreements stay those of real
 * coverage, while no two events share their names. Within an event some articles spell a name
 * differently (transliteration-like swaps), as outlets do. The texts are read at benchmark time
 * from outside the project and are never written into it. Deterministic from its seed.
 */
public final class RealTextCorpus {

  /** The system property naming the folder of cached development-set texts. */
  public static final String TEXTS_PROPERTY = "claimconflict.bench.texts";
  /** Where the cached development-set texts are by default, relative to the project. */
  public static final Path DEFAULT_TEXTS = Path.of("eval", "dev-news", "cache");
  /** The seed articles, beside the project. */
  public static final Path SEEDS = Path.of("..", "shared", "seeds", "seeds.jsonl");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final String VOWELS = "aeiou";
  private static final String CONSONANTS = "bcdfghklmnprstvz";
  /** Spelling swaps of the kind transliteration gives (Jeenbekov, Zheenbekov, Jeenbekow). */
  private static final String[][] SWAPS = {
    {"ov", "ow"}, {"ev", "ew"}, {"j", "zh"}, {"ee", "i"}, {"oo", "u"}, {"y", "i"}, {"k", "c"},
    {"c", "k"}, {"sh", "ch"}, {"kh", "h"}, {"ph", "f"}, {"w", "v"}, {"ou", "u"}, {"ai", "ay"},
    {"ie", "iye"}, {"dz", "z"}, {"x", "ks"}, {"q", "k"}};
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
  /**
   * Days between events kept apart: an event's two publication days, then more than the scope
   * stage's default window.
   */
  static final int APART = EventScoper.DEFAULT_WINDOW_DAYS + 3;

  /** One real article: its text and outlet. */
  public record Template(String text, Optional<String> source) {}

  /** Articles that cover one real event, with what replicas of them may rewrite. */
  private record Cluster(String name, List<Template> articles, Set<String> names) {}

  private final List<Cluster> clusters;
  private final String description;

  private RealTextCorpus(List<List<Template>> clusters, List<String> names, String description) {
    this.description = description;
    // Capitalized words also used in other clusters ("President", "Reuters") are everyday
    // vocabulary of the news, not this event's names: replicas keep them.
    Map<String, Integer> clustersUsing = new HashMap<>();
    List<Set<String>> candidates = new ArrayList<>();
    for (List<Template> c : clusters) {
      Set<String> found = nameCandidates(c);
      found.forEach(w -> clustersUsing.merge(w, 1, Integer::sum));
      candidates.add(found);
    }
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      Set<String> own = new HashSet<>();
      candidates.get(i).stream().filter(w -> clustersUsing.get(w) == 1).forEach(own::add);
      out.add(new Cluster(names.get(i), List.copyOf(clusters.get(i)), own));
    }
    this.clusters = List.copyOf(out);
  }

  /** Replicates the given clusters of real texts. */
  public static RealTextCorpus of(List<List<Template>> clusters) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      names.add("cluster " + i);
    }
    return new RealTextCorpus(clusters, names, clusters.size() + " clusters of real text");
  }

  /**
   * The seeds and, where present, the development set's cached texts (one cluster per folder);
   * empty when the seeds are absent.
   */
  public static Optional<RealTextCorpus> load() {
    if (!Files.isRegularFile(SEEDS)) {
      return Optional.empty();
    }
    try {
      List<List<Template>> clusters = new ArrayList<>();
      List<String> names = new ArrayList<>();
      clusters.add(seeds());
      names.add("seeds");
      Path texts = Path.of(System.getProperty(TEXTS_PROPERTY, DEFAULT_TEXTS.toString()));
      int devTexts = 0;
      if (Files.isDirectory(texts)) {
        try (Stream<Path> dirs = Files.list(texts)) {
          for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
            List<Template> cluster = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
              for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                cluster.add(new Template(Files.readString(f), Optional.empty()));
              }
            }
            if (!cluster.isEmpty()) {
              clusters.add(cluster);
              names.add(dir.getFileName().toString());
              devTexts += cluster.size();
            }
          }
        }
      }
      String description = "real text: " + clusters.get(0).size() + " seed articles"
          + (devTexts > 0
              ? " and " + devTexts + " development-set texts in " + (clusters.size() - 1)
                  + " clusters (" + texts + ")"
              : "; no development-set texts at " + texts.toAbsolutePath().normalize()
                  + " (set -D" + TEXTS_PROPERTY + ")");
      return Optional.of(new RealTextCorpus(clusters, names, description));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Template> seeds() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Template> out = new ArrayList<>();
    for (String line : Files.readAllLines(SEEDS)) {
      if (!line.isBlank()) {
        JsonNode n = mapper.readTree(line);
        JsonNode source = n.get("source");
        out.add(new Template(n.get("text").asText(),
            source == null || source.isNull() ? Optional.empty() : Optional.of(source.asText())));
      }
    }
    return out;
  }

  /** Where the texts come from, for the benchmark's report. */
  public String description() {
    return description;
  }

  /** The real texts replicated, once each, for the claims per kilobyte of the originals. */
  public List<String> originals() {
    return clusters.stream().flatMap(c -> c.articles().stream()).map(Template::text).toList();
  }

  /**
   * {@code count} articles in events of 3 to 12 articles over one year, the same for the same
   * seed. As in a real feed, events of nearby days may share everyday names (an agency, a
   * country), and it is the scope stage's work to keep them apart.
   */
  public List<Article> articles(int count, long seed) {
    return articles(count, seed, 365);
  }

  /**
   * As {@link #articles(int, long)}, with the events' dates drawn from {@code calendarDays} days;
   * 0 places each event {@link #APART} days after the previous one, so that no two can be one
   * event under the default window.
   */
  public List<Article> articles(int count, long seed, int calendarDays) {
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>(count);
    for (int event = 0; out.size() < count; event++) {
      Cluster cluster = clusters.get(random.nextInt(clusters.size()));
      int size = cluster.articles().size();
      int take = size <= 3 ? size : 3 + random.nextInt(Math.min(12, size) - 2);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      // Figures move by a fifth or more, so no replica repeats its original's figures.
      double factor = random.nextBoolean() ? 0.55 + 0.3 * random.nextDouble()
          : 1.2 + 0.6 * random.nextDouble();
      int years = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
      Replica replica = new Replica(cluster, random.nextLong(), factor, years);
      int drawn = random.nextInt(calendarDays > 0 ? calendarDays : 365); // same texts either way
      LocalDate day = FIRST_DAY.plusDays(calendarDays > 0 ? drawn : (long) APART * event);
      for (int j = 0; j < take && out.size() < count; j++) {
        int pick = order.get(j);
        Template t = cluster.articles().get(pick);
        String id = String.format(Locale.ROOT, "ev%06d-%02d", event, j);
        String text = replica.rewrite(t.text(), random.nextLong());
        Optional<String> source = t.source().or(() -> Optional.of("outlet " + pick));
        out.add(new Article(id, source, Optional.of(day.plusDays(random.nextInt(2))),
            Optional.empty(), Optional.empty(), text));
      }
    }
    return out;
  }

  /** One replicated event: its own names, its figures scaled by one factor, its years moved. */
  private static final class Replica {
    private final Cluster cluster;
    private final long seed;
    private final double factor;
    private final int years;
    private final Map<String, String> names = new HashMap<>();

    Replica(Cluster cluster, long seed, double factor, int years) {
      this.cluster = cluster;
      this.seed = seed;
      this.factor = factor;
      this.years = years;
    }

    String rewrite(String text, long articleSeed) {
      // This outlet's own spelling of a few of the event's names.
      Map<String, String> variants = new HashMap<>();
      Random outlet = new Random(articleSeed);
      boolean spellsDifferently = outlet.nextInt(3) == 0;
      StringBuilder b = new StringBuilder(text.length() + 64);
      Matcher w = WORD.matcher(text);
      int at = 0;
      while (w.find()) {
        b.append(text, at, w.start());
        String word = w.group();
        boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        String key = upper ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
        if (cluster.names().contains(key)) {
          String renamed = names.computeIfAbsent(key, k -> rename(k, seed));
          if (spellsDifferently) {
            renamed = variants.computeIfAbsent(renamed,
                r -> outlet.nextInt(4) == 0 ? transliterate(r, outlet) : r);
          }
          b.append(upper ? renamed.toUpperCase(Locale.ROOT) : renamed);
        } else {
          b.append(word);
        }
        at = w.end();
      }
      b.append(text, at, text.length());
      return refigure(b.toString());
    }

    /** The figures scaled by the event's factor, rounded as the original was; years moved. */
    private String refigure(String text) {
      StringBuilder b = new StringBuilder(text.length() + 16);
      Matcher m = NUMBER.matcher(text);
      int at = 0;
      while (m.find()) {
        b.append(text, at, m.start());
        b.append(refigure(text, m.start(), m.end()));
        at = m.end();
      }
      b.append(text, at, text.length());
      return b.toString();
    }

    private String refigure(String text, int start, int end) {
      String s = text.substring(start, end);
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      char after = end < text.length() ? text.charAt(end) : ' ';
      if (Character.isLetter(after) || after == ':' || before == ':'
          || Character.isLetterOrDigit(before) || nextToCalendarWord(text, start, end)) {
        return s; // ordinals, times, codes, days of the month
      }
      String digits = s.replace(",", "");
      int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
      double value;
      try {
        value = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        return s;
      }
      if (decimals == 0 && !s.contains(",") && digits.length() == 4 && value >= 1900
          && value <= 2099) {
        return String.valueOf((int) value + years);
      }
      if (value < 10 && decimals == 0) {
        return s; // small counts: "two of the 5 parties" keeps its sense
      }
      double scaled = value * factor;
      boolean percent = text.startsWith("%", end) || text.startsWith(" per cent", end)
          || text.startsWith(" percent", end);
      if (percent && value <= 100) {
        scaled = Math.min(scaled, 99);
      }
      if (decimals > 0) {
        return String.format(Locale.ROOT, "%." + decimals + "f", scaled);
      }
      long round = 1;
      for (long v = (long) value; v >= 10 && v % 10 == 0; v /= 10) {
        round *= 10; // 5,000 stays a round figure: hedges and tolerances depend on it
      }
      long n = Math.max(round, Math.round(scaled / round) * round);
      return s.contains(",") ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
    }

    /** Whether the word just before or just after the figure is a month or a weekday. */
    private static boolean nextToCalendarWord(String text, int start, int end) {
      int b = start;
      while (b > 0 && text.charAt(b - 1) == ' ') {
        b--;
      }
      int a = b;
      while (a > 0 && Character.isLetter(text.charAt(a - 1))) {
        a--;
      }
      int c = end;
      while (c < text.length() && text.charAt(c) == ' ') {
        c++;
      }
      int d = c;
      while (d < text.length() && Character.isLetter(text.charAt(d))) {
        d++;
      }
      return CALENDAR.contains(text.substring(a, b).toLowerCase(Locale.ROOT))
          || CALENDAR.contains(text.substring(c, d).toLowerCase(Locale.ROOT));
    }
  }

  /** The event's own name for a real one: one or two letters changed, vowel for vowel. */
  static String rename(String word, long seed) {
    Random r = new Random(seed ^ word.hashCode() * 0x9E3779B97F4A7C15L);
    char[] c = word.toCharArray();
    int edits = word.length() >= 6 ? 2 : 1;
    int previous = -1;
    for (int e = 0; e < edits; e++) {
      int i = 1 + r.nextInt(c.length - 1);
      if (i == previous) {
        i = i == c.length - 1 ? 1 : i + 1; // a second edit must not undo the first
      }
      previous = i;
      if (!Character.isLowerCase(c[i])) {
        continue; // an accent or an inner capital stays
      }
      String pool = VOWELS.indexOf(c[i]) >= 0 ? VOWELS : CONSONANTS;
      char now = c[i];
      while (c[i] == now) {
        c[i] = pool.charAt(r.nextInt(pool.length()));
      }
    }
    return new String(c);
  }

  /** Another outlet's spelling: a transliteration-like swap, else a doubled letter. */
  static String transliterate(String word, Random r) {
    // Lower-casing can change a word's length ("\u0130"): only a same-length form is searched.
    String lower = word.toLowerCase(Locale.ROOT);
    int first = r.nextInt(SWAPS.length);
    for (int k = 0; k < SWAPS.length && lower.length() == word.length(); k++) {
      String[] swap = SWAPS[(first + k) % SWAPS.length];
      int i = lower.indexOf(swap[0], 1);
      if (i > 0) {
        return word.substring(0, i) + swap[1] + word.substring(i + swap[0].length());
      }
    }
    int i = 1 + r.nextInt(word.length() - 1);
    return word.substring(0, i) + word.charAt(i) + word.substring(i);
  }

  /** Whether a word at {@code start} opens a sentence, paragraph or text (capitalized anyway). */
  private static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && " \"'\u201c\u2018([".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i < 0 || ".!?:\n\u2013\u2014-".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Words written capitalized inside a sentence somewhere and never in lower case in the cluster, three letters or more, not
   * a month or weekday: the cluster's names.
   */
  private static Set<String> nameCandidates(List<Template> cluster) {
    Set<String> lower = new HashSet<>();
    Set<String> capitalized = new HashSet<>();
    for (Template t : cluster) {
      Matcher m = WORD.matcher(t.text());
      while (m.find()) {
        String w = m.group();
        if (Character.isLowerCase(w.charAt(0))) {
          lower.add(w);
        } else if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))
            && Character.isLowerCase(w.charAt(1)) && !opensSentence(t.text(), m.start())) {
          capitalized.add(w);
        }
      }
    }
    Set<String> out = new HashSet<>();
    for (String w : capitalized) {
      String l = w.toLowerCase(Locale.ROOT);
      if (!lower.contains(l) && !CALENDAR.contains(l)) {
        out.add(w);
      }
    }
    return out;
  }
}
