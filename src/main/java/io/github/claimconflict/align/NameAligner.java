package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.names.EntityResolver;
import io.github.claimconflict.names.NameNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the names of one event by entity: spellings an {@link EntityResolver} takes for one
 * name, linked transitively. Only entities written in two or more ways form a group. Spellings are
 * compared within blocks of the same word count and romanized first letter, so the work grows
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
    Map<String, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String surface = bySpelling.get(keys.get(i)).get(0).surface();
      blocks.computeIfAbsent(blockKey(surface), k -> new ArrayList<>()).add(i);
      int index = i;
      resolver.known().aliasGroupOf(surface).ifPresent(g ->
          blocks.computeIfAbsent("alias:" + g, k -> new ArrayList<>()).add(index));
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
      List<String> words = NameNormalizer.cosmeticTokens(surfaces.get(i));
      String r = String.join("", words.stream().map(NameNormalizer::romanized).toList());
      String d = String.join("", words.stream().map(NameNormalizer::romanizedDoublesFirst).toList());
      java.util.Set<String> variants = new java.util.HashSet<>();
      variants.add("d:" + d);
      variants.add(r);
      for (int k = 0; k < r.length(); k++) {
        variants.add(r.substring(0, k) + r.substring(k + 1));
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

  private static String blockKey(String surface) {
    List<String> words = NameNormalizer.cosmeticTokens(surface);
    String first = words.isEmpty() ? "" : NameNormalizer.romanized(words.get(0));
    return words.size() + ":" + (first.isEmpty() ? "" : first.substring(0, 1));
  }
}
