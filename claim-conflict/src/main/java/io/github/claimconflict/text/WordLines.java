package io.github.claimconflict.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Lexicons written as lines of words that stand for one another (a sense and its near-synonyms,
 * a country and its people), read once into a map from each word to its line's first.
 */
final class WordLines {

  private WordLines() {}

  /**
   * Each word's key mapped to the key of its line's first word.
   *
   * @param lines the lexicon, each line a first word and the words that stand for it
   * @param key how a word is looked up (its stem, its root, itself)
   * @return an immutable map
   * @throws IllegalStateException when one key stands in two lines
   */
  static Map<String, String> firstOfLine(List<List<String>> lines, UnaryOperator<String> key) {
    Map<String, String> out = new HashMap<>();
    for (List<String> line : lines) {
      String first = key.apply(line.get(0));
      for (String w : line) {
        String previous = out.put(key.apply(w), first);
        if (previous != null && !previous.equals(first)) {
          throw new IllegalStateException("a word in two lines of one lexicon: " + w);
        }
      }
    }
    return Map.copyOf(out);
  }
}
