package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.text.QuoteParts;
import io.github.claimconflict.text.QuoteWords;
import io.github.claimconflict.text.UnionFind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups quotes of one event that may render the same statement. Each quote's content words
 * weigh 1, a name or a very common word half ({@link QuoteWords#weightedMeanings}), so a
 * bystander's remark is not paired with a minister's because both name the city; words are
 * counted by meaning, word forms and a translator's near-synonyms alike ("awful" and "terrible"),
 * so two translations of one remark meet. Two quotes join when they
 * share a weight of 2.5, 40% of the lighter quote's; or 2 and 30% when their speakers resolve to
 * one entity ("Katarina Ivanovna" and "Catarina Iwanowna"), as two translations of one remark
 * do. A short quote (one or two content words, "total chaos") joins a quote of the same speaker
 * that shares one of its words. Candidates come from an index of word meanings, so quotes that
 * share nothing are never compared; the comparator then checks each pair of wordings on its own.
 */
public final class QuoteAligner implements ClaimAligner<QuoteClaim> {

  /** A stem quoted more often than this is skipped when looking for candidates. */
  static final int MAX_POSTINGS = 200;

  /** Fewer content words than this make a short quote: a phrase, not a statement. */
  public static final int SHORT = 3;

  private final EntityResolver resolver;

  /**
   * An aligner that matches speakers with the given resolver.
   *
   * @param resolver decides, beside a shared last name, whether the speakers of two quotes are one
   *     person
   */
  public QuoteAligner(EntityResolver resolver) {
    this.resolver = requireNonNull(resolver, "resolver");
  }

  @Override
  public Class<QuoteClaim> claimType() {
    return QuoteClaim.class;
  }

  @Override
  public List<ClaimGroup<QuoteClaim>> align(String eventId, List<QuoteClaim> claims) {
    List<Map<String, Double>> stems = new ArrayList<>();
    List<Integer> contentCounts = new ArrayList<>();
    List<List<String>> keys = new ArrayList<>();
    List<List<QuoteWords.Word>> wordsOf = new ArrayList<>();
    for (QuoteClaim c : claims) {
      List<QuoteWords.Word> words = QuoteWords.words(c.surface());
      wordsOf.add(words);
      keys.add(words.stream().map(QuoteWords.Word::key).toList());
      stems.add(QuoteWords.weightedMeanings(words));
      contentCounts.add((int) words.stream().filter(w -> QuoteWords.isContent(w.key()))
          .map(QuoteWords.Word::key).distinct().count());
    }
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (Map.Entry<String, Double> e : stems.get(i).entrySet()) {
        if (e.getValue() > 0) {
          index.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    UnionFind sets = new UnionFind(claims.size());
    // The parts of a split quote are one rendering: they stay together.
    Map<QuoteClaim, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      position.put(claims.get(i), i);
    }
    for (List<QuoteClaim> parts : QuoteParts.renderings(claims)) {
      for (int k = 1; k < parts.size(); k++) {
        sets.union(position.get(parts.get(0)), position.get(parts.get(k)));
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      Map<Integer, Boolean> candidates = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : stems.get(i).entrySet()) {
        List<Integer> posting = index.get(e.getKey());
        if (posting == null || posting.size() > MAX_POSTINGS) {
          continue; // a word in that many quotes tells no statement from another
        }
        for (int j : posting) {
          if (j > i) {
            candidates.put(j, Boolean.TRUE);
          }
        }
      }
      for (int j : candidates.keySet()) {
        if (sets.find(i) != sets.find(j) && (sameStatement(claims.get(i), claims.get(j),
            stems.get(i), stems.get(j),
            Math.min(contentCounts.get(i), contentCounts.get(j)) < SHORT)
            || oneWordAside(keys.get(i), keys.get(j))
            || oneSloganTwoWays(claims.get(i), claims.get(j), wordsOf.get(i), wordsOf.get(j),
                Math.max(contentCounts.get(i), contentCounts.get(j)) < SHORT))) {
          sets.union(i, j);
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

  private boolean sameStatement(QuoteClaim a, QuoteClaim b, Map<String, Double> stemsA,
      Map<String, Double> stemsB, boolean isShort) {
    double shared = QuoteWords.shared(stemsA, stemsB);
    double lighter = Math.min(QuoteWords.total(stemsA), QuoteWords.total(stemsB));
    if (lighter == 0) {
      return false;
    }
    double share = shared / lighter;
    if (shared >= 2.5 && share >= 0.4) {
      return true;
    }
    boolean sameSpeaker = sameSpeaker(a.speaker(), b.speaker());
    return sameSpeaker && (shared >= 2 && share >= 0.3 || isShort && shared >= 1);
  }

  /** The fewest words of a quote that {@link #oneWordAside} reads as a statement. */
  static final int VERBATIM_WORDS = 5;

  /**
   * Whether the shorter quote, of {@value #VERBATIM_WORDS} words or more, stands in the other in
   * order but for one word ("only the river will take me from here", "only the river will remove me
   * from here"): one remark, whoever the articles say spoke it, and however few content words it has.
   */
  static boolean oneWordAside(List<String> a, List<String> b) {
    List<String> s = a.size() <= b.size() ? a : b;
    List<String> l = s == a ? b : a;
    if (s.size() < VERBATIM_WORDS) {
      return false;
    }
    // longest common subsequence, one row at a time
    int[] row = new int[s.size() + 1];
    for (String w : l) {
      int diagonal = 0;
      for (int k = 1; k <= s.size(); k++) {
        int above = row[k];
        row[k] = w.equals(s.get(k - 1)) ? diagonal + 1 : Math.max(row[k], row[k - 1]);
        diagonal = above;
      }
    }
    return row[s.size()] >= s.size() - 1;
  }

  /**
   * Whether two short quotes say the same words but a translator's synonym ("death to the
   * tyrant", "death to the dictator"), unless they name two different speakers: a slogan or a
   * chant is often quoted with no speaker at all.
   */
  private boolean oneSloganTwoWays(QuoteClaim a, QuoteClaim b, List<QuoteWords.Word> wordsA,
      List<QuoteWords.Word> wordsB, boolean bothShort) {
    return bothShort && QuoteWords.sameWordsButSynonyms(wordsA, wordsB)
        && (a.speaker().isEmpty() || b.speaker().isEmpty() || sameSpeaker(a.speaker(),
            b.speaker()));
  }

  private boolean sameSpeaker(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && (resolver.sameEntity(a.get(), b.get())
        || QuoteWords.sameLastName(a.get(), b.get()));
  }

  private static String topic(List<QuoteClaim> cluster) {
    return speakerOf(cluster).map(s -> "quote by " + s).orElse("unattributed quote");
  }

  /**
   * The speaker a group of quotes is shown under: the spelling most of its quotes give, so that a
   * conflict's title and its explanation name the speaker alike.
   *
   * @param quotes the quotes of one group
   * @return the most given speaker, ties to the first in reverse alphabetical order; empty when
   *     none is attributed
   */
  public static java.util.Optional<String> speakerOf(List<QuoteClaim> quotes) {
    Map<String, Integer> speakers = new LinkedHashMap<>();
    quotes.forEach(c -> c.speaker().ifPresent(s -> speakers.merge(s, 1, Integer::sum)));
    return speakers.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }
}
