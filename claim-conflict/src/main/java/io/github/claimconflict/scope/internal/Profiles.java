package io.github.claimconflict.scope.internal;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.Article;
import io.github.claimconflict.text.Mapper;
import io.github.claimconflict.text.NameNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weighted entity profile of each article of a scan: what the scope stage compares. An entity
 * weighs by its rarity in the scan, {@code ln(1 + articles / articles naming it)}, times its
 * centrality in the article, {@code (1 + ln mentions) * (1 + 0.5 in headline + 0.5 in lead)}.
 *
 * <p>Identifying entities are those at least two articles name, except news agencies, the
 * scan's outlets, names in bylines and photo credits, and names so common in a large scan that
 * they stand in many stories. A name only one article uses identifies nothing it could share,
 * but where the article repeats it, it is that article's own story and stays in its profile.
 */
final class Profiles {

  /** News agencies and picture services: the source of a story, never its subject. */
  private static final Set<String> AGENCIES = keys(
      "Reuters", "Reuters TV", "Reuters Television", "AFP", "Agence France-Presse",
      "Agence France Presse", "AP", "Associated Press", "Associated Press Television", "EFE",
      "dpa", "Deutsche Presse-Agentur", "ANSA", "Xinhua", "Xinhua News Agency", "TASS",
      "Interfax", "RIA Novosti", "Sputnik", "Anadolu", "Anadolu Agency", "Kyodo", "Kyodo News",
      "Yonhap", "Yonhap News Agency", "PTI", "Press Trust of India", "IANS", "ANI", "Bernama",
      "Antara", "NAN", "News Agency of Nigeria", "Bloomberg", "UPI", "United Press International",
      "Press Association", "AAP", "Australian Associated Press", "Canadian Press", "EPA",
      "Getty", "Getty Images", "Shutterstock", "Europa Press", "Prensa Latina", "Notimex",
      "Tanjug", "Belga", "Lusa", "IRNA", "Tasnim", "Fars", "ISNA", "Mehr", "Saudi Press Agency",
      "SPA", "WAM", "KUNA", "MENA", "Qatar News Agency", "AFP/Getty Images", "Agencies",
      "Staff", "Staff Writer", "Staff Reporter", "Correspondent");

  private static final Pattern BYLINE = Pattern.compile(
      "(?i)(?:^\\s{0,8}by\\s{1,3}|^\\s{0,8}by\\s{1,3}[^.\\n]{1,60}\\s(?:and|&)\\s{1,3}"
          + "|\\b(?:reporting|editing|writing|written|compiled|photos?|pictures?|images?|video"
          + "|produced|edited|translated|story|text)\\s{1,3}by\\s{1,3}"
          + "|\\b(?:photo|credit|image|picture)s?\\s{0,2}:\\s{0,3})$");
  /** An outlet named by its domain: its name, then a top-level ending or two ("co.uk"). */
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)(?:www\\.)?([\\p{L}\\p{N}-]{2,})(?:\\.[a-z]{2,6}){1,2}");
  /** How far back on its line a byline's words are looked for. */
  private static final int BYLINE_REACH = 80;
  private static final int HEADLINE_MAX = 200;
  /** Articles whose mentions are read together. */
  private static final int WINDOW = 2048;

  private final List<Map<Integer, Double>> vectors;
  private final boolean[] identifying;
  private final List<List<Integer>> postings;
  private final List<Integer> postingEntities;
  /** Each article's entities in ascending order, and how it first writes each. */
  private final List<Surfaces> surfaces;

  /** An article's first writing of each of its entities, in two arrays: a map costs ten times. */
  private record Surfaces(int[] entities, String[] written) {}

  private Profiles(List<Map<Integer, Double>> vectors, boolean[] identifying,
      List<List<Integer>> postings, List<Integer> postingEntities, List<Surfaces> surfaces) {
    this.vectors = vectors;
    this.identifying = identifying;
    this.postings = postings;
    this.postingEntities = postingEntities;
    this.surfaces = surfaces;
  }

  /** A mention that counts, with whether it stands in the lead and in the headline. */
  private record Kept(String entity, String surface, boolean lead, boolean headline) {}

  /** What one article says of one entity. */
  private static final class Use {
    int count;
    boolean headline;
    boolean lead;
    String surface;
  }

  static Profiles of(List<Article> sorted,
      Function<String, ? extends Collection<Mention>> mentions, int lead, int commonArticles,
      double commonShare) {
    return of(sorted, mentions, lead, commonArticles, commonShare, Mapper.IN_TURN);
  }

  /**
   * As {@link #of(List, Function, int, int, double)}, each article's text read by
   * {@code mapper} (in parallel, in a scan): only numbering the entities is done in turn.
   */
  static Profiles of(List<Article> sorted,
      Function<String, ? extends Collection<Mention>> mentions, int lead, int commonArticles,
      double commonShare, Mapper mapper) {
    int n = sorted.size();
    List<Integer> places = java.util.stream.IntStream.range(0, n).boxed().toList();
    Set<String> stop = new HashSet<>(AGENCIES);
    for (Optional<String> source : mapper.map(places, i -> sorted.get(i).source())) {
      source.ifPresent(s -> {
        stop.add(NameNormalizer.cosmeticKey(s));
        stop.add(NameNormalizer.cosmeticKey(s.replaceFirst("^(?i)the\\s+", "")));
        // An outlet known by its domain ("Courier.net") writes its name without the ending.
        Matcher domain = DOMAIN.matcher(s.strip());
        if (domain.matches()) {
          stop.add(NameNormalizer.cosmeticKey(domain.group(1)));
        }
      });
    }
    // The mentions that count, with where they stand, read from each text on its own (a window
    // of articles at a time, so that they are never all held); the caller's function of
    // mentions is asked one article at a time. Only numbering the entities is done in turn.
    Object lock = new Object();
    Map<String, Integer> ids = new HashMap<>();
    List<Map<Integer, Use>> uses = new ArrayList<>(n);
    for (int from = 0; from < n; from += WINDOW) {
      List<List<Kept>> kept = mapper.map(places.subList(from, Math.min(n, from + WINDOW)), i -> {
        Article a = sorted.get(i);
        Collection<Mention> of;
        synchronized (lock) {
          of = mentions.apply(a.id());
        }
        if (of == null || of.isEmpty()) {
          return List.of();
        }
        String headline = headline(a);
        String text = a.text();
        List<Kept> out = new ArrayList<>(of.size());
        for (Mention m : of) {
          // A letter alone is an initial or an abbreviation's piece ("U.S."), no name.
          if (m.entity().length() < 2 || stop.contains(m.entity())
              || stop.contains(NameNormalizer.cosmeticKey(m.surface())) || credit(text, m)) {
            continue;
          }
          out.add(new Kept(m.entity(), m.surface(), m.start() >= 0 && m.start() < lead,
              !m.surface().isEmpty()
                  && headline.contains(m.surface().toLowerCase(Locale.ROOT))));
        }
        return out;
      });
      for (List<Kept> ms : kept) {
        Map<Integer, Use> u = new LinkedHashMap<>();
        for (Kept m : ms) {
          Integer known = ids.get(m.entity());
          int e = known != null ? known : ids.size();
          if (known == null) {
            ids.put(m.entity(), e);
          }
          Use x = u.get(e);
          if (x == null) {
            x = new Use();
            u.put(e, x);
          }
          x.count++;
          if (x.surface == null) {
            x.surface = m.surface();
          }
          x.lead |= m.lead();
          x.headline |= m.headline();
        }
        uses.add(u);
      }
    }
    int[] df = new int[ids.size()];
    for (Map<Integer, Use> u : uses) {
      for (int e : u.keySet()) {
        df[e]++;
      }
    }
    boolean[] identifying = new boolean[ids.size()];
    for (int e = 0; e < df.length; e++) {
      boolean common = df[e] >= commonArticles && df[e] > commonShare * n;
      identifying[e] = df[e] >= 2 && !common;
    }
    List<Map<Integer, Double>> vectors = new ArrayList<>(n);
    List<Surfaces> surfaces = new ArrayList<>(n);
    List<List<Integer>> postings = new ArrayList<>();
    for (int e = 0; e < df.length; e++) {
      postings.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> v = new HashMap<>();
      TreeMap<Integer, String> s = new TreeMap<>();
      for (Map.Entry<Integer, Use> entry : uses.get(i).entrySet()) {
        int e = entry.getKey();
        Use x = entry.getValue();
        if (!identifying[e] && !(df[e] == 1 && x.count >= 2)) {
          continue;
        }
        double rarity = Math.log(1 + n / (double) df[e]);
        double centrality = (1 + Math.log(x.count))
            * (1 + (x.headline ? 0.5 : 0) + (x.lead ? 0.5 : 0));
        v.put(e, rarity * centrality);
        s.put(e, x.surface);
        if (identifying[e]) {
          postings.get(e).add(i);
        }
      }
      vectors.add(v);
      int[] entities = new int[s.size()];
      int k = 0;
      for (int e : s.keySet()) {
        entities[k++] = e;
      }
      surfaces.add(new Surfaces(entities, s.values().toArray(new String[0])));
    }
    List<Integer> named = new ArrayList<>();
    List<List<Integer>> kept = new ArrayList<>();
    for (int e = 0; e < postings.size(); e++) {
      if (postings.get(e).size() >= 2) {
        named.add(e);
        kept.add(postings.get(e));
      }
    }
    return new Profiles(vectors, identifying, kept, named, surfaces);
  }

  /** The article's weighted entities; not to be changed. */
  Map<Integer, Double> vector(int article) {
    return vectors.get(article);
  }

  boolean identifying(int entity) {
    return identifying[entity];
  }

  /** For each identifying entity, the articles that name it, in order. */
  List<List<Integer>> postings() {
    return postings;
  }

  /** The entity of each of {@link #postings()}, in the same order. */
  List<Integer> postingEntities() {
    return postingEntities;
  }

  /** How the article first writes the entity. */
  String surface(int article, int entity) {
    Surfaces s = surfaces.get(article);
    int at = Arrays.binarySearch(s.entities(), entity);
    return at >= 0 ? s.written()[at] : "";
  }

  /** The headline, lower-cased: the title, and the first line of the text where it is short. */
  private static String headline(Article a) {
    StringBuilder b = new StringBuilder();
    if (a.title().isPresent()) {
      b.append(a.title().get()).append('\n');
    }
    String text = a.text().substring(0, Math.min(a.text().length(), 2 * HEADLINE_MAX)).strip();
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (first.length() <= HEADLINE_MAX) {
      b.append(first);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether the mention stands in a byline or a photo credit ("By ...", "Name/Reuters"). */
  private static boolean credit(String text, Mention m) {
    if (m.start() < 0 || m.start() > text.length()) {
      return false;
    }
    int end = m.start() + m.surface().length();
    if (end < text.length() && text.startsWith(m.surface(), m.start())
        && text.charAt(end) == '/') {
      return true;
    }
    int from = Math.max(0, m.start() - BYLINE_REACH);
    int line = from; // the line's start, looked for only within reach: no quadratic scan
    for (int i = m.start() - 1; i >= from; i--) {
      if (text.charAt(i) == '\n') {
        line = i + 1;
        break;
      }
    }
    boolean lineStart = line > from || from == 0;
    String before = text.substring(line, m.start());
    String lower = before.toLowerCase(Locale.ROOT);
    if (!lower.contains("by") && before.indexOf(':') < 0) {
      return false; // the common case, without a regular expression
    }
    // Mid-line, "by" at the cut is no byline's start.
    return BYLINE.matcher(lineStart ? before : "\u0000" + before).find();
  }

  private static Set<String> keys(String... names) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String s : names) {
      b.add(NameNormalizer.cosmeticKey(s));
    }
    return b.build();
  }
}
