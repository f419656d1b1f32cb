package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds fixed phrases of lower-case words in a sentence's tokens, each with the value it stands
 * for (a hedge, a measure, a time). Built once; phrases are indexed by their first and by their
 * last word, so a token is looked up, never scanned for, and matching stays linear.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseMatcher<V> {

  /** A phrase found over tokens {@code [start, end)}. */
  record Match<V>(int start, int end, V value) {
    int length() {
      return end - start;
    }
  }

  private record Phrase<V>(ImmutableList<String> words, V value) {}

  private final ImmutableListMultimap<String, Phrase<V>> byFirst;
  private final ImmutableListMultimap<String, Phrase<V>> byLast;

  private PhraseMatcher(List<Phrase<V>> phrases) {
    ImmutableListMultimap.Builder<String, Phrase<V>> first = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Phrase<V>> last = ImmutableListMultimap.builder();
    for (Phrase<V> p : phrases) {
      first.put(p.words().get(0), p);
      last.put(p.words().get(p.words().size() - 1), p);
    }
    this.byFirst = first.build();
    this.byLast = last.build();
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects phrases in order; matches come back in the order their phrases were added. */
  static final class Builder<V> {
    private final List<Phrase<V>> phrases = new ArrayList<>();

    /** Adds a phrase written as words separated by single spaces ("more than"). */
    Builder<V> add(String phrase, V value) {
      return add(List.of(phrase.split(" ")), value);
    }

    Builder<V> add(List<String> words, V value) {
      if (!words.isEmpty()) {
        phrases.add(new Phrase<>(ImmutableList.copyOf(words), value));
      }
      return this;
    }

    PhraseMatcher<V> build() {
      return new PhraseMatcher<>(phrases);
    }
  }

  /** Every phrase that starts at token {@code i}, in the order the phrases were added. */
  List<Match<V>> startingAt(List<Token> t, int i) {
    if (i < 0 || i >= t.size()) {
      return List.of();
    }
    // asked at nearly every token and mostly empty: a list is made only for a match
    ImmutableList<Phrase<V>> candidates = byFirst.get(t.get(i).lower());
    List<Match<V>> out = List.of();
    for (int k = 0; k < candidates.size(); k++) {
      Phrase<V> p = candidates.get(k);
      if (matches(t, i, p.words())) {
        out = added(out, new Match<>(i, i + p.words().size(), p.value()));
      }
    }
    return out;
  }

  /** Every phrase that ends with token {@code i}, in the order the phrases were added. */
  List<Match<V>> endingAt(List<Token> t, int i) {
    if (i < 0 || i >= t.size()) {
      return List.of();
    }
    ImmutableList<Phrase<V>> candidates = byLast.get(t.get(i).lower());
    List<Match<V>> out = List.of();
    for (int k = 0; k < candidates.size(); k++) {
      Phrase<V> p = candidates.get(k);
      int start = i - p.words().size() + 1;
      if (matches(t, start, p.words())) {
        out = added(out, new Match<>(start, i + 1, p.value()));
      }
    }
    return out;
  }

  /** The matches with one more: a list of its own from the first match on. */
  private static <V> List<Match<V>> added(List<Match<V>> out, Match<V> m) {
    List<Match<V>> list = out.isEmpty() ? new ArrayList<>(1) : out;
    list.add(m);
    return list;
  }

  /** The longest phrase that ends with token {@code i}; of equally long ones, the first added. */
  java.util.Optional<Match<V>> longestEndingAt(List<Token> t, int i) {
    Match<V> best = null;
    for (Match<V> m : endingAt(t, i)) {
      if (best == null || m.length() > best.length()) {
        best = m;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static boolean matches(List<Token> t, int from, List<String> words) {
    if (from < 0 || from + words.size() > t.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!t.get(from + k).lower().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
