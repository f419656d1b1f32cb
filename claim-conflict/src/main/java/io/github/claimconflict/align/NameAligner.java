package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.names.EntityResolver;
import io.github.claimconflict.names.NameNormalizer;
import io.github.claimconflict.names.Transliteration;
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

  public NameAligner(EntityResolver resolver) {
    this.resolver = requireNonNull(resolver, "resolver");
  }

  @Override
  public Class<NameClaim> claimType() {
    return NameClaim.class;
  }

  @Override
  public List<ClaimGroup<NameClaim>> align(String eventId, List<NameClaim> claims) {
    Map<String, List<NameClaim>> bySpelling = new LinkedHashMap<>();
    for (NameClaim c : claims) {
      String key = NameNormalizer.cosmeticKey(c.surface());
      if (!key.isEmpty()) {
        bySpelling.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    List<String> keys = new ArrayList<>(bySpelling.keySet());
    UnionFind sets = new UnionFind(keys.size());
    Map<Block, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String surface = bySpelling.get(keys.get(i)).get(0).surface();
      int index = i;
      blockKeys(surface).forEach(b -> blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(index));
      resolver.known().aliasGroupOf(surface).ifPresent(g ->
          blocks.computeIfAbsent(new AliasBlock(g), k -> new ArrayList<>()).add(index));
    }
    List<String> surfaces = keys.stream().map(k -> bySpelling.get(k).get(0).surface()).toList();
    for (List<Integer> block : blocks.values()) {
      for (List<Integer> candidates : candidateSets(block, surfaces)) {
        for (int x = 0; x < candidates.size(); x++) {
          for (int y = x + 1; y < candidates.size(); y++) {
            int i = candidates.get(x);
            int j = candidates.get(y);
            if (!sets.connected(i, j)
                && !resolver.spellingVariants(surfaces.get(i), surfaces.get(j)).isEmpty()) {
              sets.union(i, j);
            }
          }
        }
      }
    }
    linkShortForms(keys, surfaces, bySpelling, sets);
    Map<Integer, List<String>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(keys.get(i));
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
   * A person's surname written alone, or the last words of the name ("Berglund", "Mae Lin" for
   * "Anna Berglund", "Tin Mae Lin"), joins the full name's group when every longer name ending so
   * is in one group, so one person: the spellings of the surname are then compared with the full
   * name's. A person is a name written with a title somewhere in the event; a place or a party
   * ending in a country's name is none.
   */
  private static void linkShortForms(List<String> keys, List<String> surfaces,
      Map<String, List<NameClaim>> bySpelling, UnionFind sets) {
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
      }
    }
  }

  private static boolean hasRole(List<NameClaim> claims) {
    return claims.stream().anyMatch(c -> c.role().isPresent());
  }

  /** A block compared pair by pair; a larger one is split by its deletion neighbourhoods. */
  static final int PAIRWISE_BLOCK = 200;
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

  /** Names of this many words whose first word's first consonant, once folded, is this. */
  private record WordBlock(int words, char consonant) implements Block {}

  /** Names the user declared aliases of one another. */
  private record AliasBlock(int group) implements Block {}

  /**
   * The blocks of a name: its word count and the first consonant of its first word in each
   * reading (so "Zhukova" meets "Jukova" and "Yermolova" meets "Ermolova"); also one word fewer
   * when two short syllables may be one given name, and the last word's consonant when an East
   * Asian name may be written in either order.
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
        }
      }
    }
    return out;
  }

  private static char firstConsonant(String key) {
    for (int i = 0; i < key.length(); i++) {
      if ("aeiou".indexOf(key.charAt(i)) < 0) {
        return key.charAt(i);
      }
    }
    return key.isEmpty() ? ' ' : key.charAt(0);
  }
}
