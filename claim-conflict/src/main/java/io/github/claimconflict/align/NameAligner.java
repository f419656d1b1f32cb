package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.names.NameMatcher.Verdict;
import io.github.claimconflict.text.Language;
import io.github.claimconflict.text.Mapper;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.ScanLanguages;
import io.github.claimconflict.text.Transliteration;
import io.github.claimconflict.text.UnionFind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the names of one event by entity: spellings an {@link EntityResolver} takes for one
 * name, linked transitively. Only entities written in two or more ways form a group. Spellings are
 * compared within blocks of the same word count and folded first consonant, so the work grows
 * with the spellings of a block, not of the event.
 */
public final class NameAligner implements ClaimAligner<NameClaim> {

  private final EntityResolver resolver;

  /**
   * An aligner that links spellings with the given resolver.
   *
   * @param resolver decides which spellings name one entity
   */
  public NameAligner(EntityResolver resolver) {
    this.resolver = requireNonNull(resolver, "resolver");
  }

  @Override
  public Class<NameClaim> claimType() {
    return NameClaim.class;
  }

  @Override
  public List<ClaimGroup<NameClaim>> align(String eventId, List<NameClaim> claims) {
    return align(eventId, claims, Mapper.IN_TURN);
  }


  /**
   * As {@link #align(String, List)}, with each block's sets of spellings to compare found by
   * {@code mapper} (in parallel, for a scan-wide alignment); the groups are the same.
   *
   * @param eventId the event
   * @param claims its names
   * @param mapper maps the blocks
   * @return the groups
   */
  public List<ClaimGroup<NameClaim>> align(String eventId, List<NameClaim> claims,
      Mapper mapper) {
    return align(eventId, claims, mapper, WINDOW);
  }

  /** As {@link #align(String, List, Mapper)}, with windows of about {@code window} spellings. */
  List<ClaimGroup<NameClaim>> align(String eventId, List<NameClaim> claims, Mapper mapper,
      int window) {
    return align(eventId, claims, mapper, window, mapper == Mapper.IN_TURN ? 1 : PAIR_BATCH);
  }

  /** As {@link #align(String, List, Mapper, int)}, judging pairs {@code batch} at a time. */
  List<ClaimGroup<NameClaim>> align(String eventId, List<NameClaim> claims, Mapper mapper,
      int window, int batch) {
    // Each name's key and each spelling's blocks are read on their own (mapped, perhaps in
    // parallel); only gathering them is done in turn.
    List<String> cosmetic = mapper.map(claims, c -> NameNormalizer.cosmeticKey(c.surface()));
    Map<String, List<NameClaim>> bySpelling = new LinkedHashMap<>();
    java.util.Iterator<String> cosmeticKeys = cosmetic.iterator();
    for (NameClaim c : claims) {
      String key = cosmeticKeys.next();
      if (!key.isEmpty()) {
        bySpelling.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    cosmetic = null;
    List<String> keys = new ArrayList<>(bySpelling.keySet());
    UnionFind sets = new UnionFind(keys.size());
    Map<Block, List<Integer>> blocks = new LinkedHashMap<>();
    List<java.util.Set<Block>> blockKeys = mapper.map(keys,
        k -> blockKeys(bySpelling.get(k).get(0).surface()));
    for (int i = 0; i < keys.size(); i++) {
      String surface = bySpelling.get(keys.get(i)).get(0).surface();
      int index = i;
      blockKeys.get(i).forEach(b -> blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(index));
      resolver.known().aliasGroupOf(surface).ifPresent(g ->
          blocks.computeIfAbsent(new AliasBlock(g), k -> new ArrayList<>()).add(index));
    }
    List<String> surfaces = keys.stream().map(k -> bySpelling.get(k).get(0).surface()).toList();
    Map<String, Language> languages = ScanLanguages.of(claims);
    // The sets to compare are a pure function of each block, found a window of blocks at a time
    // (in parallel where the mapper is), so that a large scan never holds every block's at once;
    // only linking the spellings is done in turn.
    List<List<Integer>> allBlocks = new ArrayList<>(blocks.values());
    // Pairs not yet linked are judged a batch at a time (in parallel where the mapper is), and
    // linked in their order. A pair left out because its spellings were already linked would only
    // have linked them again, so the groups are those of comparing every pair in turn; batches
    // keep most of that pruning. In turn, a batch is one pair, as before.
    Pairs pending = new Pairs(batch);
    PairTest same = (i, j) -> sameEntity(i, j, keys, surfaces, bySpelling, languages);
    List<List<List<Integer>>> toCompare = List.of();
    for (int b = 0, w = 0; b < allBlocks.size(); b++, w++) {
      if (w == toCompare.size()) {
        int end = b;
        for (int size = 0; end < allBlocks.size() && (end == b || size < window); end++) {
          size += allBlocks.get(end).size();
        }
        toCompare = mapper.map(allBlocks.subList(b, end), block -> candidateSets(block, surfaces));
        w = 0;
      }
      for (List<Integer> candidates : toCompare.get(w)) {
        for (int x = 0; x < candidates.size(); x++) {
          for (int y = x + 1; y < candidates.size(); y++) {
            int i = candidates.get(x);
            int j = candidates.get(y);
            if (!sets.connected(i, j)) {
              pending.add(i, j);
              if (pending.full()) {
                pending.link(mapper, sets, same);
              }
            }
          }
        }
      }
    }
    pending.link(mapper, sets, same);
    List<int[]> evidence = new ArrayList<>();
    linkHeadNouns(keys, surfaces, bySpelling, sets, evidence, languages);
    linkByOffice(keys, surfaces, bySpelling, sets, evidence);
    linkNearGivenNames(keys, surfaces, bySpelling, sets, evidence);
    linkShortForms(keys, surfaces, bySpelling, sets, evidence);
    int[] label = peopleApart(keys, surfaces, bySpelling, sets, evidence, languages);
    Map<Integer, List<String>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      clusters.computeIfAbsent(label[i], k -> new ArrayList<>()).add(keys.get(i));
    }
    List<ClaimGroup<NameClaim>> groups = new ArrayList<>();
    for (List<String> cluster : clusters.values()) {
      if (cluster.size() < 2) {
        continue;
      }
      List<NameClaim> members = new ArrayList<>();
      cluster.forEach(k -> members.addAll(bySpelling.get(k)));
      String topic = cluster.stream()
          .max(Comparator.comparingInt((String k) -> bySpelling.get(k).size())
              .thenComparing(Comparator.reverseOrder()))
          .map(k -> bySpelling.get(k).get(0).surface()).orElseThrow();
      groups.add(new ClaimGroup<>(eventId, topic, members));
    }
    return groups;
  }

  /**
   * Whether two spellings name one entity to the scan: variants by the resolver, unless a
   * misspelling alone of names written only in different languages ({@link #links}). A pure
   * function of the pair, so pairs can be judged on several threads.
   */
  private boolean sameEntity(int i, int j, List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, Map<String, Language> languages) {
    return links(resolver.spellingVariants(surfaces.get(i), surfaces.get(j)),
        bySpelling.get(keys.get(i)), bySpelling.get(keys.get(j)), languages);
  }

  /**
   * Whether the resolver's verdicts on two spellings, with the claims of each, link them: any
   * verdict but a misspelling alone of names written only in different languages. In another
   * language a place's name close to ours is its own word, an exonym ("Moskau", "Moscow"), no
   * slip; a person's full name has none, only that language's romanization ("Swetlana
   * Tichanowskaja").
   */
  private static boolean links(List<Verdict> v, List<NameClaim> a, List<NameClaim> b,
      Map<String, Language> languages) {
    return !v.isEmpty()
        && !(v.contains(Verdict.MISSPELLING) && v.size() < 2 && otherLanguages(a, b, languages));
  }

  /** Pairs of spellings judged together in a scan-wide alignment. */
  static final int PAIR_BATCH = 4096;
  /** Pairs a task judges: enough to outweigh handing it to a thread. */
  private static final int PAIRS_A_TASK = 128;

  /** Pairs of spellings waiting to be judged, in the order they were met. */
  private static final class Pairs {
    private final int[] first;
    private final int[] second;
    private int size;

    Pairs(int capacity) {
      first = new int[capacity];
      second = new int[capacity];
    }

    void add(int i, int j) {
      first[size] = i;
      second[size] = j;
      size++;
    }

    boolean full() {
      return size == first.length;
    }

    /** Judges the waiting pairs, then links those that name one entity, in their order. */
    void link(Mapper mapper, UnionFind sets, PairTest same) {
      if (size == 1) {
        if (same.test(first[0], second[0])) {
          sets.union(first[0], second[0]);
        }
      } else if (size > 1) {
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s < size; s += PAIRS_A_TASK) {
          starts.add(s);
        }
        int n = size;
        List<boolean[]> verdicts = mapper.map(starts, s -> {
          boolean[] out = new boolean[Math.min(PAIRS_A_TASK, n - s)];
          for (int k = 0; k < out.length; k++) {
            out[k] = same.test(first[s + k], second[s + k]);
          }
          return out;
        });
        for (int t = 0; t < starts.size(); t++) {
          boolean[] v = verdicts.get(t);
          for (int k = 0; k < v.length; k++) {
            if (v[k]) {
              sets.union(first[starts.get(t) + k], second[starts.get(t) + k]);
            }
          }
        }
      }
      size = 0;
    }
  }

  /** Whether two spellings, by index, name one entity. */
  private interface PairTest {
    boolean test(int i, int j);
  }

  /**
   * Generic nouns a place is named with, which one source writes capitalized as part of the name
   * and another in lower case after it ("Varta Airport", "Varta airport").
   */
  private static final java.util.Set<String> HEAD_NOUNS = java.util.Set.of("airport", "park",
      "intersection", "junction", "square", "street", "road", "avenue", "station", "bridge",
      "hospital", "stadium", "district", "province", "region", "county", "village", "river",
      "lake", "island", "shrine", "temple", "church", "mosque", "cathedral", "market", "mall",
      "hotel", "harbour", "harbor", "camp", "prison", "university", "airbase", "tower", "valley",
      "beach", "bay", "canal", "dam", "mine", "factory", "building", "school", "college");

  /** The generic head noun written in lower case right after a name ending at {@code end}. */
  private static java.util.Optional<String> headNounAfter(String sentence, int end) {
    if (end + 1 >= sentence.length() || sentence.charAt(end) != ' ') {
      return java.util.Optional.empty();
    }
    int k = end + 1;
    while (k < sentence.length() && sentence.charAt(k) >= 'a' && sentence.charAt(k) <= 'z') {
      k++;
    }
    if (k < sentence.length() && Character.isLetterOrDigit(sentence.charAt(k))) {
      return java.util.Optional.empty();
    }
    String w = sentence.substring(end + 1, k);
    return HEAD_NOUNS.contains(w) ? java.util.Optional.of(w) : java.util.Optional.empty();
  }

  /** The generic head nouns written in lower case after a spelling's mentions, sorted. */
  private static java.util.SortedSet<String> headNouns(List<NameClaim> claims) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (NameClaim c : claims) {
      int to = c.evidence().end() - c.evidence().sentenceStart();
      if (to >= 0 && to <= c.evidence().sentence().length()) {
        headNounAfter(c.evidence().sentence(), to).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The name without its last word, when that word is one of the name's words. */
  private static java.util.Optional<String> withoutLastWord(String surface) {
    int space = surface.trim().lastIndexOf(' ');
    if (space <= 0) {
      return java.util.Optional.empty();
    }
    String stem = surface.substring(0, space);
    return NameNormalizer.nameTokens(stem).size() + 1 == NameNormalizer.nameTokens(surface).size()
        ? java.util.Optional.of(stem) : java.util.Optional.empty();
  }

  /**
   * Whether one spelling is the other with its generic head noun, which the shorter's sources
   * write in lower case after it ("Varta Airport" beside "Varta airport"), and otherwise the
   * same in cosmetic form: one position, no conflict.
   *
   * @param shorter the claims of the spelling without the noun
   * @param longer a spelling one word longer
   * @param resolver compares the names
   * @return true if the longer is the shorter and the noun its sources write after it
   */
  public static boolean sameWithHeadNoun(List<NameClaim> shorter, String longer,
      EntityResolver resolver) {
    List<String> l = NameNormalizer.nameTokens(longer);
    if (shorter.isEmpty() || l.size() != NameNormalizer.nameTokens(shorter.get(0).surface())
        .size() + 1 || !headNouns(shorter).contains(l.get(l.size() - 1))) {
      return false;
    }
    return withoutLastWord(longer).map(stem -> {
      List<Verdict> v = resolver.spellingVariants(shorter.get(0).surface(), stem);
      return !v.isEmpty() && v.stream().allMatch(x -> x == Verdict.SAME);
    }).orElse(false);
  }

  /**
   * A name that its sources follow with a generic head noun in lower case ("Varta airport")
   * joins a name one word longer that ends with that noun ("Varta Airport") when the rest is a
   * spelling of it: the two are one place, its noun capitalized or not, so "Mutara airport" meets
   * "Mutiara Airport".
   */
  private void linkHeadNouns(List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, UnionFind sets, List<int[]> evidence,
      Map<String, Language> languages) {
    Map<String, List<Integer>> byLastWord = new LinkedHashMap<>();
    List<List<String>> tokens = surfaces.stream().map(NameNormalizer::nameTokens).toList();
    for (int j = 0; j < keys.size(); j++) {
      List<String> w = tokens.get(j);
      if (w.size() >= 2 && HEAD_NOUNS.contains(w.get(w.size() - 1))) {
        byLastWord.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(j);
      }
    }
    if (byLastWord.isEmpty()) {
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      for (String h : headNouns(bySpelling.get(keys.get(i)))) {
        List<Integer> longer = byLastWord.getOrDefault(h, List.of());
        if (longer.size() > MAX_NEIGHBOURS) {
          continue;
        }
        for (int j : longer) {
          if (tokens.get(j).size() != tokens.get(i).size() + 1 || sets.connected(i, j)) {
            continue;
          }
          java.util.Optional<String> stem = withoutLastWord(surfaces.get(j));
          if (stem.isEmpty()) {
            continue;
          }
          if (links(resolver.spellingVariants(surfaces.get(i), stem.get()),
              bySpelling.get(keys.get(i)), bySpelling.get(keys.get(j)), languages)) {
            sets.union(i, j);
            evidence.add(new int[] {i, j});
          }
        }
      }
    }
  }

  /**
   * A person's surname written alone, or the last words of the name ("Berglund", "Mae Lin" for
   * "Anna Berglund", "Tin Mae Lin"), joins the full name's group when every longer name ending so
   * is in one group, so one person: the spellings of the surname are then compared with the full
   * name's. A person is a name written with a title somewhere in the event; a place or a party
   * ending in a country's name is none.
   */
  private void linkShortForms(List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, UnionFind sets, List<int[]> evidence) {
    List<List<String>> tokens = surfaces.stream().map(NameNormalizer::nameTokens).toList();
    Map<String, List<Integer>> byLastWord = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String> w = tokens.get(i);
      if (w.size() >= 2) {
        byLastWord.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      List<String> w = tokens.get(i);
      List<Integer> longer = w.isEmpty() ? List.of()
          : byLastWord.getOrDefault(w.get(w.size() - 1), List.of());
      if (longer.isEmpty() || longer.size() > MAX_NEIGHBOURS) {
        continue;
      }
      List<Integer> ending = new ArrayList<>();
      for (int j : longer) {
        List<String> l = tokens.get(j);
        if (l.size() > w.size() && l.subList(l.size() - w.size(), l.size()).equals(w)) {
          ending.add(j);
        }
      }
      if (ending.isEmpty() || ending.stream().map(sets::find).distinct().count() != 1) {
        continue;
      }
      boolean person = hasRole(bySpelling.get(keys.get(i)))
          || ending.stream().anyMatch(j -> hasRole(bySpelling.get(keys.get(j))));
      if (person) {
        sets.union(i, ending.get(0));
        evidence.add(new int[] {i, ending.get(0)});
      }
    }
    linkSpeltShortForms(keys, tokens, byLastWord, bySpelling, sets, evidence);
  }

  /** One-word names this long or longer may stand for a full name whose last word they spell. */
  private static final int SPELT_SHORT_FORM = 5;

  /**
   * A one-word name that is no full name's first or last word as written, but a spelling of the last word
   * of full names that are all one person's ("Darvesh" beside "Omid Darvish", titled somewhere in
   * the event), joins that person's group: sources that call someone by the surname alone spell it their own way, and
   * the comparator weighs the surname against the full name's last word. Only last words of the
   * one-word name's block are weighed, so the work grows with the block.
   */
  private void linkSpeltShortForms(List<String> keys, List<List<String>> tokens,
      Map<String, List<Integer>> byLastWord, Map<String, List<NameClaim>> bySpelling,
      UnionFind sets, List<int[]> evidence) {
    // A person is titled somewhere, as for a surname written the same: a one-word name without a
    // title is weighed only against the last words of titled full names, few in an event, so a
    // place or a body ending in a spelling of a place ("Dravonia", "Bank of Dravonija") is no
    // one's short form.
    Map<Block, List<String>> lastWords = new LinkedHashMap<>();
    Map<Block, List<String>> titledLastWords = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> e : byLastWord.entrySet()) {
      String w = e.getKey();
      if (w.length() >= SPELT_SHORT_FORM) {
        boolean titled = e.getValue().stream().anyMatch(j -> hasRole(bySpelling.get(keys.get(j))));
        for (Block b : blockKeys(w)) {
          lastWords.computeIfAbsent(b, k -> new ArrayList<>()).add(w);
          if (titled) {
            titledLastWords.computeIfAbsent(b, k -> new ArrayList<>()).add(w);
          }
        }
      }
    }
    java.util.Set<String> givenNames = new java.util.HashSet<>();
    for (List<String> w : tokens) {
      if (w.size() >= 2) {
        givenNames.add(w.get(0));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      List<String> w = tokens.get(i);
      // a word that starts a full name is a given name, which many people share
      if (w.size() != 1 || w.get(0).length() < SPELT_SHORT_FORM
          || byLastWord.containsKey(w.get(0)) || givenNames.contains(w.get(0))) {
        continue;
      }
      java.util.Set<String> spelt = new java.util.TreeSet<>();
      Map<Block, List<String>> among =
          hasRole(bySpelling.get(keys.get(i))) ? lastWords : titledLastWords;
      for (Block b : blockKeys(w.get(0))) {
        List<String> near = among.getOrDefault(b, List.of());
        if (near.size() > MAX_NEIGHBOURS) {
          continue;
        }
        for (String last : near) {
          if (!spelt.contains(last) && !resolver.spellingVariants(w.get(0), last).isEmpty()) {
            spelt.add(last);
          }
        }
      }
      List<Integer> full = new ArrayList<>();
      spelt.forEach(last -> full.addAll(byLastWord.get(last)));
      if (!full.isEmpty() && full.size() <= MAX_NEIGHBOURS
          && full.stream().map(sets::find).distinct().count() == 1) {
        sets.union(i, full.get(0));
        evidence.add(new int[] {i, full.get(0)});
      }
    }
  }

  /**
   * Each spelling's group, with groups that links joined across two people split apart. Links
   * are transitive, so a chain of alike one-word names can join people whose names are not alike
   * ("Orvit", "Orvut", "Orvuth", "Oryuth"). A one-word name that is the given name or the
   * surname of full names in the event stands for those people; two such names whose people all
   * differ are two people, and their group is built again from its links, closest first (all
   * words the same, then transliterations, then slips, then links by other evidence; each kind
   * by likeness), never joining two sets that would hold both. Other groups stay as linked.
   */
  private int[] peopleApart(List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, UnionFind sets, List<int[]> evidence,
      Map<String, Language> languages) {
    int n = keys.size();
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = sets.find(i);
    }
    List<List<String>> tokens = surfaces.stream().map(NameNormalizer::nameTokens).toList();
    Map<String, List<Integer>> fullByWord = new LinkedHashMap<>(); // by first or last word
    for (int i = 0; i < n; i++) {
      List<String> w = tokens.get(i);
      if (w.size() >= 2) {
        int index = i;
        java.util.Set.copyOf(List.of(w.get(0), w.get(w.size() - 1))).stream().sorted()
            .forEach(x -> fullByWord.computeIfAbsent(x, k -> new ArrayList<>()).add(index));
      }
    }
    Map<Integer, List<Integer>> standing = new LinkedHashMap<>(); // one-word names with people
    for (int i = 0; i < n; i++) {
      List<String> w = tokens.get(i);
      // A word that starts or ends more full names than a neighbourhood holds (a common given
      // name over a large scan) says nothing of whose it is, and weighing it would cost their
      // pairs.
      if (w.size() == 1 && fullByWord.containsKey(w.get(0))
          && fullByWord.get(w.get(0)).size() <= MAX_NEIGHBOURS) {
        standing.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<Integer, List<Integer>> e : standing.entrySet()) {
      List<Integer> words = e.getValue();
      if (words.size() > MAX_NEIGHBOURS) {
        continue; // too many one-word names in one group to weigh pair by pair
      }
      List<int[]> apart = new ArrayList<>();
      for (int x = 0; x < words.size(); x++) {
        for (int y = x + 1; y < words.size(); y++) {
          int p = words.get(x);
          int q = words.get(y);
          if (otherPeople(fullByWord.get(tokens.get(p).get(0)),
              fullByWord.get(tokens.get(q).get(0)), surfaces, sets)) {
            apart.add(new int[] {p, q});
          }
        }
      }
      if (!apart.isEmpty()) {
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (label[i] == e.getKey()) {
            group.add(i);
          }
        }
        // Built again pair by pair only where a block would be compared so.
        if (group.size() <= PAIRWISE_BLOCK) {
          split(group, apart, keys, surfaces, bySpelling, evidence, languages, label);
        }
      }
    }
    return label;
  }

  /** Whether no full name of one list is the same entity as any of the other's. */
  private boolean otherPeople(List<Integer> a, List<Integer> b, List<String> surfaces,
      UnionFind sets) {
    for (int p : a) {
      for (int q : b) {
        if (sets.connected(p, q)
            || !resolver.spellingVariants(surfaces.get(p), surfaces.get(q)).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  /** A link between two spellings of a group, by kind (closest first) and likeness. */
  private record Link(int a, int b, int kind, double likeness) {}

  private static final org.apache.commons.text.similarity.JaroWinklerSimilarity LIKENESS =
      new org.apache.commons.text.similarity.JaroWinklerSimilarity();

  /** Builds one group again from its links, closest first, keeping each apart pair apart. */
  private void split(List<Integer> group, List<int[]> apart, List<String> keys,
      List<String> surfaces, Map<String, List<NameClaim>> bySpelling, List<int[]> evidence,
      Map<String, Language> languages, int[] label) {
    java.util.Set<Integer> in = new java.util.HashSet<>(group);
    List<Link> links = new ArrayList<>();
    for (int x = 0; x < group.size(); x++) {
      for (int y = x + 1; y < group.size(); y++) {
        int i = group.get(x);
        int j = group.get(y);
        List<Verdict> v = resolver.spellingVariants(surfaces.get(i), surfaces.get(j));
        if (!links(v, bySpelling.get(keys.get(i)), bySpelling.get(keys.get(j)), languages)) {
          continue;
        }
        int kind = v.stream().allMatch(w -> w == Verdict.SAME) ? 0
            : v.contains(Verdict.MISSPELLING) ? 2 : 1;
        links.add(new Link(i, j, kind, LIKENESS.apply(keys.get(i), keys.get(j))));
      }
    }
    for (int[] l : evidence) {
      if (in.contains(l[0]) && in.contains(l[1])) {
        links.add(new Link(Math.min(l[0], l[1]), Math.max(l[0], l[1]), 3, 0));
      }
    }
    links.sort(Comparator.comparingInt(Link::kind)
        .thenComparing(Comparator.comparingDouble(Link::likeness).reversed())
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    UnionFind parts = new UnionFind(label.length);
    for (Link l : links) {
      int ra = parts.find(l.a());
      int rb = parts.find(l.b());
      if (ra == rb) {
        continue;
      }
      boolean joinsApart = false;
      for (int[] p : apart) {
        int x = parts.find(p[0]);
        int y = parts.find(p[1]);
        joinsApart |= x == ra && y == rb || x == rb && y == ra;
      }
      if (!joinsApart) {
        parts.union(l.a(), l.b());
      }
    }
    Map<Integer, Integer> first = new LinkedHashMap<>(); // each part's first spelling
    for (int i : group) {
      first.putIfAbsent(parts.find(i), i);
      label[i] = first.get(parts.find(i));
    }
  }

  /**
   * Whether two spellings are written only in articles of different identified languages: each
   * spelling's articles are of one language set, and the two sets do not meet.
   *
   * @param a the claims of one spelling
   * @param b the claims of another
   * @param languages the identified language of each article, by id; an article without one makes
   *     the answer false
   * @return true if both sides' articles all have a language and no language is on both sides
   */
  public static boolean otherLanguages(List<NameClaim> a, List<NameClaim> b,
      Map<String, Language> languages) {
    java.util.Set<Language> x = new java.util.HashSet<>();
    java.util.Set<Language> y = new java.util.HashSet<>();
    for (NameClaim c : a) {
      Language l = languages.get(c.articleId());
      if (l == null) {
        return false;
      }
      x.add(l);
    }
    for (NameClaim c : b) {
      Language l = languages.get(c.articleId());
      if (l == null || x.contains(l)) {
        return false;
      }
      y.add(l);
    }
    return !x.isEmpty() && !y.isEmpty();
  }

  /** An office set off beside a name: "the mayor of Lorvik, Anna Berg" / "Anna Berg, the mayor of Lorvik". */
  record Office(String title, String place) {}

  private static final java.util.regex.Pattern OFFICE_BEFORE = java.util.regex.Pattern.compile(
      "\\b[Tt]he ((?:[a-z]+ ){0,2}[a-z]+) of (?:the )?(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2}),\\s*$");
  private static final java.util.regex.Pattern OFFICE_AFTER = java.util.regex.Pattern.compile(
      "^,\\s*[Tt]he ((?:[a-z]+ ){0,2}[a-z]+) of (?:the )?(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})");

  /** How far beside a name its office is looked for, in characters. */
  private static final int OFFICE_REACH = 80;

  /**
   * The claim with only what {@link #align} reads of its sentence inside a scan, which gives it
   * the articles' languages: the words beside the name where it holds an office in apposition,
   * else only the name's own words. A large scan keeps every article's names until its events are
   * known, and their sentences were most of that.
   *
   * @param claim a name claim
   * @return the same name, role and offsets in a sentence cut so (the same claim if it holds
   *     an office and its sentence is no longer than that)
   */
  public static NameClaim forScope(NameClaim claim) {
    io.github.claimconflict.claim.Evidence e = claim.evidence();
    String s = e.sentence();
    int from = e.start() - e.sentenceStart();
    int to = e.end() - e.sentenceStart();
    int cutFrom;
    int cutTo;
    if (offices(List.of(claim)).isEmpty()) {
      cutFrom = from;
      cutTo = to + headNounAfter(s, to).map(h -> 1 + h.length()).orElse(0);
    } else {
      cutFrom = Math.max(0, from - OFFICE_REACH);
      cutTo = Math.min(s.length(), to + OFFICE_REACH);
    }
    if (cutFrom == 0 && cutTo == s.length()) {
      return claim;
    }
    String cut = s.substring(cutFrom, cutTo);
    return new NameClaim(new io.github.claimconflict.claim.Evidence(e.articleId(), e.start(),
        e.end(), cut.equals(claim.surface()) ? claim.surface() : cut, e.sentenceStart() + cutFrom),
        claim.surface(), claim.role());
  }

  /** The offices a name's mentions hold in apposition. */
  static java.util.Set<Office> offices(List<NameClaim> claims) {
    java.util.Set<Office> out = new java.util.LinkedHashSet<>();
    for (NameClaim c : claims) {
      String s = c.evidence().sentence();
      int from = c.evidence().start() - c.evidence().sentenceStart();
      int to = c.evidence().end() - c.evidence().sentenceStart();
      if (from < 0 || to > s.length() || from > to) {
        continue;
      }
      // Each pattern needs the comma that sets the office off right beside the name: most
      // names have none, and are spared the search.
      if (commaBefore(s, from)) {
        java.util.regex.Matcher m = OFFICE_BEFORE.matcher(
            s.substring(Math.max(0, from - OFFICE_REACH), from));
        if (m.find()) {
          out.add(new Office(m.group(1), NameNormalizer.cosmeticKey(m.group(2))));
        }
      }
      if (to < s.length() && s.charAt(to) == ',') {
        java.util.regex.Matcher m = OFFICE_AFTER.matcher(
            s.substring(to, Math.min(s.length(), to + OFFICE_REACH)));
        if (m.find()) {
          out.add(new Office(m.group(1), NameNormalizer.cosmeticKey(m.group(2))));
        }
      }
    }
    return out;
  }

  /**
   * Whether a comma, then only white space (a regular expression's {@code \s}) and at most one
   * line terminator that {@code $} may stand before, ends {@code s} at {@code end}, within what
   * {@link #offices} searches: what {@code OFFICE_BEFORE} needs to match.
   */
  private static boolean commaBefore(String s, int end) {
    int floor = Math.max(0, end - OFFICE_REACH);
    int i = end - 1;
    if (i >= floor && "\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    while (i >= floor && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= floor && s.charAt(i) == ',';
  }

  /**
   * Two names that hold one office set off beside them ("the mayor of Lorvik") and agree but for
   * their last word, which lies two edits or fewer from the other's, are one person: the office
   * is the evidence that the surname was misheard or mistyped ("Anna Berglund", "Anna Breglund").
   */
  private static void linkByOffice(List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, UnionFind sets, List<int[]> evidence) {
    Map<Office, List<Integer>> holders = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (NameNormalizer.nameTokens(surfaces.get(i)).size() < 2) {
        continue;
      }
      int index = i;
      offices(bySpelling.get(keys.get(i)))
          .forEach(o -> holders.computeIfAbsent(o, k -> new ArrayList<>()).add(index));
    }
    for (List<Integer> h : holders.values()) {
      if (h.size() < 2 || h.size() > MAX_NEIGHBOURS) {
        continue;
      }
      for (int x = 0; x < h.size(); x++) {
        for (int y = x + 1; y < h.size(); y++) {
          List<String> a = NameNormalizer.nameTokens(surfaces.get(h.get(x)));
          List<String> b = NameNormalizer.nameTokens(surfaces.get(h.get(y)));
          int n = a.size();
          if (n == b.size() && a.subList(0, n - 1).equals(b.subList(0, n - 1))
              && Math.min(a.get(n - 1).length(), b.get(n - 1).length()) >= 4
              && org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
                  .apply(a.get(n - 1), b.get(n - 1)) <= 2) {
            sets.union(h.get(x), h.get(y));
            evidence.add(new int[] {h.get(x), h.get(y)});
          }
        }
      }
    }
  }

  /** The words after a full name's given name, which name its family. */
  private record Family(List<String> words) {}

  /**
   * Two full names of one family whose given names lie two edits apart ("Orvel", "Orva") are
   * one person misnamed when one article writes both and also the surname alone: an article
   * that names two such people does not call either by the surname alone. Otherwise a different
   * given name is another person, and a given name with an ending of the other sex ("Daniel",
   * "Daniela"; "Mario", "Maria") always is.
   */
  private static void linkNearGivenNames(List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, UnionFind sets, List<int[]> evidence) {
    Map<Family, List<Integer>> families = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> aloneIn = new LinkedHashMap<>(); // a word alone, by article
    for (int i = 0; i < keys.size(); i++) {
      List<String> w = NameNormalizer.nameTokens(surfaces.get(i));
      if (w.size() == 1) {
        for (NameClaim c : bySpelling.get(keys.get(i))) {
          aloneIn.computeIfAbsent(w.get(0), k -> new java.util.HashSet<>()).add(c.articleId());
        }
      } else if (w.size() >= 2) {
        families.computeIfAbsent(new Family(w.subList(1, w.size())), k -> new ArrayList<>())
            .add(i);
      }
    }
    for (Map.Entry<Family, List<Integer>> e : families.entrySet()) {
      List<Integer> f = e.getValue();
      List<String> family = e.getKey().words();
      java.util.Set<String> surnameAlone =
          aloneIn.getOrDefault(family.get(family.size() - 1), java.util.Set.of());
      if (f.size() < 2 || f.size() > MAX_NEIGHBOURS || surnameAlone.isEmpty()) {
        continue;
      }
      for (int x = 0; x < f.size(); x++) {
        for (int y = x + 1; y < f.size(); y++) {
          int i = f.get(x);
          int j = f.get(y);
          String a = NameNormalizer.nameTokens(surfaces.get(i)).get(0);
          String b = NameNormalizer.nameTokens(surfaces.get(j)).get(0);
          if (sets.connected(i, j) || !nearGivenNames(a, b)) {
            continue;
          }
          java.util.Set<String> both = articles(bySpelling.get(keys.get(i)));
          both.retainAll(articles(bySpelling.get(keys.get(j))));
          both.retainAll(surnameAlone);
          if (!both.isEmpty()) {
            sets.union(i, j);
            evidence.add(new int[] {i, j});
          }
        }
      }
    }
  }

  private static java.util.Set<String> articles(List<NameClaim> claims) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    claims.forEach(c -> out.add(c.articleId()));
    return out;
  }

  /**
   * Given names of four letters or more, alike in their first three, two edits apart, neither
   * the other's form for the other sex: one ends in a vowel the other adds or swaps.
   */
  static boolean nearGivenNames(String a, String b) {
    if (a.length() < 4 || b.length() < 4 || !a.regionMatches(0, b, 0, 3)
        || org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
            .apply(a, b) > 2) {
      return false;
    }
    String s = a.length() <= b.length() ? a : b;
    String l = s == a ? b : a;
    boolean vowelAdded = l.length() == s.length() + 1 && l.startsWith(s)
        && "aeiouy".indexOf(l.charAt(l.length() - 1)) >= 0;
    boolean vowelSwapped = l.length() == s.length()
        && l.regionMatches(0, s, 0, s.length() - 1)
        && "aeiouy".indexOf(l.charAt(l.length() - 1)) >= 0
        && "aeiouy".indexOf(s.charAt(s.length() - 1)) >= 0;
    return !vowelAdded && !vowelSwapped;
  }

  private static boolean hasRole(List<NameClaim> claims) {
    return claims.stream().anyMatch(c -> c.role().isPresent());
  }

  /** A block compared pair by pair; a larger one is split by its deletion neighbourhoods. */
  static final int PAIRWISE_BLOCK = 200;
  /** Spellings whose blocks' sets to compare are found together, at most (or one block). */
  static final int WINDOW = 20_000;
  /** A neighbourhood shared by more spellings than this is too common to say anything. */
  static final int MAX_NEIGHBOURS = 50;

  /**
   * The sets of spellings to compare pair by pair. A small block is one set. In a large one, as
   * hostile input makes, two spellings are compared only when their romanized forms meet after
   * deleting at most one letter from each: what one edit or a transliteration can make alike.
   */
  private static List<List<Integer>> candidateSets(List<Integer> block, List<String> surfaces) {
    if (block.size() <= PAIRWISE_BLOCK) {
      return List.of(block);
    }
    Map<String, List<Integer>> neighbourhoods = new LinkedHashMap<>();
    for (int i : block) {
      java.util.Set<String> variants = new java.util.HashSet<>();
      for (String r : foldedForms(surfaces.get(i))) {
        variants.add(r);
        for (int k = 0; k < r.length(); k++) {
          variants.add(r.substring(0, k) + r.substring(k + 1));
        }
      }
      variants.forEach(v -> neighbourhoods.computeIfAbsent(v, x -> new ArrayList<>()).add(i));
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> n : neighbourhoods.values()) {
      if (n.size() >= 2 && n.size() <= MAX_NEIGHBOURS) {
        out.add(n);
      }
    }
    return out;
  }

  /** The name's words folded and joined, one form for each reading of the first word. */
  private static List<String> foldedForms(String surface) {
    List<String> words = NameNormalizer.nameTokens(surface);
    if (words.isEmpty()) {
      return List.of();
    }
    StringBuilder rest = new StringBuilder();
    for (int k = 1; k < words.size(); k++) {
      rest.append(Transliteration.keys(words.get(k)).get(0));
    }
    return Transliteration.keys(words.get(0)).stream().map(f -> f + rest).toList();
  }

  /** What spellings must share to be compared: an alias group, or a block of alike names. */
  private sealed interface Block permits WordBlock, AliasBlock {}

  /**
   * Names of this many words whose first word's first consonant, once folded, is this; or, for a
   * word that starts with a vowel, whose first letter is this vowel.
   */
  private record WordBlock(int words, char letter) implements Block {}

  /** Names the user declared aliases of one another. */
  private record AliasBlock(int group) implements Block {}

  /**
   * The blocks of a name: its word count and the first consonant of its first word in each
   * reading (so "Zhukova" meets "Jukova" and "Yermolova" meets "Ermolova"); also one word fewer
   * when two short syllables may be one given name, and the last word's consonant when an East
   * Asian name may be written in either order. A word that starts with a vowel is also blocked
   * by that vowel, so that a slip in its first consonant ("Aselmo", "Anselmo") still meets.
   */
  private static java.util.Set<Block> blockKeys(String surface) {
    List<String> words = NameNormalizer.nameTokens(surface);
    java.util.Set<Block> out = new java.util.LinkedHashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    List<Integer> counts = new ArrayList<>(List.of(words.size()));
    for (int k = 0; k + 1 < words.size(); k++) {
      if (words.get(k).length() <= 4 && words.get(k + 1).length() <= 4) {
        counts.add(words.size() - 1);
        break;
      }
    }
    List<String> heads = new ArrayList<>(List.of(words.get(0)));
    if (words.size() <= 3 && surface.indexOf('-') > 0) {
      heads.add(words.get(words.size() - 1));
    }
    for (int n : counts) {
      for (String head : heads) {
        for (String key : Transliteration.keys(head)) {
          out.add(new WordBlock(n, firstConsonant(key)));
          if (!key.isEmpty() && Transliteration.vowel(key.charAt(0))) {
            out.add(new WordBlock(n, key.charAt(0)));
          }
        }
      }
    }
    return out;
  }

  private static char firstConsonant(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (!Transliteration.vowel(key.charAt(i))) {
        return key.charAt(i);
      }
    }
    return key.isEmpty() ? ' ' : key.charAt(0);
  }
}
