package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.compare.WordDiff;
import io.github.claimconflict.names.EntityResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups quotes of one event that render the same statement: they share at least three content
 * words, half of the shorter quote's, or two content words and 40% when their speakers resolve to
 * one entity ("Katarina Ivanovna" and "Catarina Iwanowna"). Candidates come from an index of
 * content words, so quotes that share nothing are never compared.
 */
public final class QuoteAligner implements ClaimAligner<QuoteClaim> {

  /** English function words: they carry no statement of their own. */
  public static final ImmutableSet<String> STOPWORDS =
      ImmutableSet.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "into", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it",
          "its", "this", "that", "these", "those", "there", "here", "he", "she", "we", "they",
          "i", "you", "his", "her", "our", "their", "my", "your", "them", "us", "me", "him",
          "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
          "could", "may", "might", "must", "not", "no", "so", "if", "than", "then", "also",
          "all", "any", "some", "such", "which", "who", "whom", "what", "when", "where", "during",
          "about", "over", "up", "out", "off", "very", "just", "too");

  /** A content word quoted more often than this is skipped when looking for candidates. */
  static final int MAX_POSTINGS = 200;

  private final EntityResolver resolver;

  public QuoteAligner(EntityResolver resolver) {
    this.resolver = requireNonNull(resolver, "resolver");
  }

  @Override
  public Class<QuoteClaim> claimType() {
    return QuoteClaim.class;
  }

  /** The content words of a quote, in their comparison form. */
  public static Set<String> contentWords(String quote) {
    Set<String> out = new LinkedHashSet<>();
    for (WordDiff.Word w : WordDiff.words(quote)) {
      if (!STOPWORDS.contains(w.key())) {
        out.add(w.key());
      }
    }
    return out;
  }

  @Override
  public List<ClaimGroup<QuoteClaim>> align(String eventId, List<QuoteClaim> claims) {
    List<Set<String>> words = claims.stream().map(c -> contentWords(c.surface())).toList();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (String w : words.get(i)) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    UnionFind sets = new UnionFind(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String w : words.get(i)) {
        List<Integer> posting = index.get(w);
        if (posting.size() > MAX_POSTINGS) {
          continue; // a word in that many quotes tells no statement from another
        }
        for (int j : posting) {
          if (j > i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        if (sameStatement(claims.get(i), claims.get(e.getKey()), e.getValue(),
            Math.min(words.get(i).size(), words.get(e.getKey()).size()))) {
          sets.union(i, e.getKey());
        }
      }
    }
    Map<Integer, List<QuoteClaim>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(claims.get(i));
    }
    List<ClaimGroup<QuoteClaim>> groups = new ArrayList<>();
    for (List<QuoteClaim> cluster : clusters.values()) {
      if (cluster.stream().map(QuoteClaim::articleId).distinct().count() >= 2) {
        groups.add(new ClaimGroup<>(eventId, topic(cluster), cluster));
      }
    }
    return groups;
  }

  private boolean sameStatement(QuoteClaim a, QuoteClaim b, int shared, int smaller) {
    if (smaller == 0) {
      return false;
    }
    double overlap = shared / (double) smaller;
    if (shared >= 3 && overlap >= 0.5) {
      return true;
    }
    boolean sameSpeaker = a.speaker().isPresent() && b.speaker().isPresent()
        && resolver.sameEntity(a.speaker().get(), b.speaker().get());
    return sameSpeaker && shared >= 2 && overlap >= 0.4;
  }

  private static String topic(List<QuoteClaim> cluster) {
    Map<String, Integer> speakers = new LinkedHashMap<>();
    cluster.forEach(c -> c.speaker().ifPresent(s -> speakers.merge(s, 1, Integer::sum)));
    return speakers.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> "quote by " + e.getKey())
        .orElse("unattributed quote");
  }
}
